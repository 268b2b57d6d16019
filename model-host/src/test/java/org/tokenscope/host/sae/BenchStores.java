package org.tokenscope.host.sae;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/** Activation stores of the demo model for the evaluation and the benchmark, collected once and reused. */
final class BenchStores {
    static final String MIDDLE_TAP = "hidden_states.2";

    private BenchStores() {
    }

    /**
     * The demo model's middle-tap activations over its training corpus (up to {@code tokens}; ≤ 0 for all of it),
     * in {@code dir}; reused when a finished store with the same request is already there. Prints what it did.
     */
    static ActivationStore demo(Path dir, long tokens, int threads) {
        if (Files.isRegularFile(dir.resolve("store.json"))) {
            ActivationStore existing = ActivationStore.open(dir);
            boolean sameRequest = existing.info().tap().equals(MIDDLE_TAP)
                    && (tokens > 0 ? existing.size() == tokens : existing.info().corpus().endsWith(CorpusText.DEMO_TRAIN));
            if (sameRequest) {
                System.out.printf(Locale.ROOT, "activations: reusing %,d vectors of %s in %s%n", existing.size(), MIDDLE_TAP, dir);
                return existing;
            }
        }
        try (LanguageModel model = DemoModel.load(threads)) {
            long t0 = System.nanoTime();
            ActivationStore store = ActivationCollector.collect(model, MIDDLE_TAP, CorpusText.bundled(CorpusText.DEMO_TRAIN),
                    tokens, dir, Progress.NONE, Cancellation.none());
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "activations: collected %,d vectors of %s in %.1f s (%,.0f tokens/s, %d threads)%n",
                    store.size(), MIDDLE_TAP, s, store.size() / s, threads);
            return store;
        }
    }

    static Path moduleTarget(String name) {
        Path target = Files.isDirectory(Path.of("model-host")) ? Path.of("model-host", "target") : Path.of("target");
        return target.resolve(name);
    }
}
