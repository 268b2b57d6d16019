package org.tokenscope.views.shapley;

import org.tokenscope.views.testing.DemoProvider;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.attribution.Granularity;
import org.tokenscope.host.attribution.MaskingKind;
import org.tokenscope.host.attribution.Span;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportSection;
import org.tokenscope.views.jobs.JobRunner;

/** The project section: settings and runs round-trip through JSON text; unknown fields survive; the report reads it. */
class ShapleySectionTest {

    private static ShapleyViewModel vm() {
        return new ShapleyViewModel(DemoProvider.withDemo(), JobRunner.sameThread((h, t) -> {
            throw new AssertionError(h, t);
        }), Runnable::run);
    }

    @Test
    void settingsAndRunsReopenAsTheyWere() throws Exception {
        ShapleyViewModel a = vm();
        a.settings().promptProperty().set(ShapleyViewModelTest.PROMPT);
        a.settings().granularityProperty().set(Granularity.SPANS);
        a.settings().spans().setAll(new Span(0, 15), new Span(16, 25), new Span(26, 33));
        a.settings().pins().setAll(new Span(34, 37));
        a.settings().targetProperty().set(" rich");
        a.run();
        a.settings().maskingProperty().set(MaskingKind.BASELINE);
        a.settings().optionsProperty().set(" rich| poor"); // kept although the question is the target
        a.run();
        ObjectNode previous = (ObjectNode) new ObjectMapper().readTree("{\"colour\": \"blue\"}");
        ObjectNode written = ShapleySection.write(a, previous);
        ObjectNode reread = (ObjectNode) new ObjectMapper().readTree(written.toString());
        assertEquals("blue", reread.get("colour").asText());

        ShapleyViewModel b = vm();
        int revision = b.revisionProperty().get();
        ShapleySection.read(reread, List.of("other", ShapleyViewModelTest.PROMPT), b);
        assertEquals(revision, b.revisionProperty().get(), "loading is not a change");
        assertEquals(2, b.runs().size());
        for (int i = 0; i < 2; i++) {
            ShapleyRun x = a.runs().get(i);
            ShapleyRun y = b.runs().get(i);
            assertArrayEquals(x.result().phi(), y.result().phi(), 0);
            assertArrayEquals(x.surprisals(), y.surprisals(), 0);
            assertEquals(x.result().settings(), y.result().settings());
            assertEquals(x.efficiencyLine(), y.efficiencyLine());
            assertEquals(x.how(), y.how());
            assertEquals(x.players().get(1).text(), y.players().get(1).text());
        }
        assertEquals(b.runs().get(1), b.shownProperty().get());
        assertEquals(b.runs().get(0), b.comparedProperty().get());
        assertEquals(a.settings().toEngine(), b.settings().toEngine());
        assertEquals(" rich| poor", b.settings().optionsProperty().get());
        ObjectNode again = ShapleySection.write(b, reread);
        assertEquals(1, again.get("prompt_index").asInt(), "the prompt is the reading project's second");
        again.remove("prompt_index");
        assertEquals(written, again, "what was read writes back the same");
    }

    @Test
    void theReportHasSettingsBarsAndTheTablePerRun() throws Exception {
        ShapleyViewModel a = vm();
        a.settings().promptProperty().set(ShapleyViewModelTest.PROMPT);
        a.settings().targetProperty().set(" rich");
        a.run();
        List<ReportSection> report = new ShapleyReportContributor().sections(ShapleySection.write(a, null));
        assertEquals(1, report.size());
        List<ReportBlock> blocks = report.get(0).blocks();
        assertTrue(blocks.stream().anyMatch(b -> b instanceof ReportBlock.Facts f
                && f.facts().stream().anyMatch(x -> x.name().equals("Masking") && x.value().equals("remove"))));
        assertEquals(2, blocks.stream().filter(b -> b instanceof ReportBlock.Chart).count(), "bars and token noise");
        ReportBlock.Table table = (ReportBlock.Table) blocks.stream().filter(b -> b instanceof ReportBlock.Table).findFirst().orElseThrow();
        assertEquals(5, table.table().rows().size());
        assertTrue(new ShapleyReportContributor().sections(new ObjectMapper().createObjectNode()).get(0).blocks().get(0)
                instanceof ReportBlock.Text, "an empty section says how to make a run");
    }
}
