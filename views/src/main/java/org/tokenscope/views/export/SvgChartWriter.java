package org.tokenscope.views.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a chart as a standalone SVG document drawn from its data (ChartFx has no SVG export). Every data
 * point carries its exact values in a {@code <title>}, so the file is both a picture and a record.
 */
public final class SvgChartWriter {
    public static final double DEFAULT_WIDTH = 720;
    public static final double DEFAULT_HEIGHT = 420;

    private SvgChartWriter() {
    }

    /** The SVG document, without an XML declaration so the same text can be inlined in HTML. */
    public static String toSvg(ChartData chart, double width, double height) {
        SvgCanvas canvas = new SvgCanvas();
        ChartPainter.paint(chart, canvas, width, height);
        String w = Markup.number(Math.round(width));
        String h = Markup.number(Math.round(height));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h
                + "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" role=\"img\">\n"
                + "<title>" + Markup.escape(chart.title()) + "</title>\n"
                + canvas.body() + "</svg>\n";
    }

    public static String toSvg(ChartData chart) {
        return toSvg(chart, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** Writes {@code chart} to {@code file} as a UTF-8 SVG file. */
    public static void write(ChartData chart, Path file) throws IOException {
        write(chart, file, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public static void write(ChartData chart, Path file, double width, double height) throws IOException {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + toSvg(chart, width, height);
        Files.writeString(file, doc, StandardCharsets.UTF_8);
    }
}
