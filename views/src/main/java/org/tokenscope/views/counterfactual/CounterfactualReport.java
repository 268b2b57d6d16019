package org.tokenscope.views.counterfactual;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.decode.SamplerSettings;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportContributor;
import org.tokenscope.views.export.ReportSection;
import org.tokenscope.views.export.TableData;

/**
 * The counterfactual panel in reports, from the saved section alone (no model, no display): the factual
 * run, the branch table, the three continuations of each branch, KL per step, and the last sweep.
 * Registered in {@code META-INF/services}.
 */
public final class CounterfactualReport implements ReportContributor {
    /** Reports list this many branches in full; the table lists all. */
    static final int DETAILED_BRANCHES = 8;

    @Override
    public String panelId() {
        return "counterfactual";
    }

    @Override
    public List<ReportSection> sections(ObjectNode section) {
        SectionCodec.Saved s = SectionCodec.read(section, List.of());
        List<ReportSection> out = new ArrayList<>();
        out.add(factual(s));
        if (s.factual() == null) {
            return out;
        }
        Branches b = s.branches();
        if (b.isEmpty()) {
            out.add(new ReportSection("Branches", List.of(new ReportBlock.Text("No token has been replaced yet."))));
        } else {
            out.add(new ReportSection("Branches", List.of(new ReportBlock.Text("Each branch replaces one token of the run it "
                    + "is made on (the factual run, or another branch) and replays the rest with the same Gumbel noise "
                    + "(counterfactual) and with fresh noise (interventional). Edit distances are in tokens, to the run "
                    + "the branch was made on."), new ReportBlock.Table(CounterfactualExports.branchTable(b)),
                    new ReportBlock.Chart(CounterfactualExports.klChart(b.branches().stream().map(x -> "branch " + x.id()).toList(),
                            b.branches().stream().map(Branch::klStart).toList(), b.branches().stream().map(Branch::kl).toList())))));
            for (Branch br : b.branches().subList(0, Math.min(DETAILED_BRANCHES, b.size()))) {
                out.add(branch(br, br.node().parent() == null ? s.factual().text() : b.get(br.node().parent()).text()));
            }
        }
        if (s.sweep() != null) {
            out.add(new ReportSection("Sweep", List.of(new ReportBlock.Table(CounterfactualExports.sweepTable(s.sweep())))));
        }
        return out;
    }

    private static ReportSection factual(SectionCodec.Saved s) {
        FactualSettings f = s.settings();
        SamplerSettings sm = f.sampler();
        List<ReportBlock.Fact> facts = new ArrayList<>(List.of(new ReportBlock.Fact("Prompt", f.prompt()),
                new ReportBlock.Fact("Sampling", "seed " + sm.seed() + ", τ " + sm.temperature() + ", top-k " + sm.topK()
                        + ", top-p " + sm.topP() + ", min-p " + sm.minP() + ", at most " + f.maxTokens() + " tokens"
                        + (f.cautious() == null ? "" : ", cautious (CNTP)")),
                new ReportBlock.Fact("Interventional baseline seed", Long.toString(f.interventionalSeed()))));
        if (s.modelSha() != null) {
            facts.add(new ReportBlock.Fact("Model SHA-256", s.modelSha()));
        }
        List<ReportBlock> blocks = new ArrayList<>(List.of(new ReportBlock.Facts(facts)));
        blocks.add(new ReportBlock.Text(s.factual() == null ? "No factual run has been generated yet."
                : "Factual continuation: " + s.factual().text()));
        return new ReportSection("Factual run", blocks);
    }

    private static ReportSection branch(Branch br, String parentText) {
        List<List<Object>> rows = List.of(
                List.of(br.node().parent() == null ? "factual" : "branch " + br.node().parent(), parentText, 0),
                List.of("counterfactual (same noise)", br.text(), br.node().editDistance()),
                List.of("interventional (fresh noise)", br.interventionalText(), br.editDistanceInt()));
        String first = br.node().firstDivergence() == null ? "never" : "at position " + br.node().firstDivergence();
        return new ReportSection("Branch " + br.id() + ": " + br.node().label(), List.of(
                new ReportBlock.Text("Departs from the run it was made on " + first + "; mean KL(q‖q′) " + Labels.nats(br.meanKl())
                        + " nats."),
                new ReportBlock.Table(new TableData("Continuations of branch " + br.id(), List.of("run", "text", "edit_distance"), rows))));
    }
}
