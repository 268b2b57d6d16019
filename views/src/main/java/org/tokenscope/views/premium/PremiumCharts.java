package org.tokenscope.views.premium;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tokenscope.host.tokenize.TokenizerCatalog;
import org.tokenscope.views.export.BarChartData;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.ColorScale;
import org.tokenscope.views.export.HeatmapData;
import org.tokenscope.views.export.ScatterChartData;

/**
 * The panel's charts as plain {@link ChartData}, drawn on screen by {@code ChartDataView} and written as SVG and
 * into reports from the same description. Every chart names its counting convention in the x-axis title, so
 * an exported image is never separated from how it was counted.
 */
public final class PremiumCharts {
    /** How many languages "highest" and "lowest" show: what fits a report page with readable labels. */
    public static final int SUBSET_SIZE = 40;

    /** Which languages a chart shows, ranked by the chosen tokenizer's value. */
    public enum Subset { ALL, HIGHEST, LOWEST }

    private PremiumCharts() {
    }

    /**
     * Languages for a chart: ranked by {@code metric} under {@code tokenizer} (highest first, missing values
     * last), cut to the subset; the reference is kept in a cut so the parity bar stays in view.
     */
    public static List<LanguageInfo> ranked(PremiumResult r, PremiumMetric metric, String tokenizer, Subset subset) {
        Comparator<LanguageInfo> byValue = Comparator.comparingDouble(l -> {
            double v = r.value(metric, l.code(), tokenizer);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        });
        List<LanguageInfo> all = new ArrayList<>(r.languages());
        all.sort(byValue.reversed());
        if (subset == Subset.ALL || all.size() <= SUBSET_SIZE) {
            return all;
        }
        List<LanguageInfo> cut = new ArrayList<>(subset == Subset.HIGHEST ? all.subList(0, SUBSET_SIZE)
                : all.subList(all.size() - SUBSET_SIZE, all.size()));
        LanguageInfo reference = r.language(r.counting().reference());
        if (cut.stream().noneMatch(l -> l.code().equals(reference.code()))) {
            cut.add(subset == Subset.HIGHEST ? cut.size() : 0, reference);
            cut.sort(byValue.reversed());
        }
        return cut;
    }

    /** Sorted bars of one tokenizer, with the parity line for premiums. */
    public static BarChartData bars(PremiumResult r, PremiumMetric metric, String tokenizer, Subset subset) {
        List<LanguageInfo> languages = ranked(r, metric, tokenizer, subset);
        List<Double> values = languages.stream().map(l -> r.value(metric, l.code(), tokenizer)).toList();
        return new BarChartData(metric.label() + " — " + tokenizer + subtitle(r, languages.size()),
                xTitle(r), yTitle(metric), names(languages),
                List.of(new BarChartData.BarSeries(tokenizer, values)), parity(metric));
    }

    /** One group of bars per language, one bar per tokenizer, languages ranked by {@code tokenizer}. */
    public static BarChartData grouped(PremiumResult r, PremiumMetric metric, String tokenizer, Subset subset) {
        List<LanguageInfo> languages = ranked(r, metric, tokenizer, subset);
        List<BarChartData.BarSeries> series = new ArrayList<>();
        for (String t : r.tokenizers()) {
            series.add(new BarChartData.BarSeries(t, languages.stream().map(l -> r.value(metric, l.code(), t)).toList()));
        }
        return new BarChartData(metric.label() + " by tokenizer" + subtitle(r, languages.size()), xTitle(r), yTitle(metric),
                names(languages), series, parity(metric));
    }

    /**
     * Tokenizers (rows) × languages (columns, ranked by {@code tokenizer}) on viridis, a colour-blind-safe
     * sequential scale. Languages run along x as in the bar charts, so forty of them fit a screen with the
     * tokenizer names and the colour bar in view.
     */
    public static HeatmapData heatmap(PremiumResult r, PremiumMetric metric, String tokenizer, Subset subset) {
        List<LanguageInfo> languages = ranked(r, metric, tokenizer, subset);
        List<List<Double>> values = new ArrayList<>();
        for (String t : r.tokenizers()) {
            values.add(languages.stream().map(l -> r.value(metric, l.code(), t)).toList());
        }
        return new HeatmapData(metric.label() + subtitle(r, languages.size()), xTitle(r), "tokenizer", names(languages),
                r.tokenizers(), values, ColorScale.SEQUENTIAL, metric.label());
    }

    /**
     * The hosted model's bits per byte ({@code entropy} false) or mean entropy against the premium under its own
     * tokenizer (or {@code tokenizer} when the model's was not compared); null without model scores.
     */
    public static ScatterChartData model(PremiumResult r, String tokenizer, boolean entropy) {
        if (r.model() == null) {
            return null;
        }
        String t = r.tokenizers().contains(TokenizerCatalog.MODEL) ? TokenizerCatalog.MODEL : tokenizer;
        List<ChartData.Point> points = new ArrayList<>();
        for (LanguageInfo l : r.languages()) {
            ModelScores.Language m = r.model().of(l.code());
            double x = r.value(PremiumMetric.PREMIUM, l.code(), t);
            double y = m == null ? Double.NaN : entropy ? m.meanEntropy() : m.bitsPerByte();
            if (Double.isFinite(x) && Double.isFinite(y)) {
                points.add(new ChartData.Point(x, y, l.name()));
            }
        }
        String what = entropy ? "Mean next-token entropy (nats)" : "Bits per byte";
        int n = r.model().segmentsPerLanguage();
        return new ScatterChartData(r.model().model() + ": " + what.toLowerCase(java.util.Locale.ROOT) + " vs token premium ("
                + t + "), first " + n + (n == 1 ? " segment" : " segments") + " per language",
                "token premium under " + t + " · " + shortCounting(r), what,
                List.of(new ChartData.Series("languages", points)), points.size() <= 25);
    }

    static String xTitle(PremiumResult r) {
        return "language · " + shortCounting(r);
    }

    /** The convention in a few words, for axis titles: the full line is under the table and in reports. */
    static String shortCounting(PremiumResult r) {
        PremiumResult.Counting c = r.counting();
        return c.convention().key() + " convention, no special tokens, "
                + (c.normalization().key().equals("none") ? "raw UTF-8" : c.normalization().key().toUpperCase(java.util.Locale.ROOT))
                + ", vs " + c.reference();
    }

    private static String yTitle(PremiumMetric metric) {
        return metric.label() + " (" + metric.unit() + ")";
    }

    private static String subtitle(PremiumResult r, int shown) {
        int all = r.languages().size();
        return shown == all ? " (" + all + " languages)" : " (" + shown + " of " + all + " languages)";
    }

    private static List<ChartData.Threshold> parity(PremiumMetric metric) {
        return metric.isRelative() ? List.of(new ChartData.Threshold("parity", 1.0)) : List.of();
    }

    private static List<String> names(List<LanguageInfo> languages) {
        return languages.stream().map(LanguageInfo::name).toList();
    }
}
