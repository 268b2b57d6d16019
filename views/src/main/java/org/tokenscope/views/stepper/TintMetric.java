package org.tokenscope.views.stepper;

import java.util.List;
import java.util.Locale;

/**
 * The per-token number that tints the token strip. Each maps a row to a tint value and picks the range the
 * colour scale spans: probabilities always span [0, 1] so strips of different runs compare at a glance; rank
 * is tinted by log10(rank) because ranks run from 1 to the vocabulary size.
 */
public enum TintMetric {
    ENTROPY("entropy", "Entropy", "entropy (nats)"),
    SURPRISAL("surprisal", "Surprisal", "surprisal (nats)"),
    PROBABILITY("probability", "Probability", "probability"),
    RANK("rank", "Rank", "rank"),
    TRIALS("trials", "CNTP trials", "CNTP trials");

    private final String key;
    private final String label;
    private final String legend;

    TintMetric(String key, String label, String legend) {
        this.key = key;
        this.label = label;
        this.legend = legend;
    }

    /** The name in project files. */
    public String key() {
        return key;
    }

    /** The name in the metric chooser. */
    public String label() {
        return label;
    }

    /** What the legend says the colour measures. */
    public String legend() {
        return legend;
    }

    public static TintMetric of(String key) {
        for (TintMetric m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return ENTROPY; // an unknown or missing metric falls back to the default rather than failing the project
    }

    /** The value that sets the row's colour; NaN (grey) when the row has none, e.g. trials of a plain run. */
    public double tint(TokenRow r) {
        return switch (this) {
            case ENTROPY -> r.entropy();
            case SURPRISAL -> Double.isFinite(r.surprisal()) ? r.surprisal() : Double.NaN;
            case PROBABILITY -> r.prob();
            case RANK -> r.rank() > 0 ? Math.log10(r.rank()) : Double.NaN;
            case TRIALS -> r.trials() > 0 ? r.trials() : Double.NaN;
        };
    }

    /** The tint range for these rows: [low, high] with high > low. */
    public double[] domain(List<TokenRow> rows) {
        double max = rows.stream().mapToDouble(this::tint).filter(Double::isFinite).max().orElse(Double.NaN);
        return switch (this) {
            case ENTROPY, SURPRISAL -> new double[] {0, Double.isFinite(max) && max > 0 ? max : 1};
            case PROBABILITY -> new double[] {0, 1};
            case RANK -> new double[] {0, Double.isFinite(max) && max > 0 ? max : 1};
            case TRIALS -> new double[] {1, Double.isFinite(max) && max > 1 ? max : 2};
        };
    }

    /** A tint value as the legend prints it (ranks back from log10). */
    public String format(double tint) {
        return switch (this) {
            case RANK -> String.valueOf(Math.round(Math.pow(10, tint)));
            case TRIALS -> String.valueOf(Math.round(tint));
            default -> String.format(Locale.ROOT, "%.2f", tint);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
