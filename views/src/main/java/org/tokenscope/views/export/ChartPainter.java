package org.tokenscope.views.export;

/**
 * Lays out and draws any {@link ChartData} on a {@link ChartCanvas}. The same call renders the SVG file, the
 * PDF report's vector chart and {@link ChartDataView} on screen.
 */
public final class ChartPainter {
    private ChartPainter() {
    }

    /** Draws {@code data} filling a {@code width} × {@code height} pixel area. */
    public static void paint(ChartData data, ChartCanvas canvas, double width, double height) {
        // Java 17 has no pattern switch; the interface is sealed, so this chain is complete.
        if (data instanceof LineChartData d) {
            XyPainter.line(canvas, d, width, height);
        } else if (data instanceof ScatterChartData d) {
            XyPainter.scatter(canvas, d, width, height);
        } else if (data instanceof BarChartData d) {
            BarPainter.paint(canvas, d, width, height);
        } else if (data instanceof HeatmapData d) {
            HeatmapPainter.paint(canvas, d, width, height);
        } else {
            throw new IllegalArgumentException("unknown chart kind " + data.getClass().getName());
        }
    }
}
