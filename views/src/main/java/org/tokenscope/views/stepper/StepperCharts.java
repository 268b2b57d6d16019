package org.tokenscope.views.stepper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.Stage;
import org.tokenscope.host.decode.StageSummary;
import org.tokenscope.host.decode.Step;
import org.tokenscope.views.export.BarChartData;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.LineChartData;
import org.tokenscope.views.export.TableData;

/**
 * The stepper's charts and tables as plain data: what the screen shows, what exports write and what the
 * report prints, from one description each.
 */
public final class StepperCharts {
    private StepperCharts() {
    }

    /**
     * Entropy and surprisal per token, with the CNTP thresholds as reference lines (null: none) and, when given,
     * the comparison run's entropy as a third line.
     */
    public static LineChartData entropy(List<TokenRow> rows, List<TokenRow> comparison, CautiousSettings thresholds,
            boolean scored) {
        List<ChartData.Series> series = new ArrayList<>();
        series.add(series("entropy", rows, true));
        series.add(series("surprisal", rows, false));
        if (comparison != null && !comparison.isEmpty()) {
            series.add(series("entropy, comparison run", comparison, true));
        }
        List<ChartData.Threshold> lines = thresholds == null ? List.of() : List.of(
                new ChartData.Threshold("H_low", thresholds.hLow()), new ChartData.Threshold("H_high", thresholds.hHigh()));
        return new LineChartData(scored ? "Entropy and surprisal per token" : "Entropy and surprisal per step",
                scored ? "token" : "generated position", "nats", series, lines);
    }

    private static ChartData.Series series(String name, List<TokenRow> rows, boolean entropy) {
        List<ChartData.Point> points = new ArrayList<>(rows.size());
        for (TokenRow r : rows) {
            double y = entropy ? r.entropy() : r.surprisal();
            points.add(new ChartData.Point(r.index(), Double.isFinite(y) ? y : Double.NaN, r.display()));
        }
        return new ChartData.Series(name, points);
    }

    /**
     * The distribution a step was chosen from, after each sampler stage that changed it: the most probable tokens
     * (and the chosen one when it is not among them) as categories, one bar series per stage. Stages keep the token
     * order, so the raw top list names the bars of every stage; a token a warper removed has probability 0 there.
     * An inactive stage (τ 1, a warper off) repeats the stage before it and gets no bars of its own.
     */
    public static BarChartData distribution(Step step, Run run) {
        StageSummary raw = step.stage(Stage.RAW);
        List<Integer> ids = new ArrayList<>();
        for (int id : raw.topIds()) {
            ids.add(id);
        }
        if (!ids.contains(step.id())) {
            ids.add(step.id());
        }
        List<String> categories = new ArrayList<>();
        for (int id : ids) {
            categories.add((id == step.id() ? "▶" : "") + run.display(id));
        }
        List<BarChartData.BarSeries> series = new ArrayList<>();
        StageSummary previous = null;
        for (StageSummary st : step.stages()) {
            if (previous != null && st.entropy() == previous.entropy() && java.util.Arrays.equals(st.topProbs(), previous.topProbs())) {
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (int id : ids) {
                values.add(probability(st, id, step.id()));
            }
            series.add(new BarChartData.BarSeries(stageName(st.stage(), run) + "  H " + fmt(st.entropy()), values));
            previous = st;
        }
        return new BarChartData("Step " + step.index() + ": distribution per sampler stage", "token (▶ chosen)",
                "probability", categories, series);
    }

    private static double probability(StageSummary st, int id, int chosen) {
        for (int k = 0; k < st.topIds().length; k++) {
            if (st.topIds()[k] == id) {
                return st.topProbs()[k];
            }
        }
        return id == chosen ? st.prob() : 0.0; // beyond the recorded top list: only the chosen token's value is known
    }

    /** The stage as the legend names it, with its setting, e.g. "top-p 0.95" or "top-k (off)". */
    static String stageName(Stage s, Run run) {
        var sm = run.trace().sampler();
        return switch (s) {
            case RAW -> "raw";
            case TEMPERATURE -> "τ " + fmt(sm.temperature());
            case TOP_K -> sm.topK() > 0 ? "top-k " + sm.topK() : "top-k (off)";
            case TOP_P -> sm.topP() < 1 ? "top-p " + fmt(sm.topP()) : "top-p (off)";
            case MIN_P -> sm.minP() > 0 ? "min-p " + fmt(sm.minP()) : "min-p (off)";
        };
    }

    /** Per stage of one step: entropy in nats and bits, the chosen token's probability, surprisal and rank. */
    public static TableData stages(Step step, Run run) {
        List<List<Object>> rows = new ArrayList<>();
        for (StageSummary st : step.stages()) {
            rows.add(List.of(stageName(st.stage(), run), st.entropy(), st.entropy() / Math.log(2), st.prob(), st.surprisal(),
                    st.rank()));
        }
        return new TableData("Step " + step.index() + " per sampler stage",
                List.of("stage", "H (nats)", "H (bits)", "p", "surprisal", "rank"), rows);
    }

    /** One row per token: the table exported as CSV and JSON and printed in reports. */
    public static TableData steps(String title, List<TokenRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (TokenRow r : rows) {
            Step s = r.step();
            List<Object> row = new ArrayList<>(List.of(r.index(), r.id(), r.display(), r.prob(), r.entropy(), r.surprisal(),
                    r.rank()));
            row.add(s == null ? null : s.probRaw());
            row.add(s == null ? null : s.entropyRaw());
            row.add(r.trials() > 0 ? r.trials() : null);
            row.add(s == null ? null : s.trial());
            row.add(s == null ? null : s.inTrial());
            out.add(row);
        }
        return new TableData(title, List.of("index", "id", "token", "prob", "entropy", "surprisal", "rank", "prob_raw",
                "entropy_raw", "trials", "trial", "in_trial"), out);
    }

    static String fmt(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.3g", x).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "")
                : String.valueOf(x);
    }
}
