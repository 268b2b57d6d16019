package org.tokenscope.app.panels.sae;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Node;
import org.tokenscope.app.panels.PanelContext;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.views.shell.ModelProvider;
import org.tokenscope.app.project.ProjectDocument;
import org.tokenscope.views.sae.SaeSection;
import org.tokenscope.views.sae.SaeView;
import org.tokenscope.views.sae.SaeViewModel;
import org.tokenscope.views.sae.SampleSae;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * The SAE tab: its view model on the window's model and jobs, its view, and its project section (the opened
 * SAE folder, the training settings and the results for the report; a project that names a folder reopens it once a model is loaded).
 */
public final class SaePanel {
    private SaePanel() {
    }

    public static Node create(PanelContext context) {
        SaeViewModel vm = new SaeViewModel(context.models(), context.jobs(), Platform::runLater);
        SaeView view = new SaeView(vm, SampleSae::locate);
        view.getProperties().put(SaeViewModel.class, vm); // tests reach the view model through its node
        bind(vm, context.project(), context.models());
        return view;
    }

    private static void bind(SaeViewModel vm, ProjectDocument document, ModelProvider models) {
        ObjectNode[] shown = {document.section(WorkbenchPanel.SAE).orElse(null)};
        vm.savedRuns().setAll(SaeSection.savedRuns(shown[0]));
        load(vm, shown[0], models);
        document.projectProperty().addListener((o, was, now) -> {
            ObjectNode section = now.section(WorkbenchPanel.SAE.id()).orElse(null);
            if (!Objects.equals(section, shown[0])) {
                shown[0] = section;
                // Another project (or a revert): its runs replace the ones trained for the previous state.
                vm.runs().clear();
                vm.savedRuns().setAll(SaeSection.savedRuns(section));
                Platform.runLater(() -> load(vm, section, models));
            }
        });
        vm.revisionProperty().addListener((o, was, now) -> {
            ObjectNode next = SaeSection.write(vm);
            if (!next.equals(shown[0])) {
                shown[0] = next;
                document.setSection(WorkbenchPanel.SAE, next);
            }
        });
    }

    private static void load(SaeViewModel vm, ObjectNode section, ModelProvider models) {
        Path sae = SaeSection.read(section, vm);
        if (sae == null || !Files.isDirectory(sae) || sae.equals(vm.saePathProperty().get())) {
            return;
        }
        if (models.modelProperty().get() != null) {
            vm.open(sae); // checked against the model, statistics recomputed
            return;
        }
        // No model yet (the window is still loading one): reopen once one is there.
        models.modelProperty().addListener(new ChangeListener<LanguageModel>() {
            @Override
            public void changed(ObservableValue<? extends LanguageModel> o, LanguageModel was, LanguageModel now) {
                if (now != null) {
                    o.removeListener(this);
                    if (vm.saePathProperty().get() == null) {
                        vm.open(sae);
                    }
                }
            }
        });
    }
}
