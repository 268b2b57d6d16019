package org.tokenscope.host.sae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;

/** sae.md's training invariants, checked at every step of short runs on a synthetic store. */
class TrainingInvariantsTest {
    private static final int N = 64, K = 4, B = 128, STEPS = 25;
    @TempDir static Path storeDir;
    private static ActivationStore store;

    @TempDir Path dir;

    @BeforeAll
    static void store() {
        store = SyntheticStore.create(storeDir, 4096, 5);
    }

    private static TrainerSettings settings(TrainingArchitecture arch) {
        // a short dead window so that AuxK and aux_zipf are exercised within the run
        return TrainerSettings.defaults(arch, N, K, (long) B * STEPS).withOptimizer(B, 3e-3, 0.2).withDeadWindow(1000)
                .withThreads(2);
    }

    @Test
    void topKKeepsAtMostKPerToken() {
        AtomicInteger steps = new AtomicInteger();
        TrainingResult r = SaeTrainer.train(store, settings(TrainingArchitecture.TOPK), (sel, caps, p) -> {
            steps.incrementAndGet();
            for (int b = 0; b < sel.rows; b++) {
                int active = 0;
                for (int e = sel.start[b]; e < sel.start[b + 1]; e++) {
                    active += sel.value[e] > 0 ? 1 : 0;
                }
                assertTrue(sel.start[b + 1] - sel.start[b] <= K && active <= K, "L0 ≤ k for every token");
            }
            assertUnitDecoderRows(p);
        });
        assertEquals(STEPS, steps.get());
        assertEquals(Architecture.TOPK, r.sae().config().architecture());
        assertTrue(r.heldOut().l0() <= K);
        assertTrue(r.heldOut().normalizedMse() < 0.6, "learns something: " + r.heldOut());
    }

    @Test
    void batchTopKAndMutualChoiceKeepExactlyKBPerBatch() {
        for (TrainingArchitecture arch : new TrainingArchitecture[] {TrainingArchitecture.BATCH_TOPK, TrainingArchitecture.MUTUAL_CHOICE}) {
            TrainingResult r = SaeTrainer.train(store, settings(arch), (sel, caps, p) -> {
                assertEquals(K * B, sel.entries(), "k·B entries before relu");
                assertUnitDecoderRows(p);
            });
            Sae sae = r.sae();
            assertEquals(Architecture.JUMPRELU, sae.config().architecture());
            assertEquals(arch.cliName(), sae.config().metadata().trainingArchitecture());
            assertTrue(sae.threshold(0) > 0 && sae.threshold(0) == sae.threshold(N - 1), "one learned global threshold");
        }
    }

    @Test
    void featureChoiceRespectsCapacities() {
        TrainingResult r = SaeTrainer.train(store, settings(TrainingArchitecture.FEATURE_CHOICE), (sel, caps, p) -> {
            assertEquals((long) K * B, Arrays.stream(caps).asLongStream().sum(), "Σ m_f = k·B");
            int[] counts = sel.perFeatureCounts(N);
            for (int f = 0; f < N; f++) {
                assertTrue(counts[f] <= caps[f], "feature " + f + " over its capacity");
            }
            assertEquals(K * B, sel.entries());
            assertUnitDecoderRows(p);
        });
        assertEquals("feature-choice", r.sae().config().metadata().trainingArchitecture());
    }

    @Test
    void sameSettingsSameWeights() {
        TrainerSettings s = settings(TrainingArchitecture.TOPK).withSeed(9);
        Sae a = SaeTrainer.train(store, s, null).sae(), b = SaeTrainer.train(store, s, null).sae();
        assertArrayEquals(a.wDec, b.wDec);
        assertArrayEquals(a.wEnc, b.wEnc);
    }

    @Test
    void cancelKeepsTheLastCheckpoint() {
        Path checkpoint = dir.resolve("checkpoint");
        Cancellation cancel = new Cancellation();
        TrainerSettings s = settings(TrainingArchitecture.MUTUAL_CHOICE).withCheckpoints(5, checkpoint);
        TrainingResult r = SaeTrainer.train(store, s, SaeMetadata.empty(), m -> {
            if (m.step() == 11) {
                cancel.cancel();
            }
        }, Progress.NONE, cancel);
        assertTrue(r.cancelled());
        assertNull(r.heldOut());
        assertEquals(12, r.curve().size());
        Sae saved = SaeLensFormat.read(checkpoint);
        assertNotNull(saved);
        assertEquals(N, saved.dSae());
    }

    private static void assertUnitDecoderRows(SaeParameters p) {
        for (int f = 0; f < p.dSae; f++) {
            double s = 0;
            for (int i = 0; i < p.dIn; i++) {
                s += p.wDec[f * p.dIn + i] * p.wDec[f * p.dIn + i];
            }
            assertEquals(1.0, Math.sqrt(s), 1e-5, "decoder row " + f);
        }
    }
}
