package org.tokenscope.host.sae;

import java.nio.file.Path;
import java.util.Locale;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;

/**
 * The SAE evaluation (not a test): SAEs with d_sae = 8 × d_in = 1536 and k = 32 on the demo model's middle tap
 * ({@code hidden_states.2}) over at least 1M activation vectors (repeated passes over the bundled training corpus),
 * one per training architecture at the same budget; metrics on the held-out 10% of sequences with the inference
 * rule. The goal: TopK reaches normalised MSE ≤ 0.2 with fewer than 5% dead features.
 *
 * <p>Run with {@code mvn -q -Pbench -pl model-host test-compile exec:exec@sae-eval} after installing the resources
 * jar; {@code -Dsae.eval.tokens=N}, {@code -Dsae.eval.threads=N}, {@code -Dsae.eval.arch=topk,...} and
 * {@code -Dsae.eval.lr=X} change the run. The trained SAEs are written to {@code model-host/target/sae-eval/}.
 */
public final class SaeEvaluation {
    private SaeEvaluation() {
    }

    public static void main(String[] args) {
        long tokens = Long.getLong("sae.eval.tokens", 1_000_000L);
        int threads = Integer.getInteger("sae.eval.threads", 2);
        double lr = Double.parseDouble(System.getProperty("sae.eval.lr", "1e-3"));
        int batch = Integer.getInteger("sae.eval.batch", 1024);
        String[] archs = System.getProperty("sae.eval.arch", "topk,batchtopk,mutual-choice,feature-choice").split(",");
        Path dir = BenchStores.moduleTarget("sae-eval");
        System.out.printf(Locale.ROOT, "SAE evaluation: %d logical CPUs, java %s, %d threads%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), threads);
        ActivationStore store = BenchStores.demo(dir.resolve("store"), 0, threads);
        int d = store.dIn(), n = 8 * d, k = 32;
        System.out.printf(Locale.ROOT, "d_in %d, d_sae %d, k %d, %,d training tokens (%.2f passes over the %,d-vector store less "
                + "its held-out 10%%), batch %d, lr %.2g%n", d, n, k, tokens, tokens / (0.9 * store.size()), store.size(), batch, lr);
        System.out.printf(Locale.ROOT, "%-15s %9s %7s %9s %9s %8s %10s%n", "architecture", "norm.MSE", "L0", "dead(held)",
                "dead(win)", "seconds", "tokens/s");
        for (String name : archs) {
            TrainingArchitecture arch = TrainingArchitecture.of(name.strip());
            TrainerSettings s = TrainerSettings.defaults(arch, n, k, tokens).withOptimizer(batch, lr, 0.2).withThreads(threads);
            TrainingResult r = SaeTrainer.train(store, s, new SaeMetadata("Tokenscope Austen demo", BenchStores.MIDDLE_TAP, 256,
                    true, true, "demo:" + CorpusText.DEMO_TRAIN, null), TrainingListener.NONE, Progress.NONE, Cancellation.none());
            SaeMetrics m = r.heldOut();
            StepMetrics last = r.curve().get(r.curve().size() - 1);
            System.out.printf(Locale.ROOT, "%-15s %9.4f %7.2f %8.2f%% %8.2f%% %8.1f %10.0f%n", arch.cliName(), m.normalizedMse(),
                    m.l0(), 100 * m.deadFraction(), 100.0 * last.deadFeatures() / n, r.seconds(), r.tokensPerSecond());
            SaeLensFormat.write(r.sae(), dir.resolve(arch.cliName()), DType.F32, r.logSparsity());
            if (arch == TrainingArchitecture.TOPK) {
                boolean pass = m.normalizedMse() <= 0.2 && m.deadFraction() < 0.05;
                System.out.printf(Locale.ROOT, "    goal (TopK: normalised MSE <= 0.2, dead < 5%%): %s%n", pass ? "met" : "NOT met");
            }
        }
    }
}
