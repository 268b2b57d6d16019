package org.tokenscope.views.counterfactual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportContributor;
import org.tokenscope.views.export.ReportSection;

/** The report part comes from the section alone; the sample project gives a full one. */
class CounterfactualReportTest {

    static ObjectNode sampleSection() throws Exception {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path f = d.resolve("samples/projects/counterfactual-what-if.tokenscope.json");
            if (Files.isRegularFile(f)) {
                return (ObjectNode) new ObjectMapper().readTree(f.toFile()).path("panels").path("counterfactual");
            }
        }
        throw new AssertionError("the sample is missing");
    }

    @Test
    void registeredForTheCounterfactualPanel() {
        assertTrue(ServiceLoader.load(ReportContributor.class).stream()
                .anyMatch(p -> p.type() == CounterfactualReport.class), "listed in META-INF/services");
        assertEquals("counterfactual", new CounterfactualReport().panelId());
    }

    @Test
    void theSampleReportsItsRunBranchesAndSweep() throws Exception {
        List<ReportSection> sections = new CounterfactualReport().sections(sampleSection());
        List<String> titles = sections.stream().map(ReportSection::title).toList();
        assertEquals("Factual run", titles.get(0));
        assertEquals("Branches", titles.get(1));
        assertTrue(titles.contains("Branch 1: pos 0: ␣Tilney → ␣Dashwood"), titles.toString());
        assertEquals("Sweep", titles.get(titles.size() - 1));
        assertTrue(sections.get(1).blocks().stream().anyMatch(b -> b instanceof ReportBlock.Chart), "the KL chart");
    }

    @Test
    void anEmptySectionSaysThereIsNothingYet() {
        List<ReportSection> sections = new CounterfactualReport().sections(new ObjectMapper().createObjectNode());
        assertEquals(1, sections.size());
        assertTrue(sections.get(0).blocks().stream().anyMatch(b -> b instanceof ReportBlock.Text t
                && t.text().equals("No factual run has been generated yet.")));
    }
}
