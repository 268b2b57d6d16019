package org.tokenscope.app.panels.counterfactual;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.tokenscope.app.project.ModelReference;
import org.tokenscope.app.project.Project;
import org.tokenscope.app.project.ProjectDocument;
import org.tokenscope.views.counterfactual.CounterfactualViewModel;
import org.tokenscope.views.counterfactual.StepperImport;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * Keeps the panel and the project's {@code counterfactual} section in step. A project opened, reverted or
 * started anew is shown (a project without the section starts from its Stepper section, if any); the panel
 * writes the section only on the user's actions, so opening a project never marks it changed, and its own
 * writes are recognised when they come back as project changes.
 */
final class CounterfactualProjectLink {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CounterfactualViewModel vm;
    private final ProjectDocument document;
    /** The section as last shown or written: a project change that still holds it is not a new project. */
    private ObjectNode shown;

    CounterfactualProjectLink(CounterfactualViewModel vm, ProjectDocument document) {
        this.vm = vm;
        this.document = document;
    }

    void start() {
        load(document.project());
        document.projectProperty().addListener((o, was, now) -> {
            if (!Objects.equals(now.section(WorkbenchPanel.COUNTERFACTUAL.id()).orElse(null), shown)) {
                load(now);
            } else if (!now.prompts().equals(vm.prompts())) {
                vm.prompts().setAll(now.prompts());
            }
        });
        // Another project (opened, a sample, New) that has no section of ours either: nothing above noticed it, but its
        // Stepper run may be there to start from. Only while the panel shows no run, so Save As never resets one.
        document.displayNameProperty().addListener((o, was, now) -> {
            if (shown == null && vm.factualProperty().get() == null && !vm.busyProperty().get()) {
                load(document.project());
            }
        });
        vm.sectionProperty().addListener((o, was, now) -> {
            ObjectNode next = now == null ? null : normalised(now);
            if (next != null && !next.equals(shown)) {
                shown = next;
                document.setSection(WorkbenchPanel.COUNTERFACTUAL, next);
            }
        });
    }

    private void load(Project p) {
        shown = p.section(WorkbenchPanel.COUNTERFACTUAL.id()).orElse(null);
        vm.prompts().setAll(p.prompts());
        if (shown != null) {
            vm.restore(shown, p.model().map(ModelReference::sha256).orElse(null));
        } else {
            vm.restore(p.section(WorkbenchPanel.STEPPER.id()).map(StepperImport::section).orElse(null), null);
        }
    }

    /** The section as it reads back from a file (a long that fits reads back as an int), so a reopened project is equal. */
    private static ObjectNode normalised(ObjectNode n) {
        try {
            return (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always serialises
        }
    }
}
