package org.tokenscope.app.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportContributor;
import org.tokenscope.views.export.ReportSection;

/**
 * The panels' {@link ReportContributor}s, found with {@link ServiceLoader} so that a panel adds its charts and
 * tables to reports without this class (or the command line) changing. A contributor that throws costs its
 * own section, not the report.
 */
public final class ReportContributors {
    private static final System.Logger LOG = System.getLogger(ReportContributors.class.getName());
    private final List<ReportContributor> all;

    public ReportContributors(List<ReportContributor> contributors) {
        this.all = List.copyOf(contributors);
    }

    /** Every contributor registered on the class path. */
    public static ReportContributors discover() {
        List<ReportContributor> found = new ArrayList<>();
        ServiceLoader.load(ReportContributor.class, ReportContributors.class.getClassLoader()).forEach(found::add);
        return new ReportContributors(found);
    }

    /** The sections the contributors of {@code panelId} build from its saved {@code section}. */
    public List<ReportSection> sections(String panelId, ObjectNode section) {
        List<ReportSection> out = new ArrayList<>();
        for (ReportContributor c : all) {
            if (!c.panelId().equals(panelId)) {
                continue;
            }
            try {
                out.addAll(c.sections(section.deepCopy()));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, c.getClass().getName() + " failed", e);
                out.add(new ReportSection("Missing part", List.of(new ReportBlock.Text(
                        "This part of the report could not be built: " + e))));
            }
        }
        return out;
    }
}
