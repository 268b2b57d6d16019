package org.tokenscope.app.shell;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * View › Zoom: scales the root font size, which every Modena size is expressed in (em), in the steps browsers
 * use. The scale reaches the windows as a tiny data-URI stylesheet rather than an inline style, because popup
 * windows (menus, tooltips) copy their owner scene's stylesheets but not its inline styles.
 */
public final class Zoom {
    /** The window's font size at 100%, as tokenscope.css sets it. */
    public static final double BASE_FONT_PX = 13;
    static final double[] STEPS = {0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0};
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1.0);

    public Zoom(double initial) {
        scale.set(clamp(initial));
    }

    public void zoomIn() {
        for (double s : STEPS) {
            if (s > scale.get() + 1e-9) {
                scale.set(s);
                return;
            }
        }
    }

    public void zoomOut() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < scale.get() - 1e-9) {
                scale.set(STEPS[i]);
                return;
            }
        }
    }

    public void reset() {
        scale.set(1.0);
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double scale() {
        return scale.get();
    }

    /** The root font size at the current scale, in pixels. */
    public double fontPx() {
        return BASE_FONT_PX * scale.get();
    }

    /** A stylesheet URL setting the root font size; equal scales give equal URLs. */
    public String stylesheetUrl() {
        String css = String.format(Locale.ROOT, ".root { -fx-font-size: %.2fpx; }", fontPx());
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }

    /** Within the step range; a stored 1.3 stays 1.3 (the next step up or down snaps to the ladder). */
    static double clamp(double s) {
        return Double.isFinite(s) ? Math.max(STEPS[0], Math.min(STEPS[STEPS.length - 1], s)) : 1.0;
    }

    static boolean isZoomSheet(String url) {
        return url.startsWith("data:text/css;base64,");
    }
}
