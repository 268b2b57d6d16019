package org.tokenscope.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.tokenscope.views.export.Markup;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportSection;
import org.tokenscope.views.export.SvgChartWriter;
import org.tokenscope.views.export.TableData;

/**
 * A report as one self-contained HTML file: inline CSS, charts as inline SVG, no scripts and nothing fetched.
 * Every piece of user or project text goes through {@link Markup#escape}; a content security policy that
 * forbids scripts is the second line of defence should an escape ever be missed.
 */
public final class HtmlReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String CSS = """
            body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222;line-height:1.45}
            h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.8em}
            h3{font-size:1.05em;margin-top:1.4em}table{border-collapse:collapse;margin:.6em 0}
            th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}th{background:#f2f2f2}
            table.facts th{white-space:nowrap}pre{background:#f7f7f7;border:1px solid #e2e2e2;padding:.6em;overflow-x:auto;white-space:pre-wrap}
            ol.prompts li{margin:.4em 0}ol.prompts pre{margin:0}figure{margin:1em 0}svg{max-width:100%;height:auto}
            .notes{background:#fffbe6;border-left:4px solid #e6b800;padding:.5em 1em}
            """;

    private HtmlReportWriter() {
    }

    public static String toHtml(Report report) {
        StringBuilder h = new StringBuilder(16384);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"generator\" content=\"Tokenscope ").append(esc(report.provenance().appVersion())).append("\">\n")
                .append("<title>").append(esc(report.title())).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(report.title())).append("</h1>\n");
        report.notes().ifPresent(n -> h.append("<div class=\"notes\">").append(paragraphs(n)).append("</div>\n"));

        h.append("<section id=\"provenance\">\n<h2>Provenance</h2>\n");
        facts(h, report.provenance().facts());
        h.append("</section>\n<section id=\"prompts\">\n<h2>Prompts</h2>\n");
        if (report.prompts().isEmpty()) {
            h.append("<p>The project has no prompts.</p>\n");
        } else {
            h.append("<ol class=\"prompts\">\n");
            report.prompts().forEach(p -> h.append("<li><pre>").append(esc(p)).append("</pre></li>\n"));
            h.append("</ol>\n");
        }
        h.append("</section>\n");
        for (Report.PanelPart part : report.panels()) {
            h.append("<section id=\"panel-").append(esc(part.id())).append("\">\n<h2>").append(esc(part.title())).append("</h2>\n");
            for (ReportSection s : part.sections()) {
                section(h, s);
            }
            h.append("</section>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }

    /** One section: its heading and blocks. Also used to check that a contributor's section renders at all. */
    static void section(StringBuilder h, ReportSection s) {
        h.append("<h3>").append(esc(s.title())).append("</h3>\n");
        s.blocks().forEach(b -> block(h, b));
    }

    private static void block(StringBuilder h, ReportBlock b) {
        if (b instanceof ReportBlock.Text t) {
            h.append(paragraphs(t.text()));
        } else if (b instanceof ReportBlock.Facts f) {
            facts(h, f.facts());
        } else if (b instanceof ReportBlock.Json j) {
            h.append("<p>").append(esc(j.caption())).append("</p>\n<pre>").append(esc(json(j))).append("</pre>\n");
        } else if (b instanceof ReportBlock.Chart c) {
            // The SVG writer escapes its own text, so its output is safe to inline as markup.
            h.append("<figure>\n").append(SvgChartWriter.toSvg(c.chart())).append("</figure>\n");
        } else if (b instanceof ReportBlock.Table t) {
            table(h, t.table());
        }
    }

    private static void facts(StringBuilder h, List<ReportBlock.Fact> facts) {
        h.append("<table class=\"facts\">\n");
        for (ReportBlock.Fact f : facts) {
            h.append("<tr><th>").append(esc(f.name())).append("</th><td>").append(esc(f.value())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void table(StringBuilder h, TableData t) {
        h.append("<table>\n");
        if (t.title() != null) {
            h.append("<caption>").append(esc(t.title())).append("</caption>\n");
        }
        h.append("<tr>");
        t.columns().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr>\n");
        for (List<Object> row : t.rows()) {
            h.append("<tr>");
            row.forEach(cell -> h.append("<td>").append(esc(TableData.text(cell))).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    /** Blank lines separate paragraphs; single newlines stay line breaks. */
    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String para : text.strip().split("\\n\\s*\\n")) {
            out.append("<p>").append(esc(para.strip()).replace("\n", "<br>\n")).append("</p>\n");
        }
        return out.toString();
    }

    private static String json(ReportBlock.Json j) {
        try {
            return JSON.writeValueAsString(j.json());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String esc(String s) {
        return Markup.escape(s);
    }
}
