package org.tokenscope.app.project;

import java.util.ArrayList;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The project items of the File menu, with their ids and shortcuts; the window adds Quit after them. */
public final class ProjectMenu {
    private ProjectMenu() {
    }

    /** {@code exportReport} opens the report dialog. */
    public static List<MenuItem> items(ProjectActions actions, Runnable exportReport) {
        ProjectDocument doc = actions.document();
        MenuItem revert = item("menu-revert", "Revert", "Shortcut+Shift+R", e -> actions.revert());
        // Revert needs a file to go back to and something to undo.
        revert.disableProperty().bind(doc.fileProperty().isNull().or(doc.dirtyProperty().not()));

        List<MenuItem> items = new ArrayList<>();
        items.add(item("menu-new", "New Project", "Shortcut+N", e -> actions.newProject()));
        items.add(item("menu-open", "Open…", "Shortcut+O", e -> actions.open()));
        items.add(samples(actions));
        items.add(item("menu-open-prompts", "Open Prompts…", "Shortcut+Shift+P", e -> actions.openPrompts()));
        items.add(new SeparatorMenuItem());
        items.add(item("menu-save", "Save", "Shortcut+S", e -> actions.save()));
        items.add(item("menu-save-as", "Save As…", "Shortcut+Shift+S", e -> actions.saveAs()));
        items.add(revert);
        items.add(new SeparatorMenuItem());
        items.add(item("menu-export-report", "Export Report…", "Shortcut+E", e -> exportReport.run()));
        items.add(new SeparatorMenuItem());
        return items;
    }

    /** Open Sample ▸ with one item per bundled project, then the prompt files. */
    private static Menu samples(ProjectActions actions) {
        Menu menu = new Menu("Open Sample");
        menu.setId("menu-open-sample");
        List<SampleCatalog.Sample> all;
        try {
            all = SampleCatalog.all();
        } catch (RuntimeException e) {
            // A build without the bundled samples must still open its window.
            System.getLogger(ProjectMenu.class.getName()).log(System.Logger.Level.WARNING, "no samples", e);
            MenuItem none = new MenuItem("No samples in this build");
            none.setDisable(true);
            menu.getItems().add(none);
            return menu;
        }
        boolean prompts = false;
        for (SampleCatalog.Sample s : all) {
            if (!s.isProject() && !prompts) {
                menu.getItems().add(new SeparatorMenuItem());
                prompts = true;
            }
            menu.getItems().add(item("menu-sample-" + s.id(), s.title(), null, e -> actions.openSample(s)));
        }
        return menu;
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
