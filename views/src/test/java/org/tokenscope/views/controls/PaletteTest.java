package org.tokenscope.views.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The colour-blind-safe scales: ends, monotonic lightness, zero at the diverging midpoint. */
class PaletteTest {

    /** Relative luminance (WCAG), the lightness a greyscale print or a colour-blind reader still sees. */
    private static double luminance(Color c) {
        return 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
    }

    private static double lin(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    @Test
    void sequentialScalesGetLighterAllTheWay() {
        for (Palette p : new Palette[] {Palette.VIRIDIS, Palette.CIVIDIS}) {
            double last = -1;
            for (int i = 0; i <= 50; i++) {
                double l = luminance(p.at(i / 50.0));
                assertTrue(l > last, p + " darkens at " + i / 50.0);
                last = l;
            }
        }
        assertEquals("#440154", Palette.hex(Palette.SEQUENTIAL.at(0)));
        assertEquals("#fde725", Palette.hex(Palette.SEQUENTIAL.at(1)));
    }

    @Test
    void divergingScaleIsLightestAtZeroAndSymmetricInLightness() {
        Palette d = Palette.DIVERGING;
        assertTrue(d.isDiverging());
        assertEquals(d.at(0.5), d.forValue(0, -3, 1), "zero is the midpoint whatever the data range");
        assertEquals(d.at(0), d.forValue(-3, -3, 1));
        assertEquals(d.at(1), d.forValue(3, -3, 1));
        for (int i = 1; i <= 25; i++) {
            double below = luminance(d.at(0.5 - i / 50.0));
            double above = luminance(d.at(0.5 + i / 50.0));
            assertTrue(below < luminance(d.at(0.5 - (i - 1) / 50.0)), "blue side darkens away from zero");
            assertTrue(above < luminance(d.at(0.5 + (i - 1) / 50.0)), "orange side darkens away from zero");
            assertEquals(below, above, 0.08, "equal |value| reads equally strong at " + i / 50.0);
        }
        assertTrue(d.at(0).getBlue() > d.at(0).getRed(), "negative is blue");
        assertTrue(d.at(1).getRed() > d.at(1).getBlue(), "positive is orange");
    }

    @Test
    void missingValuesAndDegenerateRanges() {
        assertEquals(Palette.NO_VALUE, Palette.SEQUENTIAL.forValue(Double.NaN, 0, 1));
        assertEquals(Palette.SEQUENTIAL.at(0), Palette.SEQUENTIAL.forValue(2, 2, 2));
        assertEquals(Palette.DIVERGING.at(0.5), Palette.DIVERGING.forValue(0, 0, 0));
        assertTrue(Palette.CIVIDIS.cssGradient().startsWith("linear-gradient(to right, #00224e"));
    }
}
