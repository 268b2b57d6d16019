package org.tokenscope.app.panels.shapley;

import javafx.application.Platform;
import javafx.scene.Node;
import org.tokenscope.app.panels.PanelContext;
import org.tokenscope.views.shapley.ShapleyView;
import org.tokenscope.views.shapley.ShapleyViewModel;

/**
 * The Shapley tab: its view model on the window's model and jobs (live estimates come back through
 * {@code Platform.runLater}), its view, and its section of the open project.
 */
public final class ShapleyPanel {
    private ShapleyPanel() {
    }

    public static Node create(PanelContext context) {
        ShapleyViewModel vm = new ShapleyViewModel(context.models(), context.jobs(), Platform::runLater);
        ShapleyProjectLink.bind(vm, context.project());
        ShapleyView view = new ShapleyView(vm);
        view.getProperties().put(ShapleyViewModel.class, vm); // tests and the window reach the view model through its node
        return view;
    }
}
