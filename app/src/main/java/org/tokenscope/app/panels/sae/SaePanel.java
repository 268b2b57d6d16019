package org.tokenscope.app.panels.sae;

import javafx.application.Platform;
import org.tokenscope.app.panels.PanelContext;
import org.tokenscope.app.panels.PanelHandle;
import org.tokenscope.app.project.PanelSectionLink;
import org.tokenscope.views.sae.SaeSection;
import org.tokenscope.views.sae.SaeView;
import org.tokenscope.views.sae.SaeViewModel;
import org.tokenscope.views.sae.SampleSae;

/**
 * The SAE tab: its view model on the window's model and jobs, its view, and its project section (the opened
 * SAE folder, the training settings and the results for the report; a project that names a folder reopens it
 * once a model is loaded, see {@link SaeSection}).
 */
public final class SaePanel {
    private SaePanel() {
    }

    public static PanelHandle create(PanelContext context) {
        SaeViewModel vm = new SaeViewModel(context.models(), context.jobs(), Platform::runLater);
        SaeView view = new SaeView(vm, SampleSae::locate);
        SaeSection section = new SaeSection(vm, context.models());
        PanelSectionLink.bind(section, context.project());
        return new PanelHandle(view, vm, section);
    }
}
