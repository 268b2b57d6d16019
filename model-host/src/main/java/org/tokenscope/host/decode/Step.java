package org.tokenscope.host.decode;

/**
 * One generated token with statistics of the distribution it was sampled from (after every warper) and
 * of the raw softmax. Entropy and surprisal in nats; rank 1-based.
 */
public record Step(int index, int id, double prob, double probRaw, double entropy, double entropyRaw,
        double surprisal, int rank, int[] topIds, double[] topProbs) {

    static Step of(int index, int id, StageStats st, int topN) {
        int[] top = Distributions.top(st.warped(), topN);
        double[] topProbs = new double[top.length];
        for (int i = 0; i < top.length; i++) {
            topProbs[i] = st.warped()[top[i]];
        }
        double p = st.warped()[id];
        return new Step(index, id, p, st.raw()[id], Distributions.entropy(st.warped()), Distributions.entropy(st.raw()),
                -Math.log(p), Distributions.rank(st.warped(), id), top, topProbs);
    }
}
