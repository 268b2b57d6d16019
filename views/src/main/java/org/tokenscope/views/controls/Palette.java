package org.tokenscope.views.controls;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.paint.Color;

/**
 * Colour scales that stay readable with the common colour-vision deficiencies, for heat overlays, legends and
 * charts in the JavaFX views. Sequential scales (viridis, cividis) are monotonic in lightness, so magnitudes
 * also read in greyscale; the diverging scale runs blue → near-white → orange, the hue pair that red–green
 * deficiencies (deuteranopia, protanopia) keep apart, with zero always at the light midpoint.
 * {@link #SEQUENTIAL} and {@link #DIVERGING} are the defaults panels should use.
 */
public enum Palette {
    /** Matplotlib's viridis (van der Walt and Smith), 9 stops. */
    VIRIDIS(false, "#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725"),
    /** Cividis (Nuñez, Anderton and Renslow 2018), tuned to look the same to deuteranopes; 6 stops. */
    CIVIDIS(false, "#00224e", "#35456c", "#666970", "#948e77", "#c8b866", "#fee838"),
    /**
     * Blue below zero, orange above. Stops were placed in CIELAB at equal lightness on both sides (L* 32, 47,
     * 63, 80 around a 97 midpoint), so equal |value| reads equally strong whatever its sign.
     */
    BLUE_ORANGE(true, "#045077", "#0f76ad", "#46a0de", "#aacaeb", "#f6f6f6", "#f1bc96", "#e0802c", "#ac5a04", "#763c02");

    /** The default scale for magnitudes (probability, entropy, activation). */
    public static final Palette SEQUENTIAL = VIRIDIS;
    /** The default scale for signed values (Shapley φ, logit differences). */
    public static final Palette DIVERGING = BLUE_ORANGE;
    /** Cells without a value: a mid grey none of the scales uses. */
    public static final Color NO_VALUE = Color.web("#a0a0a0");

    private final boolean diverging;
    private final List<Color> stops;

    Palette(boolean diverging, String... hex) {
        this.diverging = diverging;
        this.stops = java.util.Arrays.stream(hex).map(Color::web).toList();
    }

    /** True for scales centred on zero. */
    public boolean isDiverging() {
        return diverging;
    }

    /** The scale's stops, evenly spaced from 0 to 1. */
    public List<Color> stops() {
        return stops;
    }

    /** Colour at fraction {@code t} along the scale; {@code t} is clamped to [0, 1], NaN gives {@link #NO_VALUE}. */
    public Color at(double t) {
        if (Double.isNaN(t)) {
            return NO_VALUE;
        }
        double pos = Math.max(0, Math.min(1, t)) * (stops.size() - 1);
        int i = Math.min(stops.size() - 2, (int) Math.floor(pos));
        // Interpolating in sRGB between close stops stays within the published maps' tolerance.
        return stops.get(i).interpolate(stops.get(i + 1), pos - i);
    }

    /**
     * Colour of {@code value} for data spanning [min, max]. A diverging scale is made symmetric around zero
     * (±max |value|) so that the midpoint always means zero; a sequential one spans [min, max].
     */
    public Color forValue(double value, double min, double max) {
        if (Double.isNaN(value)) {
            return NO_VALUE;
        }
        if (diverging) {
            double m = Math.max(Math.abs(min), Math.abs(max));
            return m > 0 && Double.isFinite(m) ? at(0.5 + value / (2 * m)) : at(0.5);
        }
        return max > min ? at((value - min) / (max - min)) : at(0); // one value everywhere: the low end
    }

    /** Colour as {@code #rrggbb}, for SVG, HTML and inline styles. */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", channel(c.getRed()), channel(c.getGreen()), channel(c.getBlue()));
    }

    /** A left-to-right CSS gradient of the scale, e.g. for a legend bar's {@code -fx-background-color}. */
    public String cssGradient() {
        return stops.stream().map(Palette::hex).collect(Collectors.joining(", ", "linear-gradient(to right, ", ")"));
    }

    private static int channel(double v) {
        return (int) Math.round(v * 255);
    }
}
