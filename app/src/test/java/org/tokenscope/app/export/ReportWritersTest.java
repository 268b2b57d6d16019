package org.tokenscope.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.app.project.ModelReference;
import org.tokenscope.app.project.Project;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportContributor;
import org.tokenscope.views.export.ReportSection;
import org.tokenscope.views.shell.WorkbenchPanel;

/** HTML and PDF reports: provenance, prompts, contributed charts and tables, settings; user text escaped. */
class ReportWritersTest {
    static final String XSS = "<script>alert(1)</script>";
    static final String SHA = "0123456789abcdef".repeat(4);

    /** What a panel would register: a chart and a table built from its saved section. */
    static final class ShapleyContributor implements ReportContributor {
        @Override
        public String panelId() {
            return "shapley";
        }

        @Override
        public List<ReportSection> sections(ObjectNode section) {
            return List.of(new ReportSection("Attribution of \"" + section.get("target").asText() + "\"",
                    List.of(new ReportBlock.Chart(Charts.shapley()), new ReportBlock.Table(Charts.awkwardTable()))));
        }
    }

    static Report report(String... prompts) {
        ObjectNode shapley = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("target", " rich</td>").put("seed", 11);
        ObjectNode stepper = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        stepper.putObject("sampler").put("seed", 42).put("temperature", 0.7);
        Project p = Project.empty().withPrompts(List.of(prompts)).withNotes("Look at <this> & that.")
                .withModel(ModelReference.file("/models/austen/model.onnx", SHA, "Austen"))
                .withSection("shapley", shapley).withSection("stepper", stepper);
        return new ReportBuilder(new ReportContributors(List.of(new ShapleyContributor())), "1.2.3")
                .build("Report of <b>mine</b>", p, List.of(WorkbenchPanel.STEPPER, WorkbenchPanel.SHAPLEY),
                        Instant.parse("2025-01-02T03:04:05Z"));
    }

    @Test
    void htmlEscapesEveryUserTextIncludingAScriptPrompt() {
        String html = HtmlReportWriter.toHtml(report(XSS, "plain prompt"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the prompt is shown, escaped");
        assertFalse(html.contains(XSS), "never as markup");
        assertFalse(html.toLowerCase().contains("<script"), "no script element anywhere");
        assertTrue(html.contains("<title>Report of &lt;b&gt;mine&lt;/b&gt;</title>"));
        assertTrue(html.contains("Look at &lt;this&gt; &amp; that."));
        assertTrue(html.contains("&quot;target&quot; : &quot; rich&lt;/td&gt;&quot;"), "saved settings JSON is escaped too");
        assertTrue(html.contains("Content-Security-Policy"));
    }

    @Test
    void htmlCarriesProvenanceChartsAndTablesInline() {
        String html = HtmlReportWriter.toHtml(report("Elizabeth"));
        for (String expected : List.of("Tokenscope version</th><td>1.2.3", "Model SHA-256</th><td>" + SHA,
                "/models/austen/model.onnx", "2025-01-02T03:04:05Z", "Seed: stepper sampler.seed</th><td>42",
                "Seed: shapley seed</th><td>11", "<svg xmlns=\"http://www.w3.org/2000/svg\"", "<th>phi</th>",
                "<td>Wood, &quot;house&quot;</td>", "id=\"panel-stepper\"", "id=\"panel-shapley\"")) {
            assertTrue(html.contains(expected), () -> "missing " + expected);
        }
        assertTrue(html.indexOf("panel-stepper") < html.indexOf("panel-shapley"), "workbench order");
        assertFalse(html.contains("src=\"http") || html.contains("href=\"http"), "self-contained: nothing fetched");
    }

    @Test
    void pdfIsAPdfWithTheTexts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.pdf");
        ReportFiles.write(report("Emma Woodhouse, handsome, clever, and rich", "Ωμέγα"), file);
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        try (PdfReader reader = new PdfReader(bytes)) {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            String all = text.toString();
            for (String expected : List.of("Provenance", "Emma Woodhouse, handsome, clever, and rich", SHA, "Shapley values",
                    "Ωμέγα")) {
                assertTrue(all.contains(expected), () -> "missing " + expected + " in:\n" + all);
            }
        }
    }

    @Test
    void theFormatFollowsTheExtension(@TempDir Path dir) throws IOException {
        ReportFiles.write(report("x"), dir.resolve("r.HTML"));
        assertTrue(Files.readString(dir.resolve("r.HTML")).startsWith("<!DOCTYPE html>"));
        List<Path> both = ReportExport.write(Project.empty().withPrompts(List.of("p")), "T", List.of(WorkbenchPanel.SAE),
                true, true, dir.resolve("both.html"));
        assertEquals(List.of(dir.resolve("both.html"), dir.resolve("both.pdf")), both);
        assertTrue(Files.readString(dir.resolve("both.html")).contains("The project holds nothing for this panel yet."));
    }

    @Test
    void aFailingContributorCostsOnlyItsOwnSection() {
        ReportContributor broken = new ReportContributor() {
            @Override
            public String panelId() {
                return "shapley";
            }

            @Override
            public List<ReportSection> sections(ObjectNode section) {
                throw new IllegalStateException("bug in a panel");
            }
        };
        Project p = Project.empty().withSection("shapley", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        Report r = new ReportBuilder(new ReportContributors(List.of(broken)), "v").build("t", p, List.of(WorkbenchPanel.SHAPLEY), Instant.EPOCH);
        String html = HtmlReportWriter.toHtml(r);
        assertTrue(html.contains("Shapley section not included: bug in a panel"), html);
        assertFalse(html.contains("IllegalStateException"), "no exception class names in the report");
        assertEquals(1, r.omitted().size());
        assertEquals("Shapley section not included: bug in a panel", r.omitted().get(0).message());
        assertTrue(html.contains("Saved settings"));
    }
}
