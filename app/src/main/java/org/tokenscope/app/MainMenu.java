package org.tokenscope.app;

import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar. Knows names, ids and shortcuts; what the items do is the window's business. */
final class MainMenu {
    /** What the menu can ask the window to do. */
    interface Actions {
        void quit();

        void chooseModelFolder();

        void useEmbeddedModel();

        void about();
    }

    private MainMenu() {
    }

    /** {@code loading} disables the model items: the session takes one load at a time. */
    static MenuBar create(Actions actions, ObservableBooleanValue loading) {
        return create(actions, loading, List.of());
    }

    /** As above, with {@code projectItems} (New, Open…, Save, … Export Report…) at the top of the File menu. */
    static MenuBar create(Actions actions, ObservableBooleanValue loading, List<MenuItem> projectItems) {
        MenuItem quit = item("menu-quit", "Quit", "Shortcut+Q", e -> actions.quit());
        Menu file = new Menu("_File");
        file.getItems().addAll(projectItems);
        file.getItems().add(quit);
        file.setId("menu-file");

        // Shortcut+O belongs to File › Open… (projects); model folders take Shortcut+Shift+O.
        MenuItem open = item("menu-open-model", "Open Model Folder…", "Shortcut+Shift+O", e -> actions.chooseModelFolder());
        MenuItem embedded = item("menu-embedded-model", "Use Embedded Model", null, e -> actions.useEmbeddedModel());
        open.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(loading::get, loading));
        embedded.disableProperty().bind(open.disableProperty());
        Menu model = new Menu("_Model", null, open, new SeparatorMenuItem(), embedded);
        model.setId("menu-model");

        MenuItem about = item("menu-about", "About Tokenscope", null, e -> actions.about());
        Menu help = new Menu("_Help", null, about);
        help.setId("menu-help");

        MenuBar bar = new MenuBar(file, model, help);
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true); // the screen menu bar on macOS; ignored elsewhere
        return bar;
    }

    private static MenuItem item(String id, String text, String shortcut, EventHandler<ActionEvent> onAction) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(onAction);
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        return item;
    }
}
