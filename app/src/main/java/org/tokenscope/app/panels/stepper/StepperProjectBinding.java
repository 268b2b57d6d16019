package org.tokenscope.app.panels.stepper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import javafx.application.Platform;
import org.tokenscope.app.project.Project;
import org.tokenscope.app.project.ProjectDocument;
import org.tokenscope.views.shell.WorkbenchPanel;
import org.tokenscope.views.stepper.StepperSection;
import org.tokenscope.views.stepper.StepperViewModel;

/**
 * Keeps the stepper and its project section in step both ways. Opening a project (or a sample) shows its section;
 * a change worth saving in the panel (a finished job, Back, Reset, a setting) writes the section. Loading never
 * writes, so opening a project leaves it unchanged, and the panel's own writes are recognised when they come back
 * as project changes, so they do not reload the panel.
 *
 * <p>A replaced project is shown on the next turn of the FX thread rather than inside the project's change
 * notification: rebuilding a strip of runs is the heaviest reaction to Open, and the title and the prompt list
 * should not wait for it. Until then the panel writes nothing, so it cannot overwrite the new section.
 */
final class StepperProjectBinding {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final StepperViewModel vm;
    private final ProjectDocument document;
    private ObjectNode shown; // the section the panel shows (or is about to): as loaded, or as last written
    private Project latest;
    private boolean loadPending;

    private StepperProjectBinding(StepperViewModel vm, ProjectDocument document) {
        this.vm = vm;
        this.document = document;
    }

    static void bind(StepperViewModel vm, ProjectDocument document) {
        StepperProjectBinding b = new StepperProjectBinding(vm, document);
        b.load(document.project());
        document.projectProperty().addListener((o, was, now) -> b.projectChanged(now));
        vm.revisionProperty().addListener((o, was, now) -> b.save());
    }

    private void projectChanged(Project p) {
        latest = p;
        ObjectNode section = p.section(WorkbenchPanel.STEPPER.id()).orElse(null);
        if (!Objects.equals(section, shown)) {
            shown = section;
            if (!loadPending) {
                loadPending = true;
                Platform.runLater(this::loadLatest);
            }
        } else if (!loadPending && !p.prompts().equals(vm.projectPrompts())) {
            vm.projectPrompts().setAll(p.prompts());
        }
    }

    private void load(Project p) {
        latest = p;
        shown = p.section(WorkbenchPanel.STEPPER.id()).orElse(null);
        StepperSection.read(shown, p.prompts(), vm);
    }

    private void loadLatest() {
        loadPending = false;
        StepperSection.read(shown, latest.prompts(), vm);
    }

    private void save() {
        if (loadPending) {
            return; // the panel still shows the previous project: its state is not this project's to save
        }
        ObjectNode next = normalised(StepperSection.write(vm, shown));
        if (!next.equals(shown)) {
            shown = next;
            document.setSection(WorkbenchPanel.STEPPER, next);
        }
    }

    /**
     * The section as it will read back from the file (e.g. a seed written as a long reads back as an int), so
     * that a saved and reopened project equals the one in memory and does not look changed.
     */
    private static ObjectNode normalised(ObjectNode n) {
        try {
            return (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always serialises
        }
    }
}
