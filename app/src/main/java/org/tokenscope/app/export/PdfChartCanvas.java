package org.tokenscope.app.export;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import org.tokenscope.views.export.ChartCanvas;

/**
 * A {@link ChartCanvas} on an OpenPDF content stream, so report charts are vectors that print sharp. PDF puts
 * the origin bottom left with y up; every y is flipped against the chart's height here.
 */
final class PdfChartCanvas implements ChartCanvas {
    private final PdfContentByte cb;
    private final double height;
    private final BaseFont font;

    PdfChartCanvas(PdfContentByte cb, double height, BaseFont font) {
        this.cb = cb;
        this.height = height;
        this.font = font;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        cb.saveState();
        cb.setColorStroke(color(stroke));
        cb.setLineWidth((float) width);
        if (dashed) {
            cb.setLineDash(5f, 4f, 0f);
        }
        cb.moveTo((float) x1, y(y1));
        cb.lineTo((float) x2, y(y2));
        cb.stroke();
        cb.restoreState();
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width) {
        cb.saveState();
        cb.setColorStroke(color(stroke));
        cb.setLineWidth((float) width);
        cb.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        cb.moveTo((float) xs[0], y(ys[0]));
        for (int i = 1; i < xs.length; i++) {
            cb.lineTo((float) xs[i], y(ys[i]));
        }
        cb.stroke();
        cb.restoreState();
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke, String tooltip) {
        cb.saveState();
        cb.rectangle((float) x, y(y + h), (float) w, (float) h);
        if (fill != null) {
            cb.setColorFill(color(fill));
        }
        if (stroke != null) {
            cb.setColorStroke(color(stroke));
            cb.setLineWidth(1f);
        }
        if (fill != null && stroke != null) {
            cb.fillStroke();
        } else if (fill != null) {
            cb.fill();
        } else if (stroke != null) {
            cb.stroke();
        } else {
            cb.newPath();
        }
        cb.restoreState();
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String tooltip) {
        cb.saveState();
        cb.setColorFill(color(fill));
        cb.circle((float) cx, y(cy), (float) r);
        cb.fill();
        cb.restoreState();
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, double rotate, String fill, boolean bold) {
        int align = anchor == Anchor.START ? PdfContentByte.ALIGN_LEFT
                : anchor == Anchor.MIDDLE ? PdfContentByte.ALIGN_CENTER : PdfContentByte.ALIGN_RIGHT;
        cb.saveState();
        cb.beginText();
        cb.setFontAndSize(font, (float) size);
        cb.setColorFill(color(fill));
        if (bold) {
            // One embedded face only: stroke the glyph outlines a little to embolden them.
            cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
            cb.setLineWidth((float) (size / 30));
            cb.setColorStroke(color(fill));
        }
        // PDF angles turn counter-clockwise with y up: the opposite sense of the canvas contract.
        cb.showTextAligned(align, text, (float) x, y(y), (float) -rotate);
        cb.endText();
        cb.restoreState();
    }

    private float y(double v) {
        return (float) (height - v);
    }

    private static Color color(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
