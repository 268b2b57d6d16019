package org.tokenscope.host.sae;

/**
 * Counts of a feature's non-zero activations in equal bins over [0, max]; bin i covers
 * [i·width, (i+1)·width), the last bin includes max.
 */
public record ActivationHistogram(double binWidth, long[] counts) {

    static ActivationHistogram of(float[] activations, float max, int bins) {
        long[] counts = new long[bins];
        double width = max > 0 ? max / bins : 1;
        for (float a : activations) {
            counts[Math.min(bins - 1, (int) (a / width))]++;
        }
        return new ActivationHistogram(width, counts);
    }
}
