package org.tokenscope.views.stepper;

import org.tokenscope.views.testing.DemoProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportContributor;
import org.tokenscope.views.export.ReportSection;
import org.tokenscope.views.jobs.JobRunner;

/** The trace as CSV and JSON, the entropy chart as SVG, and the report's stepper part. */
class StepperExportsTest {

    StepperViewModel cautiousRun(int tokens) {
        StepperViewModel vm = new StepperViewModel(DemoProvider.withDemo(), JobRunner.sameThread((h, t) -> {
            throw new AssertionError(h, t);
        }), Runnable::run);
        vm.promptProperty().set(StepperViewModelTest.PROMPT);
        vm.settings().cautiousProperty().set(true);
        vm.settings().maxTokensProperty().set(tokens);
        vm.run();
        return vm;
    }

    @Test
    void traceAsCsvJsonAndTheEntropyChartAsSvg(@TempDir Path dir) throws Exception {
        StepperViewModel vm = cautiousRun(12);
        Path csv = dir.resolve("trace.csv");
        StepperExports.writeTraceCsv(vm, csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("index,id,token,prob,entropy,surprisal,rank,prob_raw,entropy_raw,trials,trial,in_trial", lines.get(0));
        assertEquals(vm.rows().size() + 1, lines.size(), "a header and one line per token");

        Path json = dir.resolve("trace.json");
        StepperExports.writeTraceJson(vm, json);
        Run back = TraceJson.read(new ObjectMapper().readTree(Files.readString(json)));
        assertEquals(TraceJson.write(vm.runProperty().get()), TraceJson.write(back), "the JSON is the whole trace");

        Path svg = dir.resolve("entropy.svg");
        StepperExports.writeEntropySvg(vm, svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml"), text);
        assertTrue(text.contains("H_high = 1.5") && text.contains("H_low = 0.01"), "the thresholds are labelled");
        assertTrue(text.contains(" — entropy (0, "), "points carry their token and values");
    }

    @Test
    void theReportShowsTheRunsChartAndStepsFromTheSectionAlone() throws Exception {
        ReportContributor contributor = ServiceLoader.load(ReportContributor.class).stream().map(ServiceLoader.Provider::get)
                .filter(c -> c.panelId().equals("stepper")).findFirst().orElseThrow(() -> new AssertionError("not registered"));
        ObjectNode project = (ObjectNode) new ObjectMapper().readTree(Files.readString(StepperSampleTest.sample()));
        List<ReportSection> sections = contributor.sections((ObjectNode) project.path("panels").path("stepper"));
        assertEquals(List.of("Decoding run", "Comparison run"), sections.stream().map(ReportSection::title).toList());
        List<ReportBlock> blocks = sections.get(0).blocks();
        ReportBlock.Facts facts = (ReportBlock.Facts) blocks.get(0);
        assertTrue(facts.facts().contains(new ReportBlock.Fact("Seed", "42")));
        assertTrue(facts.facts().stream().anyMatch(f -> f.name().equals("Cautious (CNTP)") && f.value().contains("code formula")));
        assertTrue(((ReportBlock.Text) blocks.get(2)).text().startsWith("Generated: , the arts"));
        ChartData chart = ((ReportBlock.Chart) blocks.get(3)).chart();
        assertEquals(3, ((org.tokenscope.views.export.LineChartData) chart).series().size(), "entropy, surprisal, comparison");
        assertEquals(48, ((ReportBlock.Table) blocks.get(4)).table().rows().size());

        List<ReportSection> empty = contributor.sections(new ObjectMapper().createObjectNode());
        assertEquals(1, empty.size());
        assertFalse(((ReportBlock.Text) empty.get(0).blocks().get(0)).text().isBlank());
    }

    @Test
    void metricsTintWithTheirOwnRanges() {
        StepperViewModel vm = cautiousRun(8);
        List<TokenRow> rows = vm.rows();
        assertEquals(List.of(0.0, 1.0), List.of(TintMetric.PROBABILITY.domain(rows)[0], TintMetric.PROBABILITY.domain(rows)[1]));
        double maxEntropy = rows.stream().mapToDouble(TokenRow::entropy).max().orElseThrow();
        assertEquals(maxEntropy, TintMetric.ENTROPY.domain(rows)[1]);
        assertEquals("100", TintMetric.RANK.format(2.0), "rank tints by log10 and prints the rank");
        TokenRow r = rows.get(0);
        assertEquals(Math.log10(r.rank()), TintMetric.RANK.tint(r));
        assertEquals(r.trials(), TintMetric.TRIALS.tint(r));
        assertTrue(Double.isNaN(TintMetric.TRIALS.tint(new TokenRow(0, 1, "x", 0.5, 1, 1, 1, 0, false, List.of(), null))),
                "no trials: no tint");
        assertEquals(TintMetric.ENTROPY, TintMetric.of("unknown"));
        assertTrue(TokenDetails.of(r).contains("Top alternatives:"));
    }
}
