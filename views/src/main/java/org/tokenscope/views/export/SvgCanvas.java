package org.tokenscope.views.export;

import java.util.Locale;

/** A {@link ChartCanvas} that writes SVG elements; tooltips become {@code <title>} children (hover text). */
final class SvgCanvas implements ChartCanvas {
    private final StringBuilder out = new StringBuilder(8192);

    @Override
    public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(width)).append('"').append(dashed ? " stroke-dasharray=\"5 4\"" : "").append("/>\n");
    }

    @Override
    public void polyline(double[] xs, double[] ys, String stroke, double width) {
        out.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width))
                .append("\" stroke-linejoin=\"round\" points=\"");
        for (int i = 0; i < xs.length; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append("\"/>\n");
    }

    @Override
    public void rect(double x, double y, double w, double h, String fill, String stroke, String tooltip) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill == null ? "none" : fill).append('"');
        if (stroke != null) {
            out.append(" stroke=\"").append(stroke).append('"');
        }
        close("rect", tooltip);
    }

    @Override
    public void circle(double cx, double cy, double r, String fill, String tooltip) {
        out.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append('"');
        close("circle", tooltip);
    }

    @Override
    public void text(double x, double y, String text, double size, Anchor anchor, double rotate, String fill, boolean bold) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append("\" fill=\"").append(fill).append('"');
        if (anchor != Anchor.START) {
            out.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (rotate != 0) {
            out.append(" transform=\"rotate(").append(n(rotate)).append(' ').append(n(x)).append(' ').append(n(y)).append(")\"");
        }
        out.append('>').append(Markup.escape(text)).append("</text>\n");
    }

    private void close(String element, String tooltip) {
        if (tooltip == null) {
            out.append("/>\n");
        } else {
            out.append("><title>").append(Markup.escape(tooltip)).append("</title></").append(element).append(">\n");
        }
    }

    /** Pixel coordinates to two decimals: a tenth of a pixel is invisible, and files stay small. */
    private static String n(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.endsWith(".00")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("0")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.equals("-0") ? "0" : s;
    }

    String body() {
        return out.toString();
    }
}
