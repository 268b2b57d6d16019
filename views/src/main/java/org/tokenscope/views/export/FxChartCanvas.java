package org.tokenscope.views.export;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** A {@link ChartCanvas} on a JavaFX {@link GraphicsContext}; tooltips are dropped (the view has its own). */
final class FxChartCanvas implements ChartCanvas {
    private final GraphicsContext g;

    FxChartCanvas(GraphicsContext g) {
        this.g = g;
        g.setTextBaseline(VPos.BASELINE);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        g.setStroke(Color.web(stroke));
        g.setLineWidth(width);
        g.setLineDashes(dashed ? new double[] {5, 4} : null);
        g.strokeLine(x1, y1, x2, y2);
        g.setLineDashes((double[]) null);
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width) {
        g.setStroke(Color.web(stroke));
        g.setLineWidth(width);
        g.strokePolyline(xs, ys, xs.length);
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke, String tooltip) {
        if (fill != null) {
            g.setFill(Color.web(fill));
            g.fillRect(x, y, w, h);
        }
        if (stroke != null) {
            g.setStroke(Color.web(stroke));
            g.setLineWidth(1);
            g.strokeRect(x, y, w, h);
        }
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String tooltip) {
        g.setFill(Color.web(fill));
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, double rotate, String fill, boolean bold) {
        g.save();
        g.translate(x, y);
        if (rotate != 0) {
            g.rotate(rotate);
        }
        g.setFont(Font.font(null, bold ? FontWeight.BOLD : FontWeight.NORMAL, size));
        g.setFill(Color.web(fill));
        g.setTextAlign(anchor == Anchor.START ? TextAlignment.LEFT : anchor == Anchor.MIDDLE ? TextAlignment.CENTER : TextAlignment.RIGHT);
        g.fillText(text, 0, 0);
        g.restore();
    }
}
