package org.tokenscope.views.export;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.views.export.ChartData.Point;
import org.tokenscope.views.export.ChartData.Series;
import org.tokenscope.views.export.ChartData.Threshold;
import org.tokenscope.views.export.ChartFrame.Area;
import org.tokenscope.views.export.ChartFrame.Scale;

/** Line and scatter charts: numeric x and y axes, one colour per series, every point a marker with a tooltip. */
final class XyPainter {
    private XyPainter() {
    }

    static void line(ChartCanvas c, LineChartData d, double w, double h) {
        paint(c, d.title(), d.xTitle(), d.yTitle(), d.series(), d.thresholds(), true, false, w, h);
    }

    static void scatter(ChartCanvas c, ScatterChartData d, double w, double h) {
        paint(c, d.title(), d.xTitle(), d.yTitle(), d.series(), List.of(), false, d.showLabels(), w, h);
    }

    private static void paint(ChartCanvas c, String title, String xTitle, String yTitle, List<Series> series,
            List<Threshold> thresholds, boolean connect, boolean showLabels, double w, double h) {
        List<ChartFrame.LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            legend.add(new ChartFrame.LegendEntry(series.get(i).name(), SeriesPalette.color(i), false, !connect));
        }
        for (Threshold t : thresholds) {
            legend.add(new ChartFrame.LegendEntry(t.label(), SeriesPalette.THRESHOLD, true, false));
        }
        double top = ChartFrame.header(c, title, legend, w, h);

        double[] xr = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        double[] yr = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Series s : series) {
            for (Point p : s.points()) {
                if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                    widen(xr, p.x());
                    widen(yr, p.y());
                }
            }
        }
        if (xr[0] > xr[1]) {
            ChartFrame.noData(c, w, h);
            return;
        }
        thresholds.forEach(t -> widen(yr, t.y()));
        NiceTicks xt = NiceTicks.of(xr[0], xr[1], 7);
        NiceTicks yt = NiceTicks.of(yr[0], yr[1], 6);
        double left = ChartFrame.leftMargin(yt, yTitle);
        double bottom = ChartFrame.FONT * 2 + 14 + (ChartFrame.blank(xTitle) ? 0 : ChartFrame.FONT + 6);
        Area a = new Area(left, top, Math.max(10, w - left - 16), Math.max(10, h - top - bottom));
        Scale x = new Scale(xt.min(), xt.max(), a.left(), a.right());
        Scale y = new Scale(yt.min(), yt.max(), a.bottom(), a.top());
        ChartFrame.yAxis(c, a, yt, y, yTitle);
        ChartFrame.xAxis(c, a, xt, x, xTitle, h);
        ChartFrame.thresholds(c, a, y, thresholds);

        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String color = SeriesPalette.color(i);
            if (connect) {
                lines(c, s, x, y, color);
            }
            for (Point p : s.points()) {
                if (!Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                    continue;
                }
                double px = x.at(p.x());
                double py = y.at(p.y());
                c.circle(px, py, connect ? 2.5 : 3.5, color, tooltip(s.name(), p));
                if (showLabels && p.label() != null && !p.label().isBlank()) {
                    c.text(px + 5, py - 5, ChartFrame.shorten(p.label(), 24), ChartFrame.FONT - 1,
                            ChartCanvas.Anchor.START, 0, ChartFrame.TEXT, false);
                }
            }
        }
    }

    /** Connects consecutive finite points; a missing value breaks the line instead of bridging the gap. */
    private static void lines(ChartCanvas c, Series s, Scale x, Scale y, String color) {
        List<double[]> run = new ArrayList<>();
        for (Point p : s.points()) {
            if (Double.isFinite(p.x()) && Double.isFinite(p.y())) {
                run.add(new double[] {x.at(p.x()), y.at(p.y())});
            } else {
                flush(c, run, color);
            }
        }
        flush(c, run, color);
    }

    private static void flush(ChartCanvas c, List<double[]> run, String color) {
        if (run.size() >= 2) {
            double[] xs = new double[run.size()];
            double[] ys = new double[run.size()];
            for (int i = 0; i < run.size(); i++) {
                xs[i] = run.get(i)[0];
                ys[i] = run.get(i)[1];
            }
            c.polyline(xs, ys, color, 1.8);
        }
        run.clear();
    }

    /** "label — series (x, y)": the exact data values, so an SVG keeps what the picture rounds. */
    static String tooltip(String series, Point p) {
        String head = p.label() == null || p.label().isBlank() ? series : p.label() + " — " + series;
        return head + " (" + Markup.number(p.x()) + ", " + Markup.number(p.y()) + ")";
    }

    private static void widen(double[] range, double v) {
        range[0] = Math.min(range[0], v);
        range[1] = Math.max(range[1], v);
    }
}
