package org.tokenscope.host.decode;

/**
 * CNTP settings (Wang et al., 2025): entropy thresholds in nats, the most trials, the trial-count formula
 * and how punctuation is recognised.
 */
public record CautiousSettings(double hLow, double hHigh, int maxTrials, TrialFormula formula, Punctuation.Mode punctuation) {
    public static final CautiousSettings DEFAULT = new CautiousSettings(0.01, 1.5, 10, TrialFormula.CODE, Punctuation.Mode.TEXT);

    public CautiousSettings {
        if (!(hHigh > hLow)) {
            throw new IllegalArgumentException("h-high must be greater than h-low");
        }
        if (maxTrials < 1) {
            throw new IllegalArgumentException("max-trials must be ≥ 1");
        }
    }

    public int trials(double entropy) {
        return formula.trials(entropy, hLow, hHigh, maxTrials);
    }
}
