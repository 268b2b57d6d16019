package org.tokenscope.app.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tokenscope.app.project.Project;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportSection;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * Assembles a {@link Report} from a project and the panels the user ticked. Needs no display and no model. A
 * panel section that cannot be built is left out with a line saying so ({@link Report#omitted()}); building
 * never throws for what a project file holds.
 */
public final class ReportBuilder {
    private final ReportContributors contributors;
    private final String appVersion;

    public ReportBuilder(ReportContributors contributors, String appVersion) {
        this.contributors = contributors;
        this.appVersion = appVersion;
    }

    /** The panels a report covers by default: those with a section in the project, in workbench order. */
    public static List<WorkbenchPanel> panelsWithSections(Project project) {
        List<WorkbenchPanel> out = new ArrayList<>();
        for (WorkbenchPanel p : WorkbenchPanel.values()) {
            if (project.section(p.id()).isPresent()) {
                out.add(p);
            }
        }
        return out;
    }

    /** {@code title} heads the report; {@code panels} in the order to print them. */
    public Report build(String title, Project project, List<WorkbenchPanel> panels, Instant created) {
        List<String> ids = panels.stream().map(WorkbenchPanel::id).toList();
        List<Report.PanelPart> parts = new ArrayList<>();
        List<Report.Omission> omitted = new ArrayList<>();
        for (WorkbenchPanel panel : panels) {
            parts.add(part(panel, project.section(panel.id()), omitted));
        }
        return new Report(title, project.notes(), Provenance.of(appVersion, project, ids, created), project.prompts(), parts,
                omitted);
    }

    private Report.PanelPart part(WorkbenchPanel panel, Optional<ObjectNode> section, List<Report.Omission> omitted) {
        List<ReportSection> sections = new ArrayList<>();
        if (section.isEmpty()) {
            sections.add(new ReportSection("Saved settings", List.of(new ReportBlock.Text(
                    "The project holds nothing for this panel yet."))));
        } else {
            ReportContributors.Built built = contributors.build(panel.id(), panel.title(), section.get());
            sections.addAll(built.sections());
            omitted.addAll(built.omitted());
            sections.add(new ReportSection("Saved settings", List.of(new ReportBlock.Json(
                    "The panel's section of the project file, as saved:", section.get()))));
        }
        return new Report.PanelPart(panel.id(), panel.title(), sections);
    }
}
