package org.tokenscope.host.decode;

/**
 * One sampler stage of one step, summarised: entropy (nats) of the full distribution, the chosen token's
 * probability and 1-based rank, and the most probable alternatives.
 */
public record StageSummary(Stage stage, double entropy, double prob, int rank, int[] topIds, double[] topProbs) {

    /** {@code support}: the ascending ids with p &gt; 0, or null to walk the whole vocabulary. */
    static StageSummary of(Stage stage, double[] p, int[] support, double entropy, int chosen, int topN) {
        int[] top = Support.top(p, support, topN);
        double[] probs = new double[top.length];
        for (int i = 0; i < top.length; i++) {
            probs[i] = p[top[i]];
        }
        return new StageSummary(stage, entropy, p[chosen], Support.rank(p, support, chosen), top, probs);
    }

    StageSummary as(Stage other) {
        return new StageSummary(other, entropy, prob, rank, topIds, topProbs);
    }

    /** −log p in nats; infinite when the stage removed the token. */
    public double surprisal() {
        return -Math.log(prob);
    }
}
