package org.tokenscope.views.shapley;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tokenscope.host.attribution.AttributionResult;
import org.tokenscope.host.attribution.AttributionSettings;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportContributor;
import org.tokenscope.views.export.ReportSection;

/**
 * The Shapley panel's part of a report, from its project section alone: per kept run the settings it was made
 * with, the efficiency check, the bars of φ and the players table; the token-noise scatter of the runs that
 * measured surprisal. A section with no run says how to make one.
 */
public final class ShapleyReportContributor implements ReportContributor {

    @Override
    public String panelId() {
        return "shapley";
    }

    @Override
    public List<ReportSection> sections(ObjectNode section) {
        List<ReportSection> out = new ArrayList<>();
        JsonNode runs = section.path("runs");
        for (int i = 0; i < runs.size(); i++) {
            ShapleyRun run = RunJson.read(runs.get(i));
            if (run != null) {
                out.add(run(i + 1, run));
            }
        }
        if (out.isEmpty()) {
            out.add(new ReportSection("Shapley attribution", List.of(new ReportBlock.Text(
                    "No attribution is saved yet: open the project, press Run in the Shapley panel, and save."))));
        }
        return out;
    }

    private static ReportSection run(int number, ShapleyRun run) {
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Text("Prompt: " + run.prompt()));
        blocks.add(new ReportBlock.Facts(facts(run)));
        blocks.add(new ReportBlock.Chart(ShapleyCharts.bars(run)));
        if (run.surprisals() != null) {
            blocks.add(new ReportBlock.Chart(ShapleyCharts.tokenNoise(run, null)));
        }
        blocks.add(new ReportBlock.Table(ShapleyCharts.table(run)));
        return new ReportSection("Shapley attribution #" + number, blocks);
    }

    static List<ReportBlock.Fact> facts(ShapleyRun run) {
        AttributionResult r = run.result();
        AttributionSettings s = r.settings();
        List<ReportBlock.Fact> f = new ArrayList<>();
        f.add(new ReportBlock.Fact("Question", s.options().isEmpty() ? "target \"" + s.target() + "\""
                : "choice \"" + s.choice() + "\" among " + String.join(" | ", s.options())));
        f.add(new ReportBlock.Fact("Value function", r.value()));
        f.add(new ReportBlock.Fact("Masking", r.masking() + (s.masking().label().equals("filler") ? " \"" + s.filler() + "\""
                : s.baselineToken() != null && s.masking().label().equals("baseline") ? " token " + s.baselineToken() : "")));
        f.add(new ReportBlock.Fact("Players", r.players().size() + " " + s.granularity().label()
                + (s.pins().isEmpty() ? "" : ", pinned " + s.pins())));
        f.add(new ReportBlock.Fact("Estimator", r.method().label() + (r.method().name().equals("EXACT") ? ""
                : String.format(Locale.ROOT, ", %d samples, seed %d, stopped: %s", r.estimate().samples(), s.seed(),
                        r.estimate().stop().name().toLowerCase(Locale.ROOT)))
                + (run.state() == ShapleyRun.State.CANCELLED ? " (cancelled)" : "")));
        f.add(new ReportBlock.Fact("Efficiency", run.efficiencyLine()));
        f.add(new ReportBlock.Fact("Cost", String.format(Locale.ROOT, "%d coalitions evaluated, %d model calls, %.1f s",
                r.evaluations(), r.modelCalls(), r.seconds())));
        return f;
    }
}
