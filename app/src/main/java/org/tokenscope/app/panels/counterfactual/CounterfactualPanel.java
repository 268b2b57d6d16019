package org.tokenscope.app.panels.counterfactual;

import javafx.scene.Parent;
import org.tokenscope.app.panels.PanelContext;
import org.tokenscope.app.panels.PanelHandle;
import org.tokenscope.app.project.PanelSectionLink;
import org.tokenscope.views.counterfactual.CounterfactualSection;
import org.tokenscope.views.counterfactual.CounterfactualView;
import org.tokenscope.views.counterfactual.CounterfactualViewModel;
import org.tokenscope.views.counterfactual.PanelHooks;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * The counterfactual tab: its view model on the window's model and jobs, its view, its section of the open
 * project, and the two ways it meets the Stepper (start from the Stepper's run; open a branch there).
 */
public final class CounterfactualPanel {
    private CounterfactualPanel() {
    }

    public static PanelHandle create(PanelContext context) {
        CounterfactualViewModel vm = new CounterfactualViewModel(context.models(), context.jobs());
        CounterfactualSection section = new CounterfactualSection(vm);
        PanelSectionLink.bind(section, context.project());
        Parent[] root = new Parent[1];
        PanelHooks hooks = new PanelHooks(() -> context.project().section(WorkbenchPanel.STEPPER),
                node -> OpenInStepper.open(vm, context.project(), root[0], node));
        root[0] = new CounterfactualView(vm, hooks).root();
        return new PanelHandle(root[0], vm, section);
    }
}
