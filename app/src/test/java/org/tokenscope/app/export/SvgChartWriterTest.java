package org.tokenscope.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.LineChartData;
import org.tokenscope.views.export.SvgChartWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SVG written from chart data: well-formed XML, every data point present with its exact values. */
class SvgChartWriterTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** The hover texts of the elements named {@code tag}. */
    static List<String> titles(Document doc, String tag) {
        List<String> out = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            NodeList t = ((Element) nodes.item(i)).getElementsByTagName("title");
            if (t.getLength() > 0) {
                out.add(t.item(0).getTextContent());
            }
        }
        return out;
    }

    @Test
    void lineChartHasEveryPointTheThresholdsAndBreaksAtNaN() throws Exception {
        Document doc = parse(SvgChartWriter.toSvg(Charts.entropy()));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        List<String> points = titles(doc, "circle");
        assertTrue(points.containsAll(List.of("entropy (0, 0.5)", "entropy (1, 1.25)", "entropy (2, 0.0625)", "entropy (3, 2)",
                "surprisal (0, 1)", "surprisal (2, 0.75)", "surprisal (3, 3.5)")), points.toString());
        assertEquals(7, points.size(), "the NaN point is left out");
        assertEquals(2, doc.getElementsByTagName("polyline").getLength(), "entropy, and surprisal's run after the gap");
        String svg = SvgChartWriter.toSvg(Charts.entropy());
        assertTrue(svg.contains("H_high = 1.5") && svg.contains("stroke-dasharray"), "threshold lines are drawn dashed");
    }

    @Test
    void barChartEscapesLabelsAndDrawsErrorBars() throws Exception {
        String svg = SvgChartWriter.toSvg(Charts.shapley());
        assertFalse(svg.contains("<b>"), "labels are text, never markup");
        Document doc = parse(svg);
        List<String> bars = titles(doc, "rect");
        assertTrue(bars.contains("<b>Woodhouse</b> — φ: -0.25 ± 0.05"), bars.toString());
        assertTrue(bars.contains("rich & clever — φ: 1 ± 0.2"), bars.toString());
    }

    @Test
    void heatmapHasACellPerValueAndGreyForMissing() throws Exception {
        Document doc = parse(SvgChartWriter.toSvg(Charts.premiums()));
        List<String> cells = titles(doc, "rect");
        assertEquals(6, cells.size());
        assertTrue(cells.contains("tur × cl100k: 1.91"), cells.toString());
        assertTrue(cells.contains("hin × cl100k: no value"), cells.toString());
    }

    @Test
    void scatterWritesPointLabels() throws Exception {
        String svg = SvgChartWriter.toSvg(Charts.tokenNoise());
        Document doc = parse(svg);
        assertTrue(titles(doc, "circle").contains("Darcy — players (4, 0.1)"));
        assertTrue(svg.contains(">Darcy</text>"), svg);
    }

    @Test
    void emptyChartsStillParse() throws Exception {
        LineChartData empty = new LineChartData("Nothing yet", "x", "y", List.of(new ChartData.Series("s", List.of())));
        assertTrue(SvgChartWriter.toSvg(empty).contains("No data"));
        parse(SvgChartWriter.toSvg(empty));
    }
}
