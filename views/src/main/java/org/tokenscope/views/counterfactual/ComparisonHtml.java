package org.tokenscope.views.counterfactual;

import java.util.List;
import org.tokenscope.views.export.Markup;

/**
 * The aligned comparison as a self-contained HTML page: one table row per continuation, one column per
 * generated position, cells coloured as on screen, every token escaped. Opens in any browser, no scripts.
 */
public final class ComparisonHtml {
    private static final String STYLE = "body{font-family:sans-serif;margin:1.5em;color:#222}"
            + "table{border-collapse:separate;border-spacing:2px}th{font-weight:normal;color:#777;font-size:11px}"
            + "td{font-family:monospace;white-space:pre;padding:1px 4px;border-radius:3px;background:#f1f1f1}"
            + "td.name{font-family:sans-serif;background:none;font-weight:bold;text-align:right}"
            + ".same{background:#f1f1f1}.shifted{background:#d6ebff}.changed{background:#ffd9b3}.forced{background:#ffe680;"
            + "outline:1px solid #b38f00}.prefix{color:#999}.wrap{overflow-x:auto}.legend span{padding:1px 6px;margin-right:8px;"
            + "border-radius:3px}dl{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{color:#666}";

    private ComparisonHtml() {
    }

    public static String page(Comparison c, ModelFacts facts, String label) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(Markup.escape("Counterfactual: " + label)).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(Markup.escape(label)).append("</h1>\n<dl>");
        fact(b, "first divergence", c.result().firstDivergence() == null ? "none" : "position " + c.result().firstDivergence());
        fact(b, "edit distance to the factual run", "counterfactual " + c.result().editDistanceCf() + " tokens, interventional "
                + c.result().editDistanceInt() + " tokens");
        b.append("</dl>\n<p class=\"legend\"><span class=\"forced\">forced</span><span class=\"same\">same as factual</span>"
                + "<span class=\"shifted\">kept, shifted</span><span class=\"changed\">changed</span></p>\n<div class=\"wrap\"><table>\n<tr><th></th>");
        int n = Math.max(c.result().factual().steps().size(), Math.max(c.result().counterfactual().steps().size(),
                c.result().interventional().steps().size()));
        for (int i = 0; i < n; i++) {
            b.append("<th>").append(i).append("</th>");
        }
        b.append("</tr>\n");
        int[] f = c.result().factual().generatedIds();
        row(b, "factual", f, null, facts, c);
        row(b, "counterfactual", c.result().counterfactual().generatedIds(), c.counterfactualMarks(), facts, c);
        row(b, "interventional", c.result().interventional().generatedIds(), c.interventionalMarks(), facts, c);
        b.append("</table></div>\n<h2>As text</h2>\n<dl>");
        fact(b, "factual", c.factualText());
        fact(b, "counterfactual", c.counterfactualText());
        fact(b, "interventional", c.interventionalText());
        return b.append("</dl>\n</body></html>\n").toString();
    }

    private static void fact(StringBuilder b, String name, String value) {
        b.append("<dt>").append(Markup.escape(name)).append("</dt><dd>").append(Markup.escape(value)).append("</dd>");
    }

    private static void row(StringBuilder b, String name, int[] ids, List<TokenDiff.Mark> marks, ModelFacts facts, Comparison c) {
        b.append("<tr><td class=\"name\">").append(name).append("</td>");
        int from = c.intervention().inPrompt() ? 0 : c.intervention().position();
        for (int i = 0; i < ids.length; i++) {
            String cls = marks == null ? (i < from ? "prefix" : "same") : marks.get(i).name().toLowerCase(java.util.Locale.ROOT);
            if (marks != null && i < from && marks.get(i) == TokenDiff.Mark.SAME) {
                cls = "prefix";
            }
            b.append("<td class=\"").append(cls).append("\" title=\"id ").append(ids[i]).append("\">")
                    .append(Markup.escape(facts.token(ids[i]))).append("</td>");
        }
        b.append("</tr>\n");
    }
}
