package org.tokenscope.app.panels.stepper;

import javafx.application.Platform;
import javafx.scene.Node;
import org.tokenscope.app.panels.PanelContext;
import org.tokenscope.views.stepper.StepperView;
import org.tokenscope.views.stepper.StepperViewModel;

/**
 * The stepper tab: its view model on the window's model and jobs (steps come back through
 * {@code Platform.runLater}), its view, and its section of the open project.
 */
public final class StepperPanel {
    private StepperPanel() {
    }

    public static Node create(PanelContext context) {
        StepperViewModel vm = new StepperViewModel(context.models(), context.jobs(), Platform::runLater);
        StepperProjectBinding.bind(vm, context.project());
        StepperView view = new StepperView(vm);
        view.getProperties().put(StepperViewModel.class, vm); // tests and the window reach the view model through its node
        return view;
    }
}
