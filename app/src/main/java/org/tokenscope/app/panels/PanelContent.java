package org.tokenscope.app.panels;

import org.tokenscope.app.panels.counterfactual.CounterfactualPanel;
import org.tokenscope.app.panels.premium.PremiumPanel;
import org.tokenscope.app.panels.sae.SaePanel;
import org.tokenscope.app.panels.shapley.ShapleyPanel;
import org.tokenscope.app.panels.stepper.StepperPanel;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * Builds the panel each workbench tab shows. Each panel wires its view and view model in its own package; every
 * panel's project section goes through the same {@link org.tokenscope.app.project.PanelSectionLink}.
 */
public final class PanelContent {
    private PanelContent() {
    }

    public static PanelHandle create(WorkbenchPanel panel, PanelContext context) {
        return switch (panel) {
            case STEPPER -> StepperPanel.create(context);
            case COUNTERFACTUAL -> CounterfactualPanel.create(context);
            case SHAPLEY -> ShapleyPanel.create(context);
            case SAE -> SaePanel.create(context);
            case PREMIUM -> PremiumPanel.create(context);
        };
    }
}
