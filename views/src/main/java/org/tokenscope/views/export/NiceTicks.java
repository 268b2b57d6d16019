package org.tokenscope.views.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Axis ticks at round numbers (1, 2, 5 × 10^k) covering a data range, so axes read "0, 0.5, 1, 1.5"
 * rather than "0.13, 0.61, ...".
 *
 * @param min  first tick, at or below the data minimum
 * @param max  last tick, at or above the data maximum
 * @param step distance between ticks
 */
public record NiceTicks(double min, double max, double step) {

    /** About {@code target} ticks over [lo, hi]; a degenerate or empty range widens to something drawable. */
    public static NiceTicks of(double lo, double hi, int target) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return new NiceTicks(0, 1, 0.25);
        }
        if (hi < lo) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        if (hi == lo) {
            double pad = lo == 0 ? 1 : Math.abs(lo) * 0.5;
            lo -= pad;
            hi += pad;
        }
        double step = nice((hi - lo) / Math.max(1, target - 1));
        return new NiceTicks(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    /** The tick values, min to max inclusive. */
    public List<Double> values() {
        List<Double> out = new ArrayList<>();
        int n = (int) Math.round((max - min) / step);
        for (int i = 0; i <= n; i++) {
            double v = min + i * step;
            out.add(Math.abs(v) < step * 1e-9 ? 0.0 : v); // no "-0" or "1e-17" at the origin
        }
        return out;
    }

    /** A tick label with no more digits than the step needs. */
    public String label(double v) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        if (decimals == 0) {
            return Markup.number(Math.rint(v));
        }
        return Markup.number(Double.parseDouble(String.format(java.util.Locale.ROOT, "%." + Math.min(decimals, 12) + "f", v)));
    }

    /** The 1-2-5 number nearest {@code x}. */
    private static double nice(double x) {
        double exp = Math.floor(Math.log10(x));
        double f = x / Math.pow(10, exp);
        double nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
        return nf * Math.pow(10, exp);
    }
}
