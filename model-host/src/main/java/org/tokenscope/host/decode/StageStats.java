package org.tokenscope.host.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * The full-vocabulary distribution after each sampler stage of one step: raw softmax, temperature, top-k,
 * top-p, min-p. The last one is the distribution sampled from.
 */
public record StageStats(double[][] distributions) {

    public static StageStats of(float[] logits, SamplerSettings s) {
        double[][] d = new double[Stage.values().length][];
        d[0] = Distributions.softmax(logits, 1.0);
        d[1] = s.temperature() == 1.0 ? d[0] : Distributions.softmax(logits, s.temperature());
        d[2] = Distributions.topK(d[1], s.topK());
        d[3] = Distributions.topP(d[2], s.topP());
        d[4] = Distributions.minP(d[3], s.minP());
        return new StageStats(d);
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
        return Distributions.entropy(warped());
    }

    /** Per-stage summaries of the chosen token: entropy, probability, rank and the top alternatives. */
    public List<StageSummary> summarise(int chosen, int topN) {
        List<StageSummary> out = new ArrayList<>(distributions.length);
        double[] previous = null;
        StageSummary last = null;
        for (Stage stage : Stage.values()) {
            double[] p = at(stage);
            // Inactive warpers return the same array: reuse the summary instead of recomputing it.
            last = p == previous ? last.as(stage) : StageSummary.of(stage, p, chosen, topN);
            out.add(last);
            previous = p;
        }
        return out;
    }
}
