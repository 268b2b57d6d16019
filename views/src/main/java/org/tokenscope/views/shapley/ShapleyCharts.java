package org.tokenscope.views.shapley;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tokenscope.host.attribution.AttributionResult;
import org.tokenscope.host.attribution.Method;
import org.tokenscope.host.attribution.Player;
import org.tokenscope.views.export.BarChartData;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.ScatterChartData;
import org.tokenscope.views.export.TableData;

/**
 * The data behind the panel's charts and table, shared by the screen, the export menu and the report, so all
 * three show the same numbers: φ as bars with ± one standard error, φ against surprisal (token noise), and the
 * players table.
 */
public final class ShapleyCharts {
    private ShapleyCharts() {
    }

    /** φ per player; error bars are ± one standard error (none for the exact estimator). */
    public static BarChartData bars(ShapleyRun run) {
        AttributionResult r = run.result();
        List<String> names = r.players().stream().map(ShapleyRun::label).toList();
        double[] phi = r.phi();
        double[] se = r.stderr();
        List<Double> errors = r.method() == Method.EXACT ? List.of() : Arrays.stream(se).boxed().toList();
        String title = r.method() == Method.EXACT ? "φ per player (exact)" : "φ per player (± 1 standard error)";
        return new BarChartData(title, "player", "φ (" + unit(r.value()) + ")", names,
                List.of(new BarChartData.BarSeries("φ", Arrays.stream(phi).boxed().toList(), errors)));
    }

    /**
     * φ against surprisal. Players that carry little information (surprisal at or below the median) yet move
     * the value a lot (|φ| at least half the largest) are the paper's token noise: drawn as their own series and
     * labelled.
     */
    public static ScatterChartData tokenNoise(ShapleyRun run, ShapleyRun other) {
        List<ChartData.Series> series = new ArrayList<>();
        addNoise(series, run, other == null ? "" : " (shown)", true);
        if (other != null) {
            addNoise(series, other, " (compared)", false); // unlabelled: the same players would print their names twice
        }
        String value = run == null ? "value" : unit(run.result().value());
        return new ScatterChartData("Token noise: φ against information content", "surprisal of the player (nats)",
                "φ (" + value + ")", series, true);
    }

    private static void addNoise(List<ChartData.Series> out, ShapleyRun run, String suffix, boolean labels) {
        if (run == null || run.surprisals() == null) {
            return;
        }
        double[] info = run.surprisals();
        double[] phi = run.result().phi();
        boolean[] noise = noise(info, phi);
        List<ChartData.Point> plain = new ArrayList<>();
        List<ChartData.Point> flagged = new ArrayList<>();
        for (Player p : run.players()) {
            int i = p.index();
            if (noise[i]) {
                flagged.add(new ChartData.Point(info[i], phi[i], labels ? ShapleyRun.label(p) : null));
            } else {
                plain.add(ChartData.Point.of(info[i], phi[i]));
            }
        }
        out.add(new ChartData.Series("players" + suffix, plain));
        out.add(new ChartData.Series("low information, large |φ|" + suffix, flagged));
    }

    /** Which players are token noise: surprisal ≤ the median and |φ| ≥ half the largest |φ| (and not 0). */
    public static boolean[] noise(double[] surprisal, double[] phi) {
        double[] sorted = surprisal.clone();
        Arrays.sort(sorted);
        double median = sorted.length == 0 ? 0 : sorted[(sorted.length - 1) / 2];
        double max = 0;
        for (double p : phi) {
            max = Math.max(max, Math.abs(p));
        }
        boolean[] out = new boolean[phi.length];
        for (int i = 0; i < phi.length; i++) {
            out[i] = max > 0 && surprisal[i] <= median && Math.abs(phi[i]) >= max / 2;
        }
        return out;
    }

    /** One row per player: what the CSV and JSON exports and the report list. */
    public static TableData table(ShapleyRun run) {
        AttributionResult r = run.result();
        double[] phi = r.phi();
        double[] se = r.stderr();
        double[] info = run.surprisals();
        List<List<Object>> rows = new ArrayList<>();
        for (Player p : r.players()) {
            int i = p.index();
            rows.add(Arrays.asList(i, p.text(), p.start(), p.end(), phi[i], finite(se[i]), info == null ? null : info[i]));
        }
        return new TableData("Players — " + run.how(), List.of("index", "text", "start", "end", "phi", "stderr", "surprisal"), rows);
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** What v(S) is measured in, for axis titles. */
    static String unit(String value) {
        return switch (value) {
            case "logprob" -> "log-probability, nats";
            case "prob" -> "probability";
            case "choice" -> "choice probability";
            case "logit-diff" -> "logit difference";
            default -> value;
        };
    }
}
