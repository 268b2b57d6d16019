package org.tokenscope.views.export;

import org.tokenscope.views.export.ChartFrame.Area;

/** A grid of coloured cells with row and column labels and a colour bar on the right. */
final class HeatmapPainter {
    private static final int LABEL_CHARS = 22;
    private static final double BAR_WIDTH = 14;
    private static final int BAR_STEPS = 48;

    private HeatmapPainter() {
    }

    static void paint(ChartCanvas c, HeatmapData d, double w, double h) {
        double top = ChartFrame.header(c, d.title(), java.util.List.of(), w, h);
        if (d.rows().isEmpty() || d.columns().isEmpty()) {
            ChartFrame.noData(c, w, h);
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < d.rows().size(); r++) {
            for (int k = 0; k < d.columns().size(); k++) {
                double v = d.value(r, k);
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        double[] domain = d.scale().domain(min > max ? 0 : min, min > max ? 1 : max);

        double rowLabels = 0;
        for (String row : d.rows()) {
            rowLabels = Math.max(rowLabels, ChartFrame.textWidth(ChartFrame.shorten(row, LABEL_CHARS), ChartFrame.FONT));
        }
        double left = Math.min(170, rowLabels) + 10 + (ChartFrame.blank(d.yTitle()) ? 0 : ChartFrame.FONT + 10);
        double right = 80; // colour bar, its tick labels and its title
        double plotWidth = Math.max(10, w - left - right);
        double cell = plotWidth / d.columns().size();
        double colLabels = 0;
        for (String col : d.columns()) {
            colLabels = Math.max(colLabels, ChartFrame.textWidth(ChartFrame.shorten(col, LABEL_CHARS), ChartFrame.FONT));
        }
        boolean rotate = colLabels > cell - 4;
        double bottom = (rotate ? Math.min(colLabels, 120) + 8 : ChartFrame.FONT + 8) + 8
                + (ChartFrame.blank(d.xTitle()) ? 0 : ChartFrame.FONT + 8);
        Area a = new Area(left, top, plotWidth, Math.max(10, h - top - bottom));
        double cellHeight = a.height() / d.rows().size();

        for (int r = 0; r < d.rows().size(); r++) {
            double y = a.top() + r * cellHeight;
            for (int k = 0; k < d.columns().size(); k++) {
                double v = d.value(r, k);
                String tip = d.rows().get(r) + " × " + d.columns().get(k) + ": " + (Double.isNaN(v) ? "no value" : Markup.number(v));
                c.rect(a.left() + k * cell, y, cell, cellHeight, d.scale().color(v, domain), null, tip);
            }
            c.text(a.left() - 6, y + cellHeight / 2 + ChartFrame.FONT * 0.35, ChartFrame.shorten(d.rows().get(r), LABEL_CHARS),
                    ChartFrame.FONT, ChartCanvas.Anchor.END, 0, ChartFrame.TEXT, false);
        }
        for (int k = 0; k < d.columns().size(); k++) {
            String label = ChartFrame.shorten(d.columns().get(k), LABEL_CHARS);
            double cx = a.left() + (k + 0.5) * cell;
            if (rotate) {
                c.text(cx + ChartFrame.FONT * 0.35, a.bottom() + 6, label, ChartFrame.FONT, ChartCanvas.Anchor.END, -90,
                        ChartFrame.TEXT, false);
            } else {
                c.text(cx, a.bottom() + 6 + ChartFrame.FONT, label, ChartFrame.FONT, ChartCanvas.Anchor.MIDDLE, 0, ChartFrame.TEXT, false);
            }
        }
        c.rect(a.left(), a.top(), a.width(), a.height(), null, ChartFrame.AXIS, null);
        if (!ChartFrame.blank(d.yTitle())) {
            c.text(ChartFrame.FONT + 2, a.top() + a.height() / 2, d.yTitle(), ChartFrame.FONT, ChartCanvas.Anchor.MIDDLE, -90,
                    ChartFrame.TEXT, false);
        }
        ChartFrame.xTitle(c, a, d.xTitle(), h);
        colourBar(c, d, domain, new Area(a.right() + 16, a.top(), BAR_WIDTH, a.height()));
    }

    /** The scale from the domain's low end (bottom) to its high end (top), labelled at both ends and zero. */
    private static void colourBar(ChartCanvas c, HeatmapData d, double[] domain, Area bar) {
        double step = bar.height() / BAR_STEPS;
        for (int i = 0; i < BAR_STEPS; i++) {
            double t = (i + 0.5) / BAR_STEPS;
            c.rect(bar.left(), bar.bottom() - (i + 1) * step, bar.width(), step + 0.5, d.scale().colorAt(t), null, null);
        }
        c.rect(bar.left(), bar.top(), bar.width(), bar.height(), null, ChartFrame.AXIS, null);
        double x = bar.right() + 4;
        c.text(x, bar.top() + ChartFrame.FONT * 0.7, significant(domain[1]), ChartFrame.FONT - 1, ChartCanvas.Anchor.START, 0,
                ChartFrame.TEXT, false);
        c.text(x, bar.bottom(), significant(domain[0]), ChartFrame.FONT - 1, ChartCanvas.Anchor.START, 0, ChartFrame.TEXT, false);
        if (domain[0] < 0 && domain[1] > 0) {
            double zero = bar.bottom() - (0 - domain[0]) / (domain[1] - domain[0]) * bar.height();
            c.text(x, zero + ChartFrame.FONT * 0.35, "0", ChartFrame.FONT - 1, ChartCanvas.Anchor.START, 0, ChartFrame.TEXT, false);
        }
        if (!ChartFrame.blank(d.valueTitle())) {
            c.text(bar.right() + 44, bar.top() + bar.height() / 2, d.valueTitle(), ChartFrame.FONT, ChartCanvas.Anchor.MIDDLE, -90,
                    ChartFrame.TEXT, false);
        }
    }

    /** The colour bar's ends are data values, not round ticks: three significant digits, never rounded to 0. */
    private static String significant(double v) {
        return Markup.number(new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue());
    }
}
