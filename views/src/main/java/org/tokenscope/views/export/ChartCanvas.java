package org.tokenscope.views.export;

/**
 * The drawing operations a chart needs, in pixels with the origin top left and y growing downwards (as in
 * SVG). {@link ChartPainter} lays a chart out once against this interface; SVG, PDF and the JavaFX canvas
 * each implement it, so the three renderings cannot drift apart. Colours are "#rrggbb"; null means none.
 */
public interface ChartCanvas {
    /** Horizontal placement of text relative to its x. */
    enum Anchor { START, MIDDLE, END }

    void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

    /** Connected line through the points (at least two). */
    void polyline(double[] xs, double[] ys, String stroke, double width);

    /** {@code tooltip} (may be null) is kept where the format can carry it (an SVG title). */
    void rect(double x, double y, double w, double h, String fill, String stroke, String tooltip);

    void circle(double cx, double cy, double r, String fill, String tooltip);

    /**
     * Text whose baseline starts (or centres, or ends) at (x, y); {@code rotate} in degrees about (x, y), as SVG
     * and JavaFX count them on a y-down screen (clockwise positive): -90 writes bottom to top along an axis.
     */
    void text(double x, double y, String text, double size, Anchor anchor, double rotate, String fill, boolean bold);
}
