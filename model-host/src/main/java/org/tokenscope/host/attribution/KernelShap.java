package org.tokenscope.host.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.tokenscope.host.attribution.AttributionException.Kind;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;

/**
 * KernelSHAP: φ solves the weighted least squares v(z) ≈ v(∅) + Σ_i z_i φ_i over coalitions z with the
 * Shapley kernel π(z) = (M−1) / (C(M,|z|)·|z|·(M−|z|)), subject to Σφ = v(N) − v(∅) (the empty and full
 * coalitions constrained). When the budget covers all 2^M − 2 proper coalitions they are enumerated with
 * their kernel weights and the result is exact Shapley. Otherwise coalition sizes are drawn with
 * probability ∝ C(M,s)·π(s), a uniform subset of that size is taken with its complement (paired
 * sampling), every draw weighs 1, and standard errors come from the sandwich covariance over pairs.
 */
public final class KernelShap {
    private KernelShap() {
    }

    /** SHAP's automatic budget: 2M + 2048 coalitions, or all of them when fewer. */
    public static long defaultSamples(int m) {
        return m >= 62 ? 2L * m + 2048 : Math.max(1, Math.min((1L << m) - 2, 2L * m + 2048));
    }

    public static Estimate estimate(CoalitionGame game, SamplingBudget budget, long seed, Progress progress, Cancellation cancel) {
        int m = game.players();
        double[] ends = game.values(List.of(Coalition.empty(m), Coalition.full(m)), cancel);
        double vEmpty = ends[0], vFull = ends[1];
        if (m <= 1) {
            return new Estimate(m == 0 ? new double[0] : new double[] {vFull - vEmpty}, new double[m], vEmpty, vFull, 0,
                    Estimate.Stop.COMPLETE);
        }
        boolean enumerate = m < 31 && budget.samples() >= (1L << m) - 2;
        List<Coalition> coalitions = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (enumerate) {
            for (long mask = 1; mask < (1L << m) - 1; mask++) {
                Coalition c = Coalition.ofMask(m, mask);
                coalitions.add(c);
                weights.add(kernelWeight(m, c.size()));
            }
        } else {
            drawPairs(m, (budget.samples() + 1) / 2, new SplittableRandom(seed), coalitions, weights);
        }
        SamplingBudget.Clock clock = budget.start(game);
        double[] v = new double[coalitions.size()];
        int done = 0;
        Estimate.Stop stop = Estimate.Stop.COMPLETE;
        int slice = Math.max(2, game.preferredBatch() * 4) & ~1; // even, so a pair is never split
        while (done < v.length) {
            cancel.check();
            int to = Math.min(v.length, done + slice);
            System.arraycopy(game.values(coalitions.subList(done, to), cancel), 0, v, done, to - done);
            done = to;
            progress.update(done, v.length, "coalition " + done + "/" + v.length);
            Estimate.Stop limit = enumerate || done == v.length ? null : clock.exhausted();
            if (limit != null) {
                stop = limit;
                break;
            }
        }
        WeightedFit fit = WeightedFit.solve(m, coalitions.subList(0, done), weights.subList(0, done), v, vEmpty, vFull);
        double[] se = enumerate ? new double[m] : fit.pairedStderr();
        return new Estimate(fit.phi(), se, vEmpty, vFull, done, stop);
    }

    /** π(s) = (M−1) / (C(M,s)·s·(M−s)). */
    static double kernelWeight(int m, int s) {
        return (m - 1) / (binomial(m, s) * s * (m - s));
    }

    private static double binomial(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    /** Each pair is a subset of a kernel-distributed size and its complement; pairs sit next to each other. */
    private static void drawPairs(int m, long pairs, SplittableRandom random, List<Coalition> out, List<Double> weights) {
        double[] cumulative = new double[m];
        for (int s = 1; s < m; s++) {
            cumulative[s] = cumulative[s - 1] + 1.0 / (s * (double) (m - s)); // C(M,s)·π(s) ∝ 1/(s(M−s))
        }
        int[] players = new int[m];
        for (long p = 0; p < pairs; p++) {
            double u = random.nextDouble() * cumulative[m - 1];
            int size = 1;
            while (size < m - 1 && cumulative[size] <= u) {
                size++;
            }
            for (int i = 0; i < m; i++) {
                players[i] = i;
            }
            Coalition c = Coalition.empty(m);
            for (int i = 0; i < size; i++) {
                int j = i + random.nextInt(m - i);
                int t = players[i]; players[i] = players[j]; players[j] = t;
                c = c.with(players[i]);
            }
            Coalition complement = Coalition.full(m);
            for (int i = 0; i < size; i++) {
                complement = complement.without(players[i]);
            }
            out.add(c);
            out.add(complement);
            weights.add(1.0);
            weights.add(1.0);
        }
    }

    static AttributionException tooFew(int m, int done) {
        return new AttributionException(Kind.BAD_SETTING, done + " coalitions do not determine " + m
                + " KernelSHAP values: give more samples (at least " + (2 * m) + ") or more time");
    }
}
