package org.tokenscope.app.panels.premium;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.tokenscope.app.project.ProjectDocument;
import org.tokenscope.views.premium.PremiumSection;
import org.tokenscope.views.premium.PremiumViewModel;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * Keeps the panel and the project's {@code premium} section in step: a user change writes the section, and a
 * project opened, reverted or started anew is shown. Writes happen only on user changes, so opening a project
 * never marks it changed.
 */
final class PremiumProjectLink {
    private final PremiumViewModel vm;
    private final ProjectDocument project;
    private final PremiumSection codec = new PremiumSection();
    /** The section as this link last wrote or showed it: a project change that still holds it is our own. */
    private ObjectNode current;

    PremiumProjectLink(PremiumViewModel vm, ProjectDocument project) {
        this.vm = vm;
        this.project = project;
    }

    void start() {
        show(project.section(WorkbenchPanel.PREMIUM));
        project.projectProperty().addListener((o, was, now) -> {
            Optional<ObjectNode> section = project.section(WorkbenchPanel.PREMIUM);
            if (!section.map(s -> s.equals(current)).orElse(current == null)) {
                show(section);
            }
        });
        vm.revisionProperty().addListener((o, was, now) -> {
            ObjectNode next = codec.write(vm, current);
            current = next;
            project.setSection(WorkbenchPanel.PREMIUM, next);
        });
    }

    /** A missing section shows a fresh panel, as a new project should. */
    private void show(Optional<ObjectNode> section) {
        current = section.orElse(null);
        codec.read(vm, section.orElseGet(JsonNodeFactory.instance::objectNode));
    }
}
