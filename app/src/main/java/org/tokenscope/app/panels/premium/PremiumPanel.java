package org.tokenscope.app.panels.premium;

import javafx.scene.Node;
import org.tokenscope.app.panels.PanelContext;
import org.tokenscope.views.premium.PremiumView;
import org.tokenscope.views.premium.PremiumViewModel;

/** Wires the premium panel to the window: the jobs seam, the model and the project's premium section. */
public final class PremiumPanel {
    private PremiumPanel() {
    }

    public static Node create(PanelContext context) {
        PremiumViewModel vm = new PremiumViewModel(context.jobs(), context.models());
        PremiumView view = new PremiumView(vm);
        new PremiumProjectLink(vm, context.project()).start();
        vm.loadCorpus(); // lists the corpus's languages for the reference chooser
        view.setUserData(vm); // lets tests and the window reach the state behind the view
        if (context.stage() != null) { // frees the native memory of added tokenizer.json files with the window
            context.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> vm.close());
        }
        return view;
    }
}
