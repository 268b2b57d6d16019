package org.tokenscope.views.counterfactual;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Builds the panel: loads {@code CounterfactualView.fxml} with a controller made here, not by reflection. */
public final class CounterfactualView {
    private final Parent root;
    private final CounterfactualController controller;

    public CounterfactualView(CounterfactualViewModel vm, PanelHooks hooks) {
        controller = new CounterfactualController(vm, hooks);
        FXMLLoader loader = new FXMLLoader(CounterfactualView.class.getResource("CounterfactualView.fxml"));
        loader.setControllerFactory(type -> {
            if (type != CounterfactualController.class) {
                throw new IllegalArgumentException("unexpected controller " + type);
            }
            return controller;
        });
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("CounterfactualView.fxml could not be loaded", e);
        }
    }

    public Parent root() {
        return root;
    }

    /** The replacement menu on show (null before the first click), for tests. */
    public javafx.scene.control.ContextMenu replacementMenu() {
        return controller.replacementMenu();
    }
}
