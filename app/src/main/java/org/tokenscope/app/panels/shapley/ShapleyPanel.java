package org.tokenscope.app.panels.shapley;

import javafx.application.Platform;
import org.tokenscope.app.panels.PanelContext;
import org.tokenscope.app.panels.PanelHandle;
import org.tokenscope.app.project.PanelSectionLink;
import org.tokenscope.views.shapley.ShapleySection;
import org.tokenscope.views.shapley.ShapleyView;
import org.tokenscope.views.shapley.ShapleyViewModel;

/**
 * The Shapley tab: its view model on the window's model and jobs (live estimates come back through
 * {@code Platform.runLater}), its view, and its section of the open project.
 */
public final class ShapleyPanel {
    private ShapleyPanel() {
    }

    public static PanelHandle create(PanelContext context) {
        ShapleyViewModel vm = new ShapleyViewModel(context.models(), context.jobs(), Platform::runLater);
        ShapleySection section = new ShapleySection(vm);
        PanelSectionLink.bind(section, context.project());
        return new PanelHandle(new ShapleyView(vm), vm, section);
    }
}
