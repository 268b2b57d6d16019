package org.tokenscope.host.attribution;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.attribution.AttributionException.Kind;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;

/**
 * φ_i = Σ_{S ⊆ N\{i}} |S|!(M−|S|−1)!/M! · [v(S∪{i}) − v(S)] over all 2^M coalitions, each evaluated once.
 */
public final class ExactShapley {
    /** 2^16 = 65,536 coalitions: minutes on a small model, and the limit the spec offers. */
    public static final int MAX_PLAYERS = 16;

    private ExactShapley() {
    }

    public static Estimate estimate(CoalitionGame game, Progress progress, Cancellation cancel) {
        int m = game.players();
        requireEnumerable(m);
        int total = 1 << m;
        double[] v = new double[total];
        int slice = Math.max(1, game.preferredBatch()) * 8;
        for (int from = 0; from < total; from += slice) {
            cancel.check();
            int to = Math.min(total, from + slice);
            List<Coalition> batch = new ArrayList<>(to - from);
            for (int mask = from; mask < to; mask++) {
                batch.add(Coalition.ofMask(m, mask));
            }
            System.arraycopy(game.values(batch, cancel), 0, v, from, to - from);
            progress.update(to, total, "coalition " + to + "/" + total);
        }
        return new Estimate(phi(v, m), new double[m], v[0], v[total - 1], total, Estimate.Stop.COMPLETE);
    }

    /** Refuses more than {@link #MAX_PLAYERS} players with a message that offers sampling. */
    public static void requireEnumerable(int players) {
        if (players > MAX_PLAYERS) {
            throw new AttributionException(Kind.TOO_MANY_PLAYERS, players + " players are too many for exact Shapley (at most "
                    + MAX_PLAYERS + ": it evaluates all 2^M coalitions): use sampling (--method permutation or kernel), "
                    + "a coarser granularity, or pin parts of the prompt");
        }
    }

    /** φ from the table of all coalition values, {@code v[mask]}. */
    static double[] phi(double[] v, int m) {
        double[] weight = weights(m);
        double[] phi = new double[m];
        for (int i = 0; i < m; i++) {
            int bit = 1 << i;
            double sum = 0;
            for (int mask = 0; mask < v.length; mask++) {
                if ((mask & bit) == 0) {
                    sum += weight[Integer.bitCount(mask)] * (v[mask | bit] - v[mask]);
                }
            }
            phi[i] = sum;
        }
        return phi;
    }

    /** |S|!(M−|S|−1)!/M! = 1 / (M · C(M−1, |S|)) for |S| = 0..M−1. */
    static double[] weights(int m) {
        double[] w = new double[Math.max(m, 1)];
        double binom = 1; // C(M−1, s)
        for (int s = 0; s < m; s++) {
            w[s] = 1.0 / (m * binom);
            binom = binom * (m - 1 - s) / (s + 1);
        }
        return m == 0 ? new double[0] : w;
    }

    /** The exact values of a game small enough to enumerate, without progress (tests, toy games). */
    public static double[] of(CoalitionGame game) {
        return estimateQuietly(game).phi();
    }

    static Estimate estimateQuietly(CoalitionGame game) {
        return estimate(game, Progress.NONE, Cancellation.none());
    }
}
