package org.tokenscope.app.panels;

import javafx.scene.Node;
import org.tokenscope.views.controls.PanelPlaceholder;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * The node each workbench tab shows. Each panel wires its view, view model and project section in its
 * own package; a panel not built yet shows a placeholder naming what it will do.
 */
public final class PanelContent {
    private PanelContent() {
    }

    public static Node create(WorkbenchPanel panel, PanelContext context) {
        return switch (panel) {
            case STEPPER -> org.tokenscope.app.panels.stepper.StepperPanel.create(context);
            case COUNTERFACTUAL -> org.tokenscope.app.panels.counterfactual.CounterfactualPanel.create(context);
            case SHAPLEY -> org.tokenscope.app.panels.shapley.ShapleyPanel.create(context);
            case SAE -> org.tokenscope.app.panels.sae.SaePanel.create(context);
            case PREMIUM -> org.tokenscope.app.panels.premium.PremiumPanel.create(context);
        };
    }

    private static Node placeholder(WorkbenchPanel p) {
        return new PanelPlaceholder(p.title(), p.purpose(), p.basis());
    }
}
