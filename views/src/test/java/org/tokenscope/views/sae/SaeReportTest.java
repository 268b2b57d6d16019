package org.tokenscope.views.sae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.sae.StepMetrics;
import org.tokenscope.views.export.LineChartData;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportContributor;
import org.tokenscope.views.export.ReportSection;
import org.tokenscope.views.export.TableData;

/** The SAE panel's saved results: their JSON round trip, curve thinning, and the report built from them alone. */
class SaeReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<StepMetrics> curve(int steps) {
        List<StepMetrics> c = new ArrayList<>();
        for (int i = 1; i <= steps; i++) {
            c.add(new StepMetrics(i, i * 1024L, Double.NaN, 1.0 / i, 0, 40.0 - i * 0.01, 100 - i / 10, Double.NaN, Double.NaN));
        }
        return c;
    }

    private static SaeResults sample() {
        return new SaeResults(new SaeResults.SaeInfo("/tmp/sae", "topk", 128, 1536, 32, "hidden_states.2", 20_000, 7),
                List.of(new SaeResults.FeatureRow(12, 0.25, 3.5, 1.25, "␣the ␣a"),
                        new SaeResults.FeatureRow(3, 0.01, 8.0, 2.0, "Mr")),
                List.of(new SaeResults.RunRow(1, "topk", "hidden_states.2", 1536, 32, 200_000, 41.5, false, 0.125, 32.0, 9, curve(5)),
                        new SaeResults.RunRow(2, "batchtopk", "hidden_states.2", 1536, 16, 4096, 2.0, true, Double.NaN, Double.NaN, -1,
                                curve(3))));
    }

    @Test
    void resultsSurviveTheProjectFile() throws Exception {
        SaeResults before = sample();
        String text = JSON.writeValueAsString(before.toJson());
        SaeResults after = SaeResults.fromJson(JSON.readTree(text));
        assertEquals(before.sae(), after.sae());
        assertEquals(before.features(), after.features());
        assertEquals(2, after.runs().size());
        SaeResults.RunRow done = after.runs().get(0);
        assertEquals("#1 topk d_sae=1536 k=32", done.label());
        assertEquals(0.125, done.normalizedMse());
        assertEquals(9, done.deadFeatures());
        assertEquals(5, done.curve().size());
        assertEquals(3 * 1024L, done.curve().get(2).tokens());
        assertEquals(1.0 / 3, done.curve().get(2).normalizedMse());
        assertEquals(40.0 - 0.03, done.curve().get(2).l0());
        SaeResults.RunRow cancelled = after.runs().get(1);
        assertTrue(cancelled.cancelled());
        assertTrue(Double.isNaN(cancelled.normalizedMse()), "a cancelled run has no held-out metrics");
        assertEquals(-1, cancelled.deadFeatures());
    }

    @Test
    void longCurvesAreThinnedKeepingBothEnds() {
        List<StepMetrics> thin = SaeResults.thin(curve(1000), SaeResults.CURVE_POINTS);
        assertEquals(SaeResults.CURVE_POINTS, thin.size());
        assertEquals(1, thin.get(0).step());
        assertEquals(1000, thin.get(thin.size() - 1).step());
        for (int i = 1; i < thin.size(); i++) {
            assertTrue(thin.get(i).step() > thin.get(i - 1).step(), "steps stay in order, none repeated");
        }
        assertEquals(10, SaeResults.thin(curve(10), SaeResults.CURVE_POINTS).size());
    }

    @Test
    void malformedResultsReadAsAbsent() throws Exception {
        SaeResults r = SaeResults.fromJson(JSON.readTree(
                "{\"sae\": 3, \"features\": [{\"density\": 1}], \"runs\": [{\"number\": \"x\"}, {\"number\": 2, \"curve\": [[1, 2]]}]}"));
        assertNull(r.sae());
        assertTrue(r.features().isEmpty(), "a feature without an index is skipped");
        assertEquals(1, r.runs().size());
        assertTrue(r.runs().get(0).curve().isEmpty(), "a curve point without five numbers is skipped");
        assertNull(SaeResults.fromJson(null).sae());
    }

    @Test
    void theReportShowsTheFeaturesAndTheRuns() {
        ObjectNode section = JSON.createObjectNode();
        section.put("sae", "/tmp/sae");
        section.set("results", sample().toJson());
        List<ReportSection> report = new SaeReportContributor().sections(section);
        assertEquals(List.of("SAE features", "SAE training"), report.stream().map(ReportSection::title).toList());

        List<ReportBlock> features = report.get(0).blocks();
        ReportBlock.Facts facts = assertInstanceOf(ReportBlock.Facts.class, features.get(0));
        assertTrue(facts.facts().contains(new ReportBlock.Fact("Size", "1536 features on hidden_states.2 (d_in 128)")));
        TableData table = assertInstanceOf(ReportBlock.Table.class, features.get(1)).table();
        assertEquals(2, table.rows().size());
        assertEquals(List.of(12, 0.25, Math.log10(0.25 + 1e-10), 3.5, 1.25, "␣the ␣a"), table.rows().get(0));

        List<ReportBlock> training = report.get(1).blocks();
        TableData runs = assertInstanceOf(ReportBlock.Table.class, training.get(0)).table();
        assertEquals(0.125, runs.rows().get(0).get(7));
        assertNull(runs.rows().get(1).get(7), "no held-out MSE for the cancelled run");
        LineChartData loss = assertInstanceOf(LineChartData.class, assertInstanceOf(ReportBlock.Chart.class, training.get(1)).chart());
        assertEquals(List.of("normalised MSE, #1 topk d_sae=1536 k=32", "normalised MSE, #2 batchtopk d_sae=1536 k=16"),
                loss.series().stream().map(s -> s.name()).toList());
        assertEquals(5, loss.series().get(0).points().size());
        assertEquals(0.5, loss.series().get(0).points().get(1).y());
        LineChartData sparsity = assertInstanceOf(LineChartData.class, assertInstanceOf(ReportBlock.Chart.class, training.get(2)).chart());
        assertEquals(4, sparsity.series().size(), "L0 and dead features per run");
    }

    @Test
    void anEmptySectionSaysHowToGetResults() {
        List<ReportSection> report = new SaeReportContributor().sections(JSON.createObjectNode());
        assertEquals(1, report.size());
        ReportBlock.Text text = assertInstanceOf(ReportBlock.Text.class, report.get(0).blocks().get(0));
        assertTrue(text.text().startsWith("No SAE results are saved yet"));
    }

    @Test
    void theContributorIsRegistered() {
        assertTrue(ServiceLoader.load(ReportContributor.class).stream().anyMatch(p -> p.type() == SaeReportContributor.class));
    }
}
