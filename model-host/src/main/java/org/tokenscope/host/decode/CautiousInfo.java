package org.tokenscope.host.decode;

import java.util.List;

/**
 * A cautious step: the entropy that set the trial count, the count, every trial (empty when one) and the
 * winner (lowest perplexity, ties to the lowest index).
 */
public record CautiousInfo(double entropy, int trials, List<Trial> details, int chosen) {

    /** One trial: its tokens, their probabilities under the sampled-from distributions, and its perplexity. */
    public record Trial(int[] ids, double[] probs, double ppl) {
        /** PPL = exp(−(1/|s|) Σ log q(w_t)). */
        public static double perplexity(double[] probs) {
            double s = 0;
            for (double p : probs) {
                s += Math.log(p);
            }
            return Math.exp(-s / probs.length);
        }
    }
}
