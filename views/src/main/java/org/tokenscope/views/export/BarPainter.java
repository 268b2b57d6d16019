package org.tokenscope.views.export;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.views.export.BarChartData.BarSeries;
import org.tokenscope.views.export.ChartFrame.Area;
import org.tokenscope.views.export.ChartFrame.Scale;

/** Vertical bars per category, grouped by series, with optional error bars and threshold lines. */
final class BarPainter {
    private static final int LABEL_CHARS = 22;

    private BarPainter() {
    }

    static void paint(ChartCanvas c, BarChartData d, double w, double h) {
        List<ChartFrame.LegendEntry> legend = new ArrayList<>();
        if (d.series().size() > 1 || !d.thresholds().isEmpty()) {
            for (int i = 0; i < d.series().size(); i++) {
                legend.add(new ChartFrame.LegendEntry(d.series().get(i).name(), SeriesPalette.color(i), false, true));
            }
        }
        d.thresholds().forEach(t -> legend.add(new ChartFrame.LegendEntry(t.label(), SeriesPalette.THRESHOLD, true, false)));
        double top = ChartFrame.header(c, d.title(), legend, w, h);
        if (d.categories().isEmpty() || d.series().isEmpty()) {
            ChartFrame.noData(c, w, h);
            return;
        }

        double lo = 0; // bars grow from zero, so zero is always on the axis
        double hi = 0;
        for (BarSeries s : d.series()) {
            for (int i = 0; i < s.values().size(); i++) {
                double v = s.value(i);
                double e = Double.isFinite(s.error(i)) ? Math.abs(s.error(i)) : 0;
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v - e);
                    hi = Math.max(hi, v + e);
                }
            }
        }
        for (ChartData.Threshold t : d.thresholds()) {
            lo = Math.min(lo, t.y());
            hi = Math.max(hi, t.y());
        }
        NiceTicks yt = NiceTicks.of(lo, hi, 6);
        double left = ChartFrame.leftMargin(yt, d.yTitle());
        double plotWidth = Math.max(10, w - left - 16);
        double band = plotWidth / d.categories().size();
        double widest = 0;
        for (String cat : d.categories()) {
            widest = Math.max(widest, ChartFrame.textWidth(ChartFrame.shorten(cat, LABEL_CHARS), ChartFrame.FONT));
        }
        boolean rotate = widest > band - 4; // crowded categories read bottom to top instead of overlapping
        double labelHeight = rotate ? Math.min(widest, 120) + 8 : ChartFrame.FONT + 8;
        double bottom = labelHeight + 8 + (ChartFrame.blank(d.xTitle()) ? 0 : ChartFrame.FONT + 8);
        Area a = new Area(left, top, plotWidth, Math.max(10, h - top - bottom));
        Scale y = new Scale(yt.min(), yt.max(), a.bottom(), a.top());
        ChartFrame.yAxis(c, a, yt, y, d.yTitle());
        c.line(a.left(), y.at(0), a.right(), y.at(0), ChartFrame.AXIS, 1, false);

        int n = d.series().size();
        double group = band * 0.8;
        double barWidth = group / n;
        for (int i = 0; i < d.categories().size(); i++) {
            double groupLeft = a.left() + i * band + (band - group) / 2;
            for (int s = 0; s < n; s++) {
                bar(c, d.series().get(s), i, d.categories().get(i), groupLeft + s * barWidth, barWidth, y, SeriesPalette.color(s));
            }
            String label = ChartFrame.shorten(d.categories().get(i), LABEL_CHARS);
            double cx = a.left() + (i + 0.5) * band;
            if (rotate) {
                c.text(cx + ChartFrame.FONT * 0.35, a.bottom() + 6, label, ChartFrame.FONT, ChartCanvas.Anchor.END, -90,
                        ChartFrame.TEXT, false);
            } else {
                c.text(cx, a.bottom() + 6 + ChartFrame.FONT, label, ChartFrame.FONT, ChartCanvas.Anchor.MIDDLE, 0,
                        ChartFrame.TEXT, false);
            }
        }
        ChartFrame.thresholds(c, a, y, d.thresholds());
        ChartFrame.xTitle(c, a, d.xTitle(), h);
    }

    private static void bar(ChartCanvas c, BarSeries s, int i, String category, double x, double width, Scale y, String color) {
        double v = s.value(i);
        if (!Double.isFinite(v)) {
            return;
        }
        double y0 = y.at(0);
        double y1 = y.at(v);
        double e = s.error(i);
        String tip = category + " — " + s.name() + ": " + Markup.number(v) + (Double.isFinite(e) ? " ± " + Markup.number(e) : "");
        c.rect(x + 0.5, Math.min(y0, y1), Math.max(1, width - 1), Math.abs(y1 - y0), color, null, tip);
        if (Double.isFinite(e) && e != 0) {
            double cx = x + width / 2;
            double top = y.at(v + Math.abs(e));
            double low = y.at(v - Math.abs(e));
            double cap = Math.min(6, width / 3);
            c.line(cx, top, cx, low, ChartFrame.AXIS, 1, false);
            c.line(cx - cap, top, cx + cap, top, ChartFrame.AXIS, 1, false);
            c.line(cx - cap, low, cx + cap, low, ChartFrame.AXIS, 1, false);
        }
    }
}
