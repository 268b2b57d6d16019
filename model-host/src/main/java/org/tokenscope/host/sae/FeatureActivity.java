package org.tokenscope.host.sae;

import java.util.Arrays;

/**
 * What training knows about each feature's use: when it last fired (for the dead count and AuxK), its running
 * firing density (for Zipf ranks and aux_zipf), and the running inference thresholds of the batch-level rules:
 * one global threshold (BatchTopK, Mutual Choice: the cut is global) and one per feature (Feature Choice: each
 * feature makes its own cut, so its inference threshold is the EMA of its own smallest kept activation; a global
 * one would let every feature fire down to the weakest feature's cut).
 */
final class FeatureActivity {
    private final long[] lastFired;
    private final float[] density;
    private final double densityDecay;
    private final double thresholdDecay;
    private final float[] featureThreshold;
    private long tokens;
    private double threshold = Double.NaN;

    FeatureActivity(int dSae, double initialDensity, double densityDecay, double thresholdDecay) {
        this.lastFired = new long[dSae];
        this.density = new float[dSae];
        Arrays.fill(density, (float) initialDensity);
        this.densityDecay = densityDecay;
        this.thresholdDecay = thresholdDecay;
        this.featureThreshold = new float[dSae];
        Arrays.fill(featureThreshold, Float.NaN);
    }

    /**
     * Records one batch: {@code fired[f]} tokens fired feature f (activation &gt; 0) among {@code rows};
     * {@code minKept} is the smallest positive activation the selection kept (NaN when none).
     */
    void record(int[] fired, int rows, double minKept) {
        tokens += rows;
        for (int f = 0; f < fired.length; f++) {
            if (fired[f] > 0) {
                lastFired[f] = tokens;
            }
            density[f] = (float) (densityDecay * density[f] + (1 - densityDecay) * fired[f] / (double) rows);
        }
        if (!Double.isNaN(minKept)) {
            threshold = Double.isNaN(threshold) ? minKept : thresholdDecay * threshold + (1 - thresholdDecay) * minKept;
        }
    }

    /** Updates each feature's threshold with the smallest positive activation it kept in this batch, if any. */
    void recordFeatureCuts(SparseBatch selection) {
        float[] min = new float[featureThreshold.length];
        Arrays.fill(min, Float.POSITIVE_INFINITY);
        for (int e = 0; e < selection.entries(); e++) {
            float v = selection.value[e];
            if (v > 0 && v < min[selection.feature[e]]) {
                min[selection.feature[e]] = v;
            }
        }
        for (int f = 0; f < min.length; f++) {
            if (Float.isFinite(min[f])) {
                featureThreshold[f] = Float.isNaN(featureThreshold[f]) ? min[f]
                        : (float) (thresholdDecay * featureThreshold[f] + (1 - thresholdDecay) * min[f]);
            }
        }
    }

    /** Per-feature thresholds; a feature that never kept a positive activation gets the global threshold. */
    float[] featureThresholds() {
        float[] t = featureThreshold.clone();
        for (int f = 0; f < t.length; f++) {
            if (Float.isNaN(t[f])) {
                t[f] = Double.isNaN(threshold) ? 0f : (float) threshold;
            }
        }
        return t;
    }

    long tokens() {
        return tokens;
    }

    /** Features that have not fired in the last {@code window} tokens (none before {@code window} tokens have passed). */
    boolean[] dead(long window) {
        boolean[] d = new boolean[lastFired.length];
        for (int f = 0; f < d.length; f++) {
            d[f] = tokens - lastFired[f] >= window;
        }
        return d;
    }

    int deadCount(long window) {
        int c = 0;
        for (boolean b : dead(window)) {
            c += b ? 1 : 0;
        }
        return c;
    }

    float[] density() {
        return density;
    }

    /** EMA of the smallest kept activation: the global JumpReLU threshold the batch-level rules save. */
    double threshold() {
        return threshold;
    }
}
