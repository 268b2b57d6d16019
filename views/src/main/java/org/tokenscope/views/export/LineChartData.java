package org.tokenscope.views.export;

import java.util.List;

/** Lines through each series' points in x order, with optional horizontal threshold lines. */
public record LineChartData(String title, String xTitle, String yTitle, List<ChartData.Series> series,
        List<ChartData.Threshold> thresholds) implements ChartData {

    public LineChartData {
        series = List.copyOf(series);
        thresholds = List.copyOf(thresholds);
    }

    public LineChartData(String title, String xTitle, String yTitle, List<ChartData.Series> series) {
        this(title, xTitle, yTitle, series, List.of());
    }
}
