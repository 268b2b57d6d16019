package org.tokenscope.app.export;

import java.util.List;
import org.tokenscope.views.export.BarChartData;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.ColorScale;
import org.tokenscope.views.export.HeatmapData;
import org.tokenscope.views.export.LineChartData;
import org.tokenscope.views.export.ScatterChartData;
import org.tokenscope.views.export.TableData;

/** One chart of each kind the panels use, and a table with awkward cells, for the export tests. */
final class Charts {
    private Charts() {
    }

    static LineChartData entropy() {
        return new LineChartData("Entropy per step", "step", "nats", List.of(
                ChartData.Series.of("entropy", new double[] {0, 1, 2, 3}, new double[] {0.5, 1.25, 0.0625, 2}),
                ChartData.Series.of("surprisal", new double[] {0, 1, 2, 3}, new double[] {1, Double.NaN, 0.75, 3.5})),
                List.of(new ChartData.Threshold("H_low", 0.01), new ChartData.Threshold("H_high", 1.5)));
    }

    static BarChartData shapley() {
        return new BarChartData("Shapley values", "player", "φ", List.of("Emma", "<b>Woodhouse</b>", "rich & clever"),
                List.of(new BarChartData.BarSeries("φ", List.of(0.5, -0.25, 1.0), List.of(0.1, 0.05, 0.2))));
    }

    static HeatmapData premiums() {
        return new HeatmapData("Premium", "tokenizer", "language", List.of("r50k", "cl100k"), List.of("eng", "tur", "hin"),
                List.of(List.of(1.0, 1.0), List.of(2.43, 1.91), List.of(7.46, Double.NaN)), ColorScale.SEQUENTIAL, "premium");
    }

    static ScatterChartData tokenNoise() {
        return new ScatterChartData("Token noise", "surprisal", "|φ|", List.of(new ChartData.Series("players", List.of(
                new ChartData.Point(0.2, 1.5, "the"), new ChartData.Point(4.0, 0.1, "Darcy")))), true);
    }

    static TableData awkwardTable() {
        return new TableData("Players", List.of("player", "phi", "note", "exact"), List.of(
                List.of("Emma", 0.5, "plain", true),
                java.util.Arrays.asList("Wood, \"house\"", -0.25, "line one\nline two", false),
                java.util.Arrays.asList("é ✓", Double.NaN, null, null),
                java.util.Arrays.asList("crlf", 3L, "a\r\nb", true)));
    }
}
