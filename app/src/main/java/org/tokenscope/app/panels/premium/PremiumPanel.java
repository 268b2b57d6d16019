package org.tokenscope.app.panels.premium;

import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.tokenscope.app.panels.PanelContext;
import org.tokenscope.app.panels.PanelHandle;
import org.tokenscope.app.project.PanelSectionLink;
import org.tokenscope.views.premium.PremiumSection;
import org.tokenscope.views.premium.PremiumView;
import org.tokenscope.views.premium.PremiumViewModel;

/** Wires the premium panel to the window: the jobs seam, the model and the project's premium section. */
public final class PremiumPanel {
    private PremiumPanel() {
    }

    public static PanelHandle create(PanelContext context) {
        PremiumViewModel vm = new PremiumViewModel(context.jobs(), context.models());
        PremiumView view = new PremiumView(vm);
        PremiumSection section = new PremiumSection(vm);
        PanelSectionLink.bind(section, context.project());
        vm.loadCorpus(); // lists the corpus's languages for the reference chooser
        if (context.stage() != null) { // frees the native memory of added tokenizer.json files with the window
            Stage stage = context.stage();
            // Removed once run: a stage shown again (tests reuse one) must not keep this panel's state alive.
            EventHandler<WindowEvent> close = new EventHandler<>() {
                @Override
                public void handle(WindowEvent e) {
                    stage.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                    vm.close();
                }
            };
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, close);
        }
        return new PanelHandle(view, vm, section);
    }
}
