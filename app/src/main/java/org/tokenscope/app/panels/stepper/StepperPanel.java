package org.tokenscope.app.panels.stepper;

import javafx.application.Platform;
import org.tokenscope.app.panels.PanelContext;
import org.tokenscope.app.panels.PanelHandle;
import org.tokenscope.app.project.PanelSectionLink;
import org.tokenscope.views.stepper.StepperSection;
import org.tokenscope.views.stepper.StepperView;
import org.tokenscope.views.stepper.StepperViewModel;

/**
 * The stepper tab: its view model on the window's model and jobs (steps come back through
 * {@code Platform.runLater}), its view, and its section of the open project.
 */
public final class StepperPanel {
    private StepperPanel() {
    }

    public static PanelHandle create(PanelContext context) {
        StepperViewModel vm = new StepperViewModel(context.models(), context.jobs(), Platform::runLater);
        StepperSection section = new StepperSection(vm);
        PanelSectionLink.bind(section, context.project());
        return new PanelHandle(new StepperView(vm), vm, section);
    }
}
