package org.tokenscope.host.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;

/**
 * Monte Carlo Shapley by permutations with antithetic pairs: each random order is walked forwards and
 * backwards, adding one player at a time and crediting it with its marginal. One pair is one sample of
 * (forward + backward) / 2, whose negative correlation lowers the variance; efficiency holds exactly for
 * every permutation. Orders come from a {@link SplittableRandom} seeded by {@code seed}, so a seed fixes
 * the result.
 */
public final class PermutationShapley {
    private PermutationShapley() {
    }

    /**
     * @param onRefine receives the estimate so far after each round of pairs (for a panel that refines live)
     */
    public static Estimate estimate(CoalitionGame game, SamplingBudget budget, long seed, Progress progress,
            Cancellation cancel, Consumer<Estimate> onRefine) {
        int m = game.players();
        SamplingBudget.Clock clock = budget.start(game);
        long plannedPairs = (budget.samples() + 1) / 2;
        Coalition empty = Coalition.empty(m), full = Coalition.full(m);
        double[] ends = game.values(List.of(empty, full), cancel);
        double vEmpty = ends[0], vFull = ends[1];
        RunningMoments moments = new RunningMoments(m);
        SplittableRandom random = new SplittableRandom(seed);
        // Enough pairs per round to fill the model's batches (each pair asks for 2(M−1) inner coalitions).
        int pairsPerRound = (int) Math.max(1, Math.ceil(game.preferredBatch() / (2.0 * Math.max(1, m - 1))));
        Estimate.Stop stop = Estimate.Stop.COMPLETE;
        while (moments.count() < plannedPairs) {
            cancel.check();
            int pairs = (int) Math.min(pairsPerRound, plannedPairs - moments.count());
            List<int[]> orders = new ArrayList<>(pairs);
            List<Coalition> walk = new ArrayList<>(pairs * 2 * (m + 1));
            for (int p = 0; p < pairs; p++) {
                int[] order = shuffled(m, random);
                orders.add(order);
                addWalk(walk, order, m, false);
                addWalk(walk, order, m, true);
            }
            double[] v = game.values(walk, cancel);
            for (int p = 0; p < pairs; p++) {
                double[] sample = new double[m];
                credit(sample, orders.get(p), v, 2 * p * (m + 1), false);
                credit(sample, orders.get(p), v, (2 * p + 1) * (m + 1), true);
                for (int i = 0; i < m; i++) {
                    sample[i] /= 2;
                }
                moments.add(sample);
            }
            Estimate now = moments.estimate(vEmpty, vFull, Estimate.Stop.COMPLETE);
            progress.update(moments.count() * 2, plannedPairs * 2, String.format(java.util.Locale.ROOT,
                    "permutation %d/%d, largest standard error %.3g", moments.count() * 2, plannedPairs * 2, moments.maxStderr()));
            onRefine.accept(now);
            if (moments.count() < plannedPairs) {
                if (budget.tolerance() > 0 && moments.count() >= 2 && moments.maxStderr() < budget.tolerance()) {
                    stop = Estimate.Stop.TOLERANCE;
                    break;
                }
                Estimate.Stop limit = clock.exhausted();
                if (limit != null) {
                    stop = limit;
                    break;
                }
            }
        }
        return moments.estimate(vEmpty, vFull, stop);
    }

    public static Estimate estimate(CoalitionGame game, SamplingBudget budget, long seed) {
        return estimate(game, budget, seed, Progress.NONE, Cancellation.none(), e -> { });
    }

    private static int[] shuffled(int m, SplittableRandom random) {
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        for (int i = m - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** The M+1 coalitions of a walk: ∅, then one more player of the order (reversed for the antithetic walk) each step. */
    private static void addWalk(List<Coalition> walk, int[] order, int m, boolean reverse) {
        Coalition c = Coalition.empty(m);
        walk.add(c);
        for (int k = 0; k < m; k++) {
            c = c.with(order[reverse ? m - 1 - k : k]);
            walk.add(c);
        }
    }

    private static void credit(double[] sample, int[] order, double[] v, int at, boolean reverse) {
        int m = order.length;
        for (int k = 0; k < m; k++) {
            sample[order[reverse ? m - 1 - k : k]] += v[at + k + 1] - v[at + k];
        }
    }
}
