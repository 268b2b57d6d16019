package org.tokenscope.views.premium;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.ReportBlock;
import org.tokenscope.views.export.ReportContributor;
import org.tokenscope.views.export.ReportSection;

/**
 * The premium panel's part of a report, from the saved section alone: how the numbers were counted, the
 * sorted premium bars, the tokenizer comparison and heatmap (the {@value PremiumCharts#SUBSET_SIZE} languages
 * of highest premium, so labels stay readable on a page), the model's scores, and the full table.
 */
public final class PremiumReportContributor implements ReportContributor {

    @Override
    public String panelId() {
        return "premium";
    }

    @Override
    public List<ReportSection> sections(ObjectNode section) {
        PremiumResult r = PremiumSection.result(section);
        if (r == null) {
            return List.of(new ReportSection("Token premiums", List.of(new ReportBlock.Text(
                    "No computed result is saved in this project: open the Premium panel and press Compute."))));
        }
        String tokenizer = section.path("chart").path("tokenizer").asText(r.tokenizers().get(0));
        if (!r.tokenizers().contains(tokenizer)) {
            tokenizer = r.tokenizers().get(0);
        }
        PremiumMetric metric = PremiumMetric.of(section.path("table").path("metric").asText("premium"));
        List<ReportSection> out = new ArrayList<>();
        out.add(new ReportSection("Token premiums: how they were counted", List.of(facts(r), new ReportBlock.Text(
                "Token premium = tokens of a language / tokens of the reference for the same content under the same "
                        + "tokenizer (Petrov et al., 2023); 1 is parity. " + r.conventionLine() + "."))));
        List<ReportBlock> charts = new ArrayList<>();
        charts.add(chart(PremiumCharts.bars(r, metric, tokenizer, PremiumCharts.Subset.HIGHEST)));
        if (r.tokenizers().size() > 1) {
            charts.add(chart(PremiumCharts.grouped(r, metric, tokenizer, PremiumCharts.Subset.HIGHEST)));
            charts.add(chart(PremiumCharts.heatmap(r, metric, tokenizer, PremiumCharts.Subset.HIGHEST)));
        }
        out.add(new ReportSection(metric.label() + " by language", charts));
        if (r.model() != null) {
            out.add(new ReportSection("Linked to the model", List.of(new ReportBlock.Text(r.model().description() + "."),
                    chart(PremiumCharts.model(r, tokenizer, false)), chart(PremiumCharts.model(r, tokenizer, true)))));
        }
        LanguageTableModel table = new LanguageTableModel();
        table.metricProperty().set(metric);
        table.resultProperty().set(r);
        out.add(new ReportSection("Table", List.of(new ReportBlock.Table(PremiumTables.shown(r, metric, table.languageRows())))));
        return out;
    }

    private static ReportBlock facts(PremiumResult r) {
        PremiumResult.Counting c = r.counting();
        List<ReportBlock.Fact> facts = new ArrayList<>(List.of(
                new ReportBlock.Fact("Corpus", c.corpus().label() + " (" + c.corpus().spec() + "), " + r.languages().size()
                        + " languages"),
                new ReportBlock.Fact("Tokenizers", String.join(", ", r.tokenizers())),
                new ReportBlock.Fact("Reference", r.language(c.reference()).label()),
                new ReportBlock.Fact("Convention", c.convention().key() + ": " + c.convention().description()),
                new ReportBlock.Fact("Normalisation", c.normalization().key()),
                new ReportBlock.Fact("Whole-document mode", c.wholeDocument() ? "yes" : "no")));
        c.lexicons().forEach((language, name) -> facts.add(new ReportBlock.Fact("Lexicon " + language, name)));
        return new ReportBlock.Facts(facts);
    }

    private static ReportBlock chart(ChartData data) {
        return new ReportBlock.Chart(data);
    }
}
