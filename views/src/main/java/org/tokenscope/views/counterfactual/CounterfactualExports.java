package org.tokenscope.views.counterfactual;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.LineChartData;
import org.tokenscope.views.export.TableData;

/**
 * The panel's exports as data: the KL chart, the sweep and branch tables, and the branch tree as JSON. The
 * aligned comparison as HTML is {@link ComparisonHtml}; PNGs come from the nodes on screen.
 */
public final class CounterfactualExports {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CounterfactualExports() {
    }

    /** KL(q‖q′) per step for one or more branches (infinite values are left out: a chart cannot draw them). */
    public static LineChartData klChart(List<String> names, List<Integer> starts, List<double[]> kls) {
        List<ChartData.Series> series = new ArrayList<>();
        for (int s = 0; s < names.size(); s++) {
            List<ChartData.Point> points = new ArrayList<>();
            double[] kl = kls.get(s);
            for (int i = 0; i < kl.length; i++) {
                if (Double.isFinite(kl[i])) {
                    points.add(ChartData.Point.of(starts.get(s) + i, kl[i]));
                }
            }
            series.add(new ChartData.Series(names.get(s), points));
        }
        return new LineChartData("KL(q‖q′) per step after the change", "generated position", "nats", series);
    }

    public static LineChartData klChart(Comparison c, String name) {
        return klChart(List.of(name), List.of(c.result().klStart()), List.of(c.result().kl()));
    }

    /** The sweep as a table: one row per alternative. */
    public static TableData sweepTable(SweepResult s) {
        List<List<Object>> rows = new ArrayList<>();
        for (SweepResult.Row r : s.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.rankRaw());
            row.add(r.id());
            row.add(r.token());
            row.add(r.probRaw());
            row.add(r.firstDivergence());
            row.add(r.editDistance());
            row.add(r.text());
            rows.add(row);
        }
        String on = s.baseNode() == null ? "the factual run" : "branch " + s.baseNode();
        return new TableData("Sweep of position " + s.position() + " on " + on + " (top " + s.topM() + ")",
                List.of("rank_raw", "id", "token", "prob_raw", "first_divergence", "edit_distance", "text"), rows);
    }

    /** The branches as a table, as the report and the tree's tooltip list them. */
    public static TableData branchTable(Branches b) {
        List<List<Object>> rows = new ArrayList<>();
        for (Branch br : b.branches()) {
            List<Object> row = new ArrayList<>();
            row.add(br.id());
            row.add(br.node().parent() == null ? "factual" : "branch " + br.node().parent());
            row.add(br.node().label());
            row.add(br.node().firstDivergence());
            row.add(br.node().editDistance());
            row.add(br.editDistanceInt());
            double kl = br.meanKl();
            row.add(Double.isFinite(kl) ? new java.math.BigDecimal(kl).round(new java.math.MathContext(4)).doubleValue() : kl);
            rows.add(row);
        }
        return new TableData("Branches", List.of("branch", "made on", "change", "first_divergence", "edit_distance_cf",
                "edit_distance_int", "mean_kl"), rows);
    }

    /**
     * The branch tree as JSON: the factual run's settings and ids, then every node (see
     * {@code samples/projects/README.md}); the project section without the sweep.
     */
    public static String treeJson(FactualRun run, Branches branches, String modelSha) {
        SectionCodec.SavedRun saved = run == null ? null
                : new SectionCodec.SavedRun(run.trace().promptIds(), run.trace().generatedIds(), run.text());
        FactualSettings settings = run == null ? FactualSettings.DEFAULT : run.settings();
        ObjectNode out = SectionCodec.write(null, new SectionCodec.Saved(settings, saved, branches, null, modelSha), List.of());
        out.remove("prompt_index");
        try {
            return JSON.writeValueAsString(out) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain values always serialises
        }
    }
}
