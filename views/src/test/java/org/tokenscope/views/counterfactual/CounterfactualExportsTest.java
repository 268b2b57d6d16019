package org.tokenscope.views.counterfactual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.decode.CounterfactualResult;
import org.tokenscope.host.decode.Intervention;
import org.tokenscope.host.decode.SamplerSettings;
import org.tokenscope.host.decode.Step;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.views.export.CsvWriter;
import org.tokenscope.views.export.LineChartData;

/** The exports as data: HTML escapes every token, the sweep's CSV quotes what it must, the tree's JSON reads back. */
class CounterfactualExportsTest {
    static final ModelFacts FACTS = new ModelFacts("m", "ab", List.of("<b>", "&", "\"q\"", "x", "y"));

    static Trace trace(int... ids) {
        List<Step> steps = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            steps.add(new Step(i, ids[i], 0, List.of(), null, false));
        }
        return new Trace(SamplerSettings.DEFAULT, null, ids.length, true, new int[] {4}, steps, Trace.LENGTH);
    }

    static Comparison comparison() {
        CounterfactualResult r = new CounterfactualResult(Intervention.generated(1, 2), trace(3, 0, 1), trace(3, 2, 1),
                trace(3, 2, 4), 1, 1, 2, 2, new double[] {0.5});
        return Comparison.of(0, r, "p", "x<b>&", "x\"q\"&", "x\"q\"y");
    }

    @Test
    void theComparisonPageEscapesTokensAndTexts() {
        String html = ComparisonHtml.page(comparison(), FACTS, "pos 1: <b> → \"q\"");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<td class=\"same\" title=\"id 0\">&lt;b&gt;</td>"), html);
        assertTrue(html.contains("<td class=\"forced\" title=\"id 2\">&quot;q&quot;</td>"), html);
        assertTrue(html.contains("<td class=\"changed\" title=\"id 4\">y</td>"), html);
        assertTrue(html.contains("<dd>x&lt;b&gt;&amp;</dd>"));
        assertFalse(html.contains("<b>"), "no raw markup from tokens");
    }

    @Test
    void sweepCsvAndKlChart() {
        SweepResult s = new SweepResult(null, 1, 2, List.of(new SweepResult.Row(2, "a,\"b\"", 0.25, 2, 1, 3, "line\nbreak"),
                new SweepResult.Row(4, "y", 0.125, 3, null, 0, "same")));
        String csv = CsvWriter.toCsv(CounterfactualExports.sweepTable(s));
        assertEquals("rank_raw,id,token,prob_raw,first_divergence,edit_distance,text\r\n2,2,\"a,\"\"b\"\"\",0.25,1,3,\"line\nbreak\"\r\n"
                + "3,4,y,0.125,,0,same\r\n", csv);
        LineChartData kl = CounterfactualExports.klChart(List.of("b"), List.of(5), List.of(new double[] {0.5, Double.POSITIVE_INFINITY, 1}));
        assertEquals(List.of(5.0, 7.0), kl.series().get(0).points().stream().map(p -> p.x()).toList(), "∞ is left out");
    }

    @Test
    void theTreeJsonIsTheSectionWithoutTheSweep() throws Exception {
        var json = new ObjectMapper().readTree(CounterfactualExports.treeJson(null, SectionCodecTest.tree(), "ab"));
        assertEquals(2, json.path("branches").size());
        assertEquals("ab", json.path("model_sha256").asText());
        assertFalse(json.has("sweep"));
        assertEquals(2, SectionCodec.read(json, List.of()).branches().size());
    }
}
