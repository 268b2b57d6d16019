package org.tokenscope.views.sae;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportContributor;
import org.tokenscope.views.export.ReportSection;

/**
 * The SAE panel's part of a report, from its project section alone: the SAE that was open with its densest
 * features, and the training runs compared with their loss and sparsity curves. A section with neither says
 * how to get them.
 */
public final class SaeReportContributor implements ReportContributor {

    @Override
    public String panelId() {
        return "sae";
    }

    @Override
    public List<ReportSection> sections(ObjectNode section) {
        SaeResults r = SaeResults.fromJson(section.get("results"));
        List<ReportSection> out = new ArrayList<>();
        if (r.sae() != null) {
            out.add(features(r));
        }
        if (!r.runs().isEmpty()) {
            out.add(new ReportSection("SAE training", List.of(
                    new ReportBlock.Table(SaeExports.runsTable(r.runs())),
                    new ReportBlock.Chart(SaeExports.lossChart(r.runs())),
                    new ReportBlock.Chart(SaeExports.sparsityChart(r.runs())))));
        }
        if (out.isEmpty()) {
            out.add(new ReportSection("SAE features", List.of(new ReportBlock.Text(
                    "No SAE results are saved yet: open an SAE or train one in the SAE panel, and save the project."))));
        }
        return out;
    }

    private static ReportSection features(SaeResults r) {
        SaeResults.SaeInfo s = r.sae();
        List<ReportBlock> blocks = new ArrayList<>();
        List<ReportBlock.Fact> facts = new ArrayList<>();
        facts.add(new ReportBlock.Fact("SAE", s.folder()));
        facts.add(new ReportBlock.Fact("Architecture", s.architecture() + (s.k() > 0 ? ", k = " + s.k() : "")));
        facts.add(new ReportBlock.Fact("Size", s.dSae() + " features on " + s.tap() + " (d_in " + s.dIn() + ")"));
        if (s.statsTokens() > 0) {
            facts.add(new ReportBlock.Fact("Statistics", String.format(Locale.ROOT,
                    "%,d tokens of the bundled corpus; %d features never fire there", s.statsTokens(), s.deadFeatures())));
        }
        blocks.add(new ReportBlock.Facts(facts));
        if (r.features().isEmpty()) {
            blocks.add(new ReportBlock.Text("The feature statistics had not been computed when the project was saved."));
        } else {
            blocks.add(new ReportBlock.Table(SaeExports.featureRows(r.features(),
                    "The " + r.features().size() + " densest features")));
        }
        return new ReportSection("SAE features", blocks);
    }
}
