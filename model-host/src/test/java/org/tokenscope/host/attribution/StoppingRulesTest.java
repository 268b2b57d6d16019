package org.tokenscope.host.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;

/** Budgets, tolerance, time and model-call limits, live refinement and cancel of the sampling estimators. */
class StoppingRulesTest {

    /** A game that counts each values() call as one model call and can be made slow. */
    static final class CountingGame implements CoalitionGame {
        private final CoalitionGame inner;
        private final long sleepMillis;
        long calls;

        CountingGame(CoalitionGame inner, long sleepMillis) {
            this.inner = inner;
            this.sleepMillis = sleepMillis;
        }

        @Override
        public int players() {
            return inner.players();
        }

        @Override
        public double[] values(List<Coalition> coalitions, Cancellation cancel) {
            calls++;
            if (sleepMillis > 0) {
                try {
                    Thread.sleep(sleepMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return inner.values(coalitions, cancel);
        }

        @Override
        public long modelCalls() {
            return calls;
        }
    }

    @Test
    void samplesAreRoundedUpToWholeAntitheticPairs() {
        Estimate e = PermutationShapley.estimate(RandomGames.game(5, 1), SamplingBudget.ofSamples(7), 0);
        assertEquals(8, e.samples());
        assertEquals(Estimate.Stop.COMPLETE, e.stop());
    }

    @Test
    void toleranceStopsEarly() {
        Estimate e = PermutationShapley.estimate(SpecGames.glove().game(), new SamplingBudget(1_000_000, 0.05, 0, 0), 1);
        assertEquals(Estimate.Stop.TOLERANCE, e.stop());
        assertTrue(e.samples() < 1_000_000);
        for (double se : e.stderr()) {
            assertTrue(se < 0.05);
        }
    }

    @Test
    void timeAndModelCallLimits() {
        CountingGame slow = new CountingGame(RandomGames.game(6, 2), 20);
        Estimate timed = PermutationShapley.estimate(slow, new SamplingBudget(1_000_000, 0, 0.2, 0), 1);
        assertEquals(Estimate.Stop.TIME, timed.stop());
        assertEquals(timed.vFull() - timed.vEmpty(), timed.sumPhi(), 1e-9, "a stopped run is still efficient");

        CountingGame counted = new CountingGame(RandomGames.game(6, 2), 0);
        Estimate limited = PermutationShapley.estimate(counted, new SamplingBudget(1_000_000, 0, 0, 5), 1);
        assertEquals(Estimate.Stop.MODEL_CALLS, limited.stop());
        assertEquals(5, counted.calls, "∅ and N in one call, then rounds until 5 calls in all");

        CountingGame slowKernel = new CountingGame(RandomGames.game(12, 3), 20);
        Estimate kernel = KernelShap.estimate(slowKernel, new SamplingBudget(4000, 0, 0.2, 0), 1, Progress.NONE, Cancellation.none());
        assertEquals(Estimate.Stop.TIME, kernel.stop());
        assertTrue(kernel.samples() < 4000 && kernel.samples() % 2 == 0, "whole pairs: " + kernel.samples());
    }

    @Test
    void refinesLiveAndReportsProgress() {
        List<Estimate> partial = new ArrayList<>();
        List<Long> done = new ArrayList<>();
        Progress progress = (d, total, message) -> done.add(d);
        PermutationShapley.estimate(RandomGames.game(4, 5), SamplingBudget.ofSamples(40), 2, progress, Cancellation.none(), partial::add);
        assertTrue(partial.size() >= 2, "several refinements");
        assertEquals(40, done.get(done.size() - 1));
        assertEquals(40, partial.get(partial.size() - 1).samples());
    }

    @Test
    void cancelIsHonoured() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        assertThrows(CancellationException.class, () -> PermutationShapley.estimate(RandomGames.game(4, 5),
                SamplingBudget.ofSamples(40), 2, Progress.NONE, cancel, e -> { }));
        assertThrows(CancellationException.class, () -> ExactShapley.estimate(RandomGames.game(4, 5), Progress.NONE, cancel));
        assertThrows(CancellationException.class, () -> KernelShap.estimate(RandomGames.game(4, 5), SamplingBudget.ofSamples(10), 0,
                Progress.NONE, cancel));
    }
}
