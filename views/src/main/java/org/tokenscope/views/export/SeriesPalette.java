package org.tokenscope.views.export;

/** Series colours: the Okabe–Ito palette, distinguishable with the common colour-vision deficiencies. */
public final class SeriesPalette {
    private static final String[] COLORS = {
        "#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#f0e442", "#000000"};

    /** Threshold lines: dark grey, dashed, so they never read as data. */
    public static final String THRESHOLD = "#555555";

    private SeriesPalette() {
    }

    /** Colour of the {@code i}-th series (cycles after eight). */
    public static String color(int i) {
        return COLORS[Math.floorMod(i, COLORS.length)];
    }
}
