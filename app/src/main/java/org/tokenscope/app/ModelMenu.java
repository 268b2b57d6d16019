package org.tokenscope.app;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.tokenscope.app.shell.MenuItems;

/**
 * Model: open a folder, go back to the embedded model, pick a variant of the loaded folder, set the threads,
 * show the details. Everything that loads is disabled while a load runs: the session takes one at a time.
 */
final class ModelMenu {
    private ModelMenu() {
    }

    /** {@code hasModel} enables the items that need a loaded model. */
    static Menu create(ModelActions actions, ObservableBooleanValue loading, ObservableBooleanValue hasModel) {
        var busy = Bindings.createBooleanBinding(loading::get, loading);
        // Shortcut+O belongs to File › Open… (projects); model folders take Shortcut+Shift+O.
        MenuItem open = MenuItems.item("menu-open-model", "Open Model Folder…", "Shortcut+Shift+O", e -> actions.chooseFolder());
        MenuItem embedded = MenuItems.item("menu-embedded-model", "Use Embedded Model", "Shortcut+Shift+M", e -> actions.useEmbedded());
        MenuItem threads = MenuItems.item("menu-threads", "Threads…", "Shortcut+Shift+T", e -> actions.askThreads());
        MenuItem details = MenuItems.item("menu-model-details", "Model Details…", "Shortcut+I", e -> actions.showDetails());
        open.disableProperty().bind(busy);
        embedded.disableProperty().bind(busy);
        threads.disableProperty().bind(busy);
        details.disableProperty().bind(Bindings.createBooleanBinding(() -> !hasModel.get(), hasModel));

        Menu variant = new Menu("Variant");
        variant.setId("menu-variant");
        actions.variantsProperty().addListener((obs, was, now) -> fillVariants(variant, actions, now));
        fillVariants(variant, actions, actions.variantsProperty().get());
        variant.disableProperty().bind(Bindings.createBooleanBinding(
                () -> loading.get() || actions.variantsProperty().get().all().isEmpty(), loading, actions.variantsProperty()));

        Menu model = new Menu("_Model", null, open, embedded, new SeparatorMenuItem(), variant, threads,
                new SeparatorMenuItem(), details);
        model.setId("menu-model");
        return model;
    }

    /** One radio item per variant (fp32, fp16, quantized, ...), the loaded one ticked. */
    private static void fillVariants(Menu menu, ModelActions actions, ModelActions.Variants v) {
        menu.getItems().clear();
        ToggleGroup group = new ToggleGroup();
        for (String label : v.all()) {
            RadioMenuItem item = new RadioMenuItem(label);
            item.setId("menu-variant-" + label.replaceAll("[^A-Za-z0-9]+", "-"));
            item.setMnemonicParsing(false); // labels like model_q4 contain underscores
            item.setToggleGroup(group);
            item.setSelected(label.equals(v.current()));
            item.setOnAction(e -> {
                if (!label.equals(v.current())) {
                    actions.useVariant(label);
                }
                // The tick stays on the loaded variant: the menu is rebuilt once the new one has loaded, and a
                // failed load must not leave the other one ticked.
                group.getToggles().forEach(t -> t.setSelected(((RadioMenuItem) t).getText().equals(v.current())));
            });
            menu.getItems().add(item);
        }
        if (v.all().isEmpty()) {
            MenuItem none = new MenuItem("This model has one variant");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }
}
