package org.tokenscope.views.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.premium.Normalization;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportSection;

/** The project section: settings and results round trip, unknown fields survive, reports read it alone. */
class PremiumSectionTest {
    @TempDir
    Path dir;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void settingsAndResultsRoundTripThroughJsonText() throws Exception {
        PremiumFixtures f = new PremiumFixtures();
        f.vm.setup().normalizationProperty().set(Normalization.NFC);
        PremiumResult r = f.compute(dir, PremiumFixtures.ALIGNED, false, "bytes", "codepoints");
        f.vm.table().metricProperty().set(PremiumMetric.BYTES_PER_TOKEN);
        f.vm.table().sortKeys().setAll(new SortKey("tok:bytes", false));
        f.vm.charts().tokenizerProperty().set("codepoints");
        ObjectNode base = JSON.createObjectNode().put("from_a_newer_version", 7);
        ObjectNode saved = new PremiumSection().write(f.vm, base);
        assertEquals(7, saved.get("from_a_newer_version").asInt(), "unknown fields are kept");
        assertEquals("nfc", saved.get("normalize").asText());
        assertEquals(List.of("bytes", "codepoints"), JSON.convertValue(saved.get("tokenizers"), List.class));
        assertTrue(saved.at("/result/convention_description").asText().contains("NFC-normalised text"));

        ObjectNode reread = (ObjectNode) JSON.readTree(JSON.writeValueAsString(saved));
        PremiumFixtures other = new PremiumFixtures();
        long revision = other.vm.revisionProperty().get();
        assertNull(new PremiumSection().read(other.vm, reread));
        assertEquals(revision, other.vm.revisionProperty().get(), "restoring is not a user change");
        PremiumResult back = other.vm.resultProperty().get();
        assertEquals(r.rows(), back.rows());
        assertEquals(r.languages(), back.languages());
        assertEquals(r.conventionLine(), back.conventionLine());
        assertEquals(CorpusSpec.Kind.FILE, other.vm.setup().corpusProperty().get().kind());
        assertEquals(Normalization.NFC, other.vm.setup().normalizationProperty().get());
        assertEquals(PremiumMetric.BYTES_PER_TOKEN, other.vm.table().metricProperty().get());
        assertEquals(List.of(new SortKey("tok:bytes", false)), other.vm.table().sortKeys());
        assertEquals("codepoints", other.vm.charts().tokenizerProperty().get());
        assertFalse(other.vm.staleProperty().get());
        assertEquals(JSON.writeValueAsString(reread), JSON.writeValueAsString(new PremiumSection().write(other.vm, reread)),
                "writing what was read changes nothing");
    }

    @Test
    void aMalformedResultIsDroppedButTheSettingsOpen() throws Exception {
        ObjectNode section = (ObjectNode) JSON.readTree(
                "{\"corpus\": \"udhr\", \"tokenizers\": [\"o200k\"], \"reference\": \"deu_Latn\", \"result\": {\"rows\": 3}}");
        PremiumFixtures f = new PremiumFixtures();
        String problem = new PremiumSection().read(f.vm, section);
        assertTrue(problem.startsWith("the saved premium result could not be read"), problem);
        assertEquals(problem, f.vm.problemProperty().get());
        assertEquals("deu_Latn", f.vm.setup().referenceProperty().get());
        assertEquals(List.of("o200k"), f.vm.setup().tokenizers().stream().map(TokenizerSpec::key).toList());
        assertNull(f.vm.resultProperty().get());
    }

    @Test
    void theReportShowsHowItWasCountedTheChartsAndTheTable() throws Exception {
        PremiumFixtures f = new PremiumFixtures();
        f.compute(dir, PremiumFixtures.ALIGNED, false, "bytes", "codepoints");
        ObjectNode saved = new PremiumSection().write(f.vm, null);
        List<ReportSection> sections = new PremiumReportContributor().sections(saved);
        assertEquals(List.of("Token premiums: how they were counted", "Token premium by language", "Table"),
                sections.stream().map(ReportSection::title).toList());
        String text = sections.get(0).blocks().stream().filter(b -> b instanceof ReportBlock.Text)
                .map(b -> ((ReportBlock.Text) b).text()).findFirst().orElseThrow();
        assertTrue(text.contains("no special tokens"), text);
        assertEquals(3, sections.get(1).blocks().size(), "bars, grouped bars and heatmap");
        ReportBlock.Table table = (ReportBlock.Table) sections.get(2).blocks().get(0);
        assertEquals("eng_Latn", table.table().rows().get(0).get(0), "the reference leads");
        assertTrue(table.table().columns().contains("convention"));

        List<ReportSection> none = new PremiumReportContributor().sections(JSON.createObjectNode().put("corpus", "udhr"));
        assertEquals(1, none.size());
    }
}
