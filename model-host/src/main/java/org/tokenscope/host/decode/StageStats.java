package org.tokenscope.host.decode;

/**
 * The raw and the sampled-from (fully warped) distribution of one step, and the chosen token's place in
 * them. Arrays are full-vocabulary.
 */
public record StageStats(double[] raw, double[] warped) {

    /** Applies temperature, top-k, top-p and min-p in that order. */
    public static StageStats of(float[] logits, SamplerSettings s) {
        double[] raw = Distributions.softmax(logits, 1.0);
        double[] q = s.temperature() == 1.0 ? raw.clone() : Distributions.softmax(logits, s.temperature());
        q = Distributions.topK(q, s.topK());
        q = Distributions.topP(q, s.topP());
        q = Distributions.minP(q, s.minP());
        return new StageStats(raw, q);
    }
}
