package org.tokenscope.host.sae;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/** The store, statistics and checks on the demo model's middle tap, at sizes a unit test can afford. */
class DemoModelSaeTest {
    private static final String TAP = "hidden_states.2";
    private static final int TOKENS = 700;
    @TempDir static Path dir;
    private static LanguageModel model;
    private static ActivationStore store;
    private static Sae sae;

    @BeforeAll
    static void collectAndTrain() {
        model = DemoModel.load(2);
        store = ActivationCollector.collect(model, TAP, CorpusText.bundled(CorpusText.DEMO_HELDOUT), TOKENS,
                dir.resolve("store"), Progress.NONE, Cancellation.none());
        TrainerSettings s = TrainerSettings.defaults(TrainingArchitecture.TOPK, 96, 8, 64 * 20).withOptimizer(64, 3e-3, 0.2)
                .withThreads(2);
        sae = SaeTrainer.train(store, s, new SaeMetadata("demo", TAP, 256, true, true, null, null), TrainingListener.NONE,
                Progress.NONE, Cancellation.none()).sae();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void storeExcludesSpecialTokens() {
        assertEquals(TOKENS, store.size());
        assertEquals(192, store.dIn());
        assertEquals(TAP, store.info().tap());
        int bos = model.config().bos();
        for (int i = 0; i < store.size(); i++) {
            assertTrue(store.token(i) != bos, "BOS/EOT stored at row " + i);
        }
        assertTrue(store.info().sequences() >= 3, "700 tokens need three windows of 255");
        float[] again = model.activations(TAP, new int[] {bos, store.token(0)})[1]; // causal: the rest of the window is irrelevant
        assertEquals(again[0], store.row(0)[0], 1e-4f, "row 0 is the first text token after BOS");
    }

    @Test
    void statisticsOfEveryFeature() {
        Unembedding u = Unembedding.of(model).orElseThrow();
        assertEquals(4096, u.vocab());
        StatsSettings settings = StatsSettings.defaults().withTop(3).withThreads(2);
        FeatureStats stats = FeatureStats.compute(sae, store, 0, model.requireTokenizer(), u, settings, Progress.NONE,
                Cancellation.none());
        assertEquals(96, stats.features().size());
        assertEquals(TOKENS, stats.tokens());
        double l0 = stats.features().stream().mapToDouble(FeatureSummary::density).sum();
        assertTrue(l0 <= 8 + 1e-9, "densities sum to the mean L0 ≤ k: " + l0);
        for (FeatureSummary f : stats.features()) {
            assertEquals(3, f.topLogits().size());
            assertTrue(f.topLogits().get(0).value() >= f.topLogits().get(2).value());
            assertTrue(f.bottomLogits().get(0).value() <= f.bottomLogits().get(2).value());
            assertEquals(10, f.neighbours().size());
            if (!f.isDead()) {
                FeatureContext top = f.topContexts().get(0);
                assertEquals(f.maxActivation(), top.activation(), "the first context holds the maximum");
                assertEquals(top.ids().length, top.activations().length);
                assertFalse(top.text().isEmpty());
                assertEquals(Math.round(f.density() * TOKENS), java.util.Arrays.stream(f.histogram().counts()).sum());
            }
        }
        List<FeatureSummary> sorted = stats.byDensity();
        assertTrue(sorted.get(0).density() >= sorted.get(95).density());
        List<FeatureSearch.Hit> hits = stats.search("the", model.requireTokenizer(), 5);
        assertFalse(hits.isEmpty(), "\"the\" occurs in 700 tokens of Austen");
    }

    @Test
    void promptView() {
        List<PromptFeatures.TokenFeatures> tokens = PromptFeatures.run(model, sae, TAP, "Anne had never seen");
        assertNull(tokens.get(0).code(), "BOS has no features");
        assertTrue(tokens.get(1).code().size() <= 8);
    }

    @Test
    void mismatchesAreExplained() {
        assertEquals(TAP, SaeModelCheck.tapFor(sae, model, null));
        SaeMetadata transformerLensHook = new SaeMetadata(null, "blocks.0.hook_resid_pre", -1, null, null, null, null);
        Sae wrongHook = new Sae(SaeConfig.of(Architecture.STANDARD, 3, 4, 0, transformerLensHook), SpecVectors.W_ENC,
                SpecVectors.B_ENC, SpecVectors.W_DEC, SpecVectors.B_DEC, null);
        SaeException hook = assertThrows(SaeException.class, () -> SaeModelCheck.tapFor(wrongHook, model, null));
        assertTrue(hook.getMessage().contains("not among the taps"), hook.getMessage());
        SaeException width = assertThrows(SaeException.class,
                () -> SaeModelCheck.tapFor(SpecVectors.sae(Architecture.STANDARD, 0, null), model, null));
        assertTrue(width.getMessage().contains("d_in = 3") && width.getMessage().contains("width 192"), width.getMessage());
        SaeException tap = assertThrows(SaeException.class, () -> ActivationCollector.collect(model, "nope",
                CorpusText.of("x", "Hello there."), 10, dir.resolve("bad"), Progress.NONE, Cancellation.none()));
        assertTrue(tap.getMessage().contains("hidden_states.2"), tap.getMessage());
    }

    @Test
    void cancelledCollectionLeavesNoStore() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        Path partial = dir.resolve("cancelled");
        assertThrows(CancellationException.class, () -> ActivationCollector.collect(model, TAP,
                CorpusText.bundled(CorpusText.DEMO_HELDOUT), 100, partial, Progress.NONE, cancel));
        assertThrows(SaeException.class, () -> ActivationStore.open(partial));
    }
}
