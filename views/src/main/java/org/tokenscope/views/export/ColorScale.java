package org.tokenscope.views.export;

import java.util.Locale;

/**
 * Colour-blind-safe colour scales for heatmaps and tints, as hex strings so the SVG, PDF and JavaFX
 * renderers share them: viridis for magnitudes, ColorBrewer RdBu (blue below zero, red above) for signed
 * values such as Shapley φ.
 */
public enum ColorScale {
    SEQUENTIAL("#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725"),
    DIVERGING("#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fddbc7", "#f4a582", "#d6604d", "#b2182b");

    /** Cells without a value: a mid grey that neither scale uses. */
    public static final String NO_VALUE = "#a0a0a0";

    private final int[][] stops;

    ColorScale(String... hex) {
        stops = new int[hex.length][];
        for (int i = 0; i < hex.length; i++) {
            int rgb = Integer.parseInt(hex[i].substring(1), 16);
            stops[i] = new int[] {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
        }
    }

    /**
     * The value range the scale spans for data in [min, max]: as given for the sequential scale, symmetric
     * around zero for the diverging one, so white always means zero.
     */
    public double[] domain(double min, double max) {
        if (this == DIVERGING) {
            double m = Math.max(Math.abs(min), Math.abs(max));
            return m > 0 && Double.isFinite(m) ? new double[] {-m, m} : new double[] {-1, 1};
        }
        if (!(max > min)) {
            return new double[] {min, min + 1}; // one value everywhere: show it at the low end
        }
        return new double[] {min, max};
    }

    /** Colour of {@code value} within {@code domain} (from {@link #domain}); NaN gives {@link #NO_VALUE}. */
    public String color(double value, double[] domain) {
        if (Double.isNaN(value)) {
            return NO_VALUE;
        }
        double t = (value - domain[0]) / (domain[1] - domain[0]);
        return colorAt(Math.max(0, Math.min(1, t)));
    }

    /** Colour at fraction {@code t} ∈ [0, 1] along the scale. */
    public String colorAt(double t) {
        double pos = t * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(pos));
        double f = pos - i;
        int[] a = stops[i];
        int[] b = stops[i + 1];
        return String.format(Locale.ROOT, "#%02x%02x%02x", mix(a[0], b[0], f), mix(a[1], b[1], f), mix(a[2], b[2], f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
