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
 */
public record Report(String title, Optional<String> notes, Provenance provenance, List<String> prompts, List<PanelPart> panels) {

    public Report {
        prompts = List.copyOf(prompts);
        panels = List.copyOf(panels);
    }

    /** What one panel contributes: its sections, then its saved settings. */
    public record PanelPart(String id, String title, List<ReportSection> sections) {
        public PanelPart {
            sections = List.copyOf(sections);
        }
    }
}
