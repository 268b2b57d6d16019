package org.tokenscope.views.export;

import java.util.List;

/**
 * Unconnected points per series. With {@code showLabels} each point's label is written next to it (e.g. the
 * few tokens a "token noise" view highlights); otherwise labels are tooltips only.
 */
public record ScatterChartData(String title, String xTitle, String yTitle, List<ChartData.Series> series,
        boolean showLabels) implements ChartData {

    public ScatterChartData {
        series = List.copyOf(series);
    }
}
