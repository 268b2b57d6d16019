package org.tokenscope.host.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;

/** The spec's test vectors: exact and KernelSHAP over all coalitions to 1e-12; sampling converges to them. */
class SpecGamesTest {
    static Stream<SpecGames.Case> games() {
        return SpecGames.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("games")
    void exactEstimatorGivesTheSpecValues(SpecGames.Case g) {
        Estimate e = ExactShapley.estimate(g.game(), Progress.NONE, Cancellation.none());
        assertArrayEquals(g.phi(), e.phi(), 1e-12, g.name());
        assertEquals(1 << g.game().players(), e.samples());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("games")
    void kernelShapOverAllCoalitionsIsExact(SpecGames.Case g) {
        int m = g.game().players();
        Estimate e = KernelShap.estimate(g.game(), SamplingBudget.ofSamples((1L << m) - 2), 0, Progress.NONE, Cancellation.none());
        assertArrayEquals(g.phi(), e.phi(), 1e-12, g.name());
        assertArrayEquals(new double[m], e.stderr(), 0.0, "enumerated: no sampling error");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("games")
    void permutationSamplingConvergesToTheSpecValues(SpecGames.Case g) {
        double previous = Double.POSITIVE_INFINITY;
        for (long samples : new long[] {20, 2_000, 200_000}) {
            Estimate e = PermutationShapley.estimate(g.game(), SamplingBudget.ofSamples(samples), 7);
            double err = maxError(g.phi(), e.phi());
            double se = 0;
            for (double s : e.stderr()) {
                se = Math.max(se, s);
            }
            assertTrue(err <= Math.max(4 * se, 1e-12), g.name() + " at " + samples + ": error " + err + " vs stderr " + se);
            assertTrue(err <= previous + 1e-12 || err < 0.05, g.name() + ": error grew to " + err + " at " + samples);
            previous = err;
        }
        assertTrue(previous < 0.01, g.name() + ": error " + previous + " after 200,000 permutations");
    }

    @Test
    void fourPlayerKernelInterceptAndWeights() {
        SpecGames.Case g = SpecGames.fourPlayers();
        Estimate e = KernelShap.estimate(g.game(), SamplingBudget.ofSamples(14), 0, Progress.NONE, Cancellation.none());
        assertEquals(-3, e.vEmpty(), 0, "φ0 is v(∅)");
        assertArrayEquals(new double[] {0.75, 2, 0.5, 0}, e.phi(), 1e-12);
        assertEquals(1 / 4.0, KernelShap.kernelWeight(4, 1), 1e-15);
        assertEquals(1 / 8.0, KernelShap.kernelWeight(4, 2), 1e-15);
        assertEquals(1 / 4.0, KernelShap.kernelWeight(4, 3), 1e-15);
    }

    @Test
    void sampledKernelShapApproachesExactWithHonestErrors() {
        CoalitionGame game = RandomGames.game(10, 3);
        double[] exact = ExactShapley.of(game);
        Estimate e = KernelShap.estimate(game, SamplingBudget.ofSamples(600), 5, Progress.NONE, Cancellation.none());
        assertEquals(600, e.samples());
        assertEquals(e.vFull() - e.vEmpty(), e.sumPhi(), 1e-9, "efficiency is a constraint");
        int outside = 0;
        for (int i = 0; i < exact.length; i++) {
            assertTrue(e.stderr()[i] > 0);
            if (Math.abs(e.phi()[i] - exact[i]) > 3 * e.stderr()[i]) {
                outside++;
            }
        }
        assertTrue(outside <= 1, outside + " of 10 players beyond 3 standard errors");
    }

    private static double maxError(double[] a, double[] b) {
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
