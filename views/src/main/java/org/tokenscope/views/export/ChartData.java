package org.tokenscope.views.export;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, as plain data: the one description from which the SVG writer, the PDF report and
 * {@link ChartDataView} draw. Panels build one next to their on-screen chart (ChartFx or otherwise), so every
 * chart can be exported as vectors without ChartFx knowing about SVG.
 */
public sealed interface ChartData permits LineChartData, BarChartData, HeatmapData, ScatterChartData {

    String title();

    String xTitle();

    String yTitle();

    /** One data point; {@code label} (may be null) names it in tooltips and, for scatter charts, on the plot. */
    record Point(double x, double y, String label) {
        public static Point of(double x, double y) {
            return new Point(x, y, null);
        }
    }

    /** A named sequence of points; the name appears in the legend. */
    record Series(String name, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            points = List.copyOf(points);
        }

        /** Points (xs[i], ys[i]); the arrays must have the same length. */
        public static Series of(String name, double[] xs, double[] ys) {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException("xs has " + xs.length + " values, ys " + ys.length);
            }
            Point[] points = new Point[xs.length];
            for (int i = 0; i < xs.length; i++) {
                points[i] = Point.of(xs[i], ys[i]);
            }
            return new Series(name, List.of(points));
        }
    }

    /** A horizontal reference line, e.g. the CNTP entropy thresholds or premium parity at 1. */
    record Threshold(String label, double y) {
    }
}
