package org.tokenscope.views.shapley;

import java.util.Locale;

/** The "about 40 s left" after a job's progress message, from the fraction done and the time spent so far. */
final class Eta {
    private Eta() {
    }

    /**
     * @param fraction   done in [0, 1], negative while unknown
     * @param elapsed    seconds since the run started
     * @param maxSeconds the user's time budget, 0 for none: sampling stops there whatever the fraction says
     * @return " · about 12 s left", or "" when there is nothing sensible to say yet
     */
    static String text(double fraction, double elapsed, double maxSeconds) {
        double left = fraction > 0.01 && fraction < 1 ? elapsed * (1 - fraction) / fraction : Double.NaN;
        if (maxSeconds > 0) {
            double budget = Math.max(0, maxSeconds - elapsed);
            left = Double.isNaN(left) ? budget : Math.min(left, budget);
        }
        if (Double.isNaN(left) || elapsed < 0.5) {
            return ""; // the first rounds include warm-up and say little about the rate
        }
        return " · about " + duration(left) + " left";
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 90) {
            return s + " s";
        }
        return s < 5400 ? String.format(Locale.ROOT, "%d min", Math.round(s / 60.0)) : String.format(Locale.ROOT, "%.1f h", s / 3600.0);
    }
}
