package org.tokenscope.host.decode;

/** Gumbel-Max sampling: token = argmax_v (log q_v + g(seed, t, r, v)); tokens with q = 0 never win. */
public final class Sampler {
    private Sampler() {
    }

    public static int choose(double[] q, SamplerSettings s, int position, int trial) {
        return choose(q, null, s, position, trial);
    }

    /** {@link #choose(double[], SamplerSettings, int, int)} drawing noise for the ascending {@code ids} only (null: all). */
    static int choose(double[] q, int[] ids, SamplerSettings s, int position, int trial) {
        if (s.greedy()) {
            int best = 0;
            for (int i = 1; i < q.length; i++) {
                if (q[i] > q[best]) {
                    best = i;
                }
            }
            return best;
        }
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        int count = ids == null ? q.length : ids.length;
        for (int j = 0; j < count; j++) {
            int v = ids == null ? j : ids[j];
            if (q[v] > 0) {
                double score = Math.log(q[v]) + GumbelNoise.gumbel(s.seed(), position, trial, v);
                if (score > bestScore) {
                    bestScore = score;
                    best = v;
                }
            }
        }
        if (best < 0) {
            // Distributions refuse logits that would give this; a hand-built q without mass is a programming error.
            throw new IllegalStateException("nothing to sample: the distribution has no token with positive probability");
        }
        return best;
    }

    /** argmax_v (log q_v + g_v) with given noise; tokens with q = 0 never win. */
    public static int argmaxWithNoise(double[] q, double[] g) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < q.length; v++) {
            if (q[v] > 0 && Math.log(q[v]) + g[v] > bestScore) {
                bestScore = Math.log(q[v]) + g[v];
                best = v;
            }
        }
        return best;
    }
}
