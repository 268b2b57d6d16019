package org.tokenscope.views.export;

import java.util.List;

/** Title, legend, axes and text measuring: the parts every chart kind shares, laid out in one place. */
final class ChartFrame {
    static final double FONT = 11;
    static final double TITLE_FONT = 13;
    static final String TEXT = "#222222";
    static final String AXIS = "#444444";
    static final String GRID = "#e6e6e6";
    static final String BACKGROUND = "#ffffff";

    private ChartFrame() {
    }

    /** The rectangle the marks go in. */
    record Area(double left, double top, double width, double height) {
        double right() {
            return left + width;
        }

        double bottom() {
            return top + height;
        }
    }

    /** A legend entry: a line sample (dashed for thresholds) or a filled square. */
    record LegendEntry(String name, String color, boolean dashed, boolean square) {
    }

    /** Maps data values in [d0, d1] linearly to pixels in [p0, p1]. */
    record Scale(double d0, double d1, double p0, double p1) {
        double at(double v) {
            return d1 == d0 ? (p0 + p1) / 2 : p0 + (v - d0) / (d1 - d0) * (p1 - p0);
        }
    }

    /** A rough width of {@code s} in a sans-serif font; enough for margins, never for exact placement. */
    static double textWidth(String s, double size) {
        return s == null ? 0 : s.codePointCount(0, s.length()) * size * 0.55;
    }

    /** {@code s} shortened with an ellipsis to at most {@code max} code points. */
    static String shorten(String s, int max) {
        if (s == null || s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    /** Background, title and legend (wrapping onto more rows when needed); returns the y below them. */
    static double header(ChartCanvas c, String title, List<LegendEntry> legend, double width, double height) {
        c.rect(0, 0, width, height, BACKGROUND, null, null);
        double y = 8;
        if (title != null && !title.isBlank()) {
            c.text(width / 2, y + TITLE_FONT, title, TITLE_FONT, ChartCanvas.Anchor.MIDDLE, 0, TEXT, true);
            y += TITLE_FONT + 8;
        }
        if (legend.isEmpty()) {
            return y + 4;
        }
        double x = 12;
        double rowY = y + FONT;
        for (LegendEntry e : legend) {
            String name = shorten(e.name(), 40);
            double w = 22 + textWidth(name, FONT) + 14;
            if (x + w > width - 8 && x > 12) {
                x = 12;
                rowY += FONT + 6;
            }
            if (e.square()) {
                c.rect(x, rowY - 9, 10, 10, e.color(), null, null);
            } else {
                c.line(x, rowY - 4, x + 16, rowY - 4, e.color(), 2, e.dashed());
            }
            c.text(x + 22, rowY, name, FONT, ChartCanvas.Anchor.START, 0, TEXT, false);
            x += w;
        }
        return rowY + 8;
    }

    /** Left margin that fits the y tick labels and the rotated y title. */
    static double leftMargin(NiceTicks ticks, String yTitle) {
        double widest = 0;
        for (double v : ticks.values()) {
            widest = Math.max(widest, textWidth(ticks.label(v), FONT));
        }
        return widest + 12 + (blank(yTitle) ? 4 : FONT + 10);
    }

    /** Horizontal grid lines with labelled ticks, the y axis line and its title. */
    static void yAxis(ChartCanvas c, Area a, NiceTicks ticks, Scale y, String title) {
        for (double v : ticks.values()) {
            double py = y.at(v);
            c.line(a.left(), py, a.right(), py, GRID, 1, false);
            c.line(a.left() - 4, py, a.left(), py, AXIS, 1, false);
            c.text(a.left() - 7, py + FONT * 0.35, ticks.label(v), FONT, ChartCanvas.Anchor.END, 0, TEXT, false);
        }
        c.line(a.left(), a.top(), a.left(), a.bottom(), AXIS, 1, false);
        if (!blank(title)) {
            c.text(FONT + 2, a.top() + a.height() / 2, title, FONT, ChartCanvas.Anchor.MIDDLE, -90, TEXT, false);
        }
    }

    /** Labelled x ticks, the x axis line and its title. */
    static void xAxis(ChartCanvas c, Area a, NiceTicks ticks, Scale x, String title, double height) {
        for (double v : ticks.values()) {
            double px = x.at(v);
            c.line(px, a.top(), px, a.bottom(), GRID, 1, false);
            c.line(px, a.bottom(), px, a.bottom() + 4, AXIS, 1, false);
            c.text(px, a.bottom() + 6 + FONT, ticks.label(v), FONT, ChartCanvas.Anchor.MIDDLE, 0, TEXT, false);
        }
        c.line(a.left(), a.bottom(), a.right(), a.bottom(), AXIS, 1, false);
        xTitle(c, a, title, height);
    }

    static void xTitle(ChartCanvas c, Area a, String title, double height) {
        if (!blank(title)) {
            c.text(a.left() + a.width() / 2, height - 6, title, FONT, ChartCanvas.Anchor.MIDDLE, 0, TEXT, false);
        }
    }

    /** Dashed horizontal reference lines labelled at their right end. */
    static void thresholds(ChartCanvas c, Area a, Scale y, List<ChartData.Threshold> thresholds) {
        for (ChartData.Threshold t : thresholds) {
            double py = y.at(t.y());
            c.line(a.left(), py, a.right(), py, SeriesPalette.THRESHOLD, 1.2, true);
            String label = (blank(t.label()) ? "" : t.label() + " = ") + Markup.number(t.y());
            c.text(a.right() - 4, py - 4, label, FONT - 1, ChartCanvas.Anchor.END, 0, SeriesPalette.THRESHOLD, false);
        }
    }

    static void noData(ChartCanvas c, double width, double height) {
        c.text(width / 2, height / 2, "No data", FONT + 2, ChartCanvas.Anchor.MIDDLE, 0, AXIS, false);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
