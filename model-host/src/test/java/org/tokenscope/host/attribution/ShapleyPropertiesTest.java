package org.tokenscope.host.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;

/** The Shapley axioms on seeded random games, for every estimator. */
class ShapleyPropertiesTest {
    private static final long[] SEEDS = {1, 2, 3, 4, 5, 6, 7, 8};

    /** The three estimators, sampling ones with a budget small enough to keep sampling error visible. */
    private static final Function<CoalitionGame, Estimate> EXACT = ExactShapley::estimateQuietly;
    private static final Function<CoalitionGame, Estimate> PERMUTATION =
            g -> PermutationShapley.estimate(g, SamplingBudget.ofSamples(6), 11);
    private static final Function<CoalitionGame, Estimate> KERNEL_ALL =
            g -> KernelShap.estimate(g, SamplingBudget.ofSamples(KernelShap.defaultSamples(g.players())), 0, Progress.NONE, Cancellation.none());

    @ParameterizedTest(name = "M = {0}")
    @ValueSource(ints = {1, 2, 5, 8})
    void efficiency(int m) {
        for (long seed : SEEDS) {
            CoalitionGame g = RandomGames.game(m, seed);
            for (Function<CoalitionGame, Estimate> est : new Function[] {EXACT, PERMUTATION, KERNEL_ALL}) {
                Estimate e = est.apply(g);
                assertEquals(e.vFull() - e.vEmpty(), e.sumPhi(), 1e-12, "seed " + seed);
            }
            // Sampled KernelSHAP has efficiency as its constraint.
            if (m >= 3) {
                Estimate k = KernelShap.estimate(g, SamplingBudget.ofSamples(4L * m), seed, Progress.NONE, Cancellation.none());
                assertEquals(k.vFull() - k.vEmpty(), k.sumPhi(), 1e-10);
            }
        }
    }

    @ParameterizedTest(name = "M = {0}")
    @ValueSource(ints = {3, 6})
    void symmetricPlayersGetEqualValues(int m) {
        for (long seed : SEEDS) {
            double[] table = RandomGames.table(m, seed);
            // Players 0 and 1 are interchangeable: v(S) is read at S with 0 and 1 sorted (the lower one set first).
            CoalitionGame g = CoalitionGame.of(m, c -> table[symmetrised(SpecGames.mask(c))]);
            for (Function<CoalitionGame, Estimate> est : new Function[] {EXACT, KERNEL_ALL}) {
                double[] phi = est.apply(g).phi();
                assertEquals(phi[0], phi[1], 1e-12, "seed " + seed);
            }
        }
    }

    private static int symmetrised(int mask) {
        return (mask & 3) == 2 ? (mask & ~3) | 1 : mask;
    }

    @ParameterizedTest(name = "M = {0}")
    @ValueSource(ints = {2, 4, 9})
    void anAdditiveGameGivesEachPlayerItsWeight(int m) {
        SplittableRandom r = new SplittableRandom(m);
        double[] w = new double[m];
        for (int i = 0; i < m; i++) {
            w[i] = r.nextDouble(-3, 3);
        }
        CoalitionGame g = CoalitionGame.of(m, c -> {
            double v = 0.25;
            for (int i = 0; i < m; i++) {
                v += c.contains(i) ? w[i] : 0;
            }
            return v;
        });
        for (Function<CoalitionGame, Estimate> est : new Function[] {EXACT, PERMUTATION, KERNEL_ALL}) {
            assertArrayEquals(w, est.apply(g).phi(), 1e-12);
        }
        Estimate sampled = KernelShap.estimate(g, SamplingBudget.ofSamples(4L * m), 3, Progress.NONE, Cancellation.none());
        assertArrayEquals(w, sampled.phi(), 1e-10, "an additive game is fitted exactly from any full-rank sample");
    }

    @ParameterizedTest(name = "M = {0}")
    @ValueSource(ints = {3, 7})
    void additivityAcrossGames(int m) {
        CoalitionGame a = RandomGames.game(m, 21), b = RandomGames.game(m, 22);
        CoalitionGame sum = CoalitionGame.of(m, c -> a.value(c) + b.value(c));
        for (Function<CoalitionGame, Estimate> est : new Function[] {EXACT, PERMUTATION, KERNEL_ALL}) {
            double[] pa = est.apply(a).phi(), pb = est.apply(b).phi(), ps = est.apply(sum).phi();
            for (int i = 0; i < m; i++) {
                assertEquals(pa[i] + pb[i], ps[i], 1e-11);
            }
        }
    }

    @ParameterizedTest(name = "M = {0}")
    @ValueSource(ints = {2, 5, 8})
    void aPlayerThatChangesNothingGetsZero(int m) {
        for (long seed : SEEDS) {
            double[] table = RandomGames.table(m, seed);
            int dummy = (int) (seed % m);
            CoalitionGame g = CoalitionGame.of(m, c -> table[SpecGames.mask(c) & ~(1 << dummy)]);
            assertEquals(0, EXACT.apply(g).phi()[dummy], 1e-12);
            assertEquals(0, PERMUTATION.apply(g).phi()[dummy], 1e-12, "every marginal of a null player is 0");
            assertEquals(0, PERMUTATION.apply(g).stderr()[dummy], 0);
            assertEquals(0, KERNEL_ALL.apply(g).phi()[dummy], 1e-12);
        }
    }
}
