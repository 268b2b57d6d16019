package org.tokenscope.app.panels.shapley;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.tokenscope.app.project.Project;
import org.tokenscope.app.project.ProjectDocument;
import org.tokenscope.views.shapley.ShapleySection;
import org.tokenscope.views.shapley.ShapleyViewModel;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * Keeps the Shapley panel and its project section in step both ways. Opening a project shows its section; a
 * change worth saving (a finished run, a setting, a different run shown) writes it. Loading never writes, so
 * opening a project leaves it unchanged, and the panel's own writes are recognised when they come back as
 * project changes, so they do not reload the panel (which would stop a run in progress from being shown).
 */
final class ShapleyProjectLink {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final ShapleyViewModel vm;
    private final ProjectDocument document;
    private ObjectNode shown; // the section as loaded or as last written

    private ShapleyProjectLink(ShapleyViewModel vm, ProjectDocument document) {
        this.vm = vm;
        this.document = document;
    }

    static void bind(ShapleyViewModel vm, ProjectDocument document) {
        ShapleyProjectLink link = new ShapleyProjectLink(vm, document);
        link.load(document.project());
        document.projectProperty().addListener((o, was, now) -> link.projectChanged(now));
        vm.revisionProperty().addListener((o, was, now) -> link.save());
    }

    private void projectChanged(Project p) {
        ObjectNode section = p.section(WorkbenchPanel.SHAPLEY.id()).orElse(null);
        if (!Objects.equals(section, shown)) {
            load(p);
        } else if (!p.prompts().equals(vm.projectPrompts())) {
            vm.projectPrompts().setAll(p.prompts());
        }
    }

    private void load(Project p) {
        shown = p.section(WorkbenchPanel.SHAPLEY.id()).orElse(null);
        vm.cancel(); // a run started for the previous project must not land in this one
        ShapleySection.read(shown, p.prompts(), vm);
    }

    private void save() {
        ObjectNode next = normalised(ShapleySection.write(vm, shown));
        if (!next.equals(shown)) {
            shown = next;
            document.setSection(WorkbenchPanel.SHAPLEY, next);
        }
    }

    /** The section as it reads back from the file (a long seed reads back as an int), so a reopened project is unchanged. */
    private static ObjectNode normalised(ObjectNode n) {
        try {
            return (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always serialises
        }
    }
}
