package org.tokenscope.app.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.tokenscope.views.shell.PanelSection;

/**
 * Binds any panel's {@link PanelSection} to the open project, the one way every panel is bound:
 * <ul>
 * <li>a replaced project (New, Open, Revert, Open Sample, a recovery) is read into the panel whatever it holds: a
 * project without the panel's section reads null, the panel's empty state, so nothing of the previous project
 * stays on show or can be saved into the new one;</li>
 * <li>a section changed from outside the panel (another panel writing it, e.g. Open in Stepper) is read too; the
 * panel's own writes come back as project changes and are recognised, so they do not reload the panel;</li>
 * <li>each move of the panel's revision writes its section, which is what marks the project changed (and what
 * autosave saves). Reading never writes, so opening a project never marks it changed.</li>
 * </ul>
 * Sections are stored as they read back from a file (a long that fits reads back as an int), so a saved and
 * reopened project equals the one in memory and does not look changed.
 */
public final class PanelSectionLink {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final PanelSection section;
    private final ProjectDocument document;
    private final Executor later;
    private ObjectNode shown; // the section the panel shows (or is about to): as read, or as last written
    private boolean readPending;

    private PanelSectionLink(PanelSection section, ProjectDocument document, Executor later) {
        this.section = section;
        this.document = document;
        this.later = later;
    }

    /** Shows the open project's section now and keeps panel and project in step from then on. */
    public static void bind(PanelSection section, ProjectDocument document) {
        bind(section, document, javafx.application.Platform::runLater);
    }

    /** As {@link #bind(PanelSection, ProjectDocument)}; {@code later} runs the reads a panel asks to defer. */
    public static void bind(PanelSection section, ProjectDocument document, Executor later) {
        PanelSectionLink link = new PanelSectionLink(section, document, later);
        link.readNow();
        document.replacementsProperty().addListener((o, was, now) -> link.replaced());
        document.projectProperty().addListener((o, was, now) -> link.edited(was, now));
        section.revision().addListener((o, was, now) -> link.write());
    }

    private void replaced() {
        shown = sectionOf(document.project());
        read();
    }

    private void edited(Project was, Project now) {
        if (document.isReplacing()) {
            return; // read in full once the replacement is complete
        }
        ObjectNode current = sectionOf(now);
        if (!Objects.equals(current, shown)) {
            shown = current;
            read();
        } else if (!readPending && !now.prompts().equals(was.prompts())) {
            section.promptsChanged(now.prompts());
        }
    }

    private void read() {
        if (!section.readLater()) {
            readNow();
        } else if (!readPending) {
            readPending = true;
            later.execute(() -> {
                readPending = false;
                readNow(); // the project as it is by then: later changes are folded in
            });
        }
    }

    private void readNow() {
        Project p = document.project();
        shown = sectionOf(p);
        section.read(shown == null ? null : shown.deepCopy(), context(p));
    }

    private void write() {
        if (readPending) {
            return; // the panel still shows the previous state: it is not this project's to save
        }
        ObjectNode written = section.write();
        if (written == null) {
            return;
        }
        ObjectNode next = normalised(written);
        if (!next.equals(shown)) {
            shown = next;
            document.setSection(section.panel(), next);
        }
    }

    private ObjectNode sectionOf(Project p) {
        return p.section(section.panel().id()).orElse(null);
    }

    private static PanelSection.Context context(Project p) {
        return new PanelSection.Context(p.prompts(), p.model().map(ModelReference::sha256).orElse(null),
                panel -> p.section(panel.id()));
    }

    /** The section as it will read back from the file. */
    private static ObjectNode normalised(ObjectNode n) {
        try {
            return (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always serialises
        }
    }
}
