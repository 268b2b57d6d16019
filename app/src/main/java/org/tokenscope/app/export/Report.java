package org.tokenscope.app.export;

import java.util.List;
import java.util.Optional;
import org.tokenscope.views.export.ReportSection;

/**
 * A report's content, independent of its format: the HTML and PDF writers render the same value.
 *
 * @param title      heading and document title
 * @param notes      the project's notes, when it has some
 * @param provenance version, model and seeds
 * @param prompts    the project's prompts
 * @param panels     one part per ticked panel, in the workbench's order
 * @param omitted    the parts that could not be built (a damaged panel section), each said in the report too
 */
public record Report(String title, Optional<String> notes, Provenance provenance, List<String> prompts, List<PanelPart> panels,
        List<Omission> omitted) {

    public Report {
        prompts = List.copyOf(prompts);
        panels = List.copyOf(panels);
        omitted = List.copyOf(omitted);
    }

    /** A report with every part built. */
    public Report(String title, Optional<String> notes, Provenance provenance, List<String> prompts, List<PanelPart> panels) {
        this(title, notes, provenance, prompts, panels, List.of());
    }

    /**
     * A part of a panel's report that could not be built.
     *
     * @param panel  the panel's title ("Stepper")
     * @param reason one line saying why, without a stack trace
     * @param cause  what was thrown, for the log
     */
    public record Omission(String panel, String reason, Throwable cause) {
        /** "Stepper section not included: reason", the line the report and the command line print. */
        public String message() {
            return panel + " section not included: " + reason;
        }
    }

    /** What one panel contributes: its sections, then its saved settings. */
    public record PanelPart(String id, String title, List<ReportSection> sections) {
        public PanelPart {
            sections = List.copyOf(sections);
        }
    }
}
