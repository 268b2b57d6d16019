package org.tokenscope.host.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * The full-vocabulary distribution after each sampler stage of one step: raw softmax, temperature, top-k,
 * top-p, min-p. The last one is the distribution sampled from. {@code supports} holds, per stage, the ascending
 * ids with non-zero probability for the truncated stages (null where every id may be non-zero), so their
 * statistics and the draw walk those ids instead of the vocabulary ({@link Support}).
 */
public record StageStats(double[][] distributions, double[] entropies, int[][] supports) {

    public static StageStats of(float[] logits, SamplerSettings s) {
        int n = Stage.values().length;
        double[][] d = new double[n][];
        int[][] ids = new int[n][];
        double[] h = new double[n];
        d[0] = new double[logits.length];
        h[0] = Distributions.softmaxEntropy(logits, 1.0, d[0]);
        if (s.temperature() == 1.0) {
            d[1] = d[0];
            h[1] = h[0];
        } else {
            d[1] = new double[logits.length];
            h[1] = Distributions.softmaxEntropy(logits, s.temperature(), d[1]);
        }
        Support.Truncated k = Support.topK(d[1], s.topK());
        Support.Truncated p = Support.topP(k, s.topP());
        Support.Truncated m = Support.minP(p, s.minP());
        Support.Truncated[] t = {k, p, m};
        for (int i = 2; i < n; i++) {
            d[i] = t[i - 2].p();
            ids[i] = t[i - 2].ids();
            // Untouched stages reuse the array and its entropy.
            h[i] = d[i] == d[i - 1] ? h[i - 1] : Support.entropy(t[i - 2]);
        }
        return new StageStats(d, h, ids);
    }

    /** Draws the token from the sampled-from distribution (Gumbel-Max), over its support. */
    public int choose(SamplerSettings s, int position, int trial) {
        int last = distributions.length - 1;
        return Support.choose(new Support.Truncated(distributions[last], supports[last]), s, position, trial);
    }

    public double[] raw() {
        return distributions[0];
    }

    /** The distribution sampled from (after every active warper). */
    public double[] warped() {
        return distributions[distributions.length - 1];
    }

    public double[] at(Stage stage) {
        return distributions[stage.ordinal()];
    }

    /** Entropy of the sampled-from distribution, the H that decides CNTP's trial count. */
    public double entropy() {
        return entropies[entropies.length - 1];
    }

    /** Per-stage summaries of the chosen token: entropy, probability, rank and the top alternatives. */
    public List<StageSummary> summarise(int chosen, int topN) {
        List<StageSummary> out = new ArrayList<>(distributions.length);
        double[] previous = null;
        StageSummary last = null;
        for (Stage stage : Stage.values()) {
            double[] p = at(stage);
            // Inactive warpers return the same array: reuse the summary instead of recomputing it.
            last = p == previous ? last.as(stage)
                    : StageSummary.of(stage, p, supports[stage.ordinal()], entropies[stage.ordinal()], chosen, topN);
            out.add(last);
            previous = p;
        }
        return out;
    }
}
