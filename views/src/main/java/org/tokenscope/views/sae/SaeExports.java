package org.tokenscope.views.sae;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.tokenscope.host.sae.ActivationHistogram;
import org.tokenscope.host.sae.FeatureSummary;
import org.tokenscope.host.sae.LogitEffect;
import org.tokenscope.host.sae.StepMetrics;
import org.tokenscope.views.export.BarChartData;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.LineChartData;
import org.tokenscope.views.export.TableData;

/**
 * The SAE panel's charts and tables as plain data: what its export menus write (CSV, JSON, SVG) and what the
 * report draws. The training curves on screen are drawn from the same data.
 */
public final class SaeExports {
    private SaeExports() {
    }

    /** The feature list as shown (its order and filter). */
    public static TableData featuresTable(List<FeatureSummary> shown) {
        return featureRows(shown.stream().map(SaeResults.FeatureRow::of).toList(), "SAE features");
    }

    public static TableData featureRows(List<SaeResults.FeatureRow> rows, String title) {
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (SaeResults.FeatureRow f : rows) {
            out.add(List.of(f.index(), f.density(), Math.log10(f.density() + 1e-10), f.maxActivation(), f.meanActivation(),
                    f.topLogits()));
        }
        return new TableData(title, List.of("feature", "density", "log10 density", "max activation",
                "mean activation when firing", "top logit tokens"), out);
    }

    /** The feature's activation histogram: one bar per bin, labelled by the bin's lower edge. */
    public static BarChartData histogram(FeatureSummary f) {
        ActivationHistogram h = f.histogram();
        List<String> bins = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        if (h != null) {
            for (int i = 0; i < h.counts().length; i++) {
                bins.add(String.format(Locale.ROOT, "%.2f", i * h.binWidth()));
                counts.add((double) h.counts()[i]);
            }
        }
        return new BarChartData("Feature " + f.index() + ": activations where it fires", "activation", "tokens", bins,
                List.of(new BarChartData.BarSeries("tokens", counts)), List.of());
    }

    /** The feature's logit effects: rank, the tokens it promotes and suppresses most, and by how much. */
    public static TableData logitTable(FeatureSummary f) {
        int n = Math.max(f.topLogits().size(), f.bottomLogits().size());
        List<List<Object>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LogitEffect up = i < f.topLogits().size() ? f.topLogits().get(i) : null;
            LogitEffect down = i < f.bottomLogits().size() ? f.bottomLogits().get(i) : null;
            List<Object> row = new ArrayList<>(5);
            row.add(i + 1);
            row.add(up == null ? null : up.text());
            row.add(up == null ? null : (double) up.value());
            row.add(down == null ? null : down.text());
            row.add(down == null ? null : (double) down.value());
            rows.add(row);
        }
        return new TableData("Feature " + f.index() + ": logit effects", List.of("rank", "promotes", "effect",
                "suppresses", "effect"), rows);
    }

    /** Normalised MSE against tokens trained, one line per run. */
    public static LineChartData lossChart(List<SaeResults.RunRow> runs) {
        return new LineChartData("Loss", "tokens", "normalised MSE",
                runs.stream().map(r -> series(name(r, runs, "normalised MSE"), r.curve(), StepMetrics::normalizedMse)).toList());
    }

    /** L0 and dead features against tokens trained. */
    public static LineChartData sparsityChart(List<SaeResults.RunRow> runs) {
        List<ChartData.Series> series = new ArrayList<>();
        for (SaeResults.RunRow r : runs) {
            series.add(series(name(r, runs, "L0"), r.curve(), StepMetrics::l0));
            series.add(series(name(r, runs, "dead features"), r.curve(), m -> m.deadFeatures()));
        }
        return new LineChartData("Sparsity", "tokens", "count", series);
    }

    /** One run alone is named by its quantity; several are told apart by their labels. */
    private static String name(SaeResults.RunRow r, List<SaeResults.RunRow> all, String quantity) {
        return all.size() == 1 ? quantity : quantity + ", " + r.label();
    }

    private static ChartData.Series series(String name, List<StepMetrics> c, ToDoubleFunction<StepMetrics> y) {
        double[] xs = new double[c.size()];
        double[] ys = new double[c.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = c.get(i).tokens();
            ys[i] = y.applyAsDouble(c.get(i));
        }
        return ChartData.Series.of(name, xs, ys);
    }

    /** The runs compared: settings, tokens, time and held-out metrics (empty cells for a cancelled run). */
    public static TableData runsTable(List<SaeResults.RunRow> runs) {
        List<List<Object>> rows = new ArrayList<>(runs.size());
        for (SaeResults.RunRow r : runs) {
            List<Object> row = new ArrayList<>(10);
            row.add(r.number());
            row.add(r.architecture());
            row.add(r.tap());
            row.add(r.dSae());
            row.add(r.k());
            row.add(r.tokensTrained());
            row.add(r.seconds());
            row.add(Double.isFinite(r.normalizedMse()) ? r.normalizedMse() : null);
            row.add(Double.isFinite(r.l0()) ? r.l0() : null);
            row.add(r.deadFeatures() >= 0 ? r.deadFeatures() : null);
            rows.add(row);
        }
        return new TableData("SAE training runs", List.of("run", "architecture", "tap", "d_sae", "k", "tokens trained",
                "seconds", "held-out normalised MSE", "held-out L0", "dead features"), rows);
    }
}
