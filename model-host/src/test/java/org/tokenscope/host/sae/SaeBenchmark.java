package org.tokenscope.host.sae;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/**
 * The SAE engine's benchmarks, side by side in one run (not a test):
 * <ol>
 *   <li>TopK training throughput (tokens/s; d_sae 1536, k 32, batch 1024 on the demo model's middle tap) against
 *       {@code resources/recipe/sae/topk_reference.py}, the same model and optimiser in PyTorch on the CPU, started
 *       from the same weights and fed the same batches; two alternating rounds each, best reported (goal ≥ 1.0×), at
 *       the configured thread count and at one thread; the losses of both are compared step by step as a check that
 *       they train the same thing;</li>
 *   <li>feature statistics of all 1536 features over 200k tokens: contexts (top and quantile), histograms, logit
 *       effects, decoder neighbours (goal ≤ 60 s).</li>
 * </ol>
 * Run with {@code mvn -q -Pbench -pl model-host test-compile exec:exec@sae-bench} after installing the resources
 * jar; needs Debian's {@code python3-torch} at {@code /usr/bin/python3}. {@code -Dsae.bench.threads=N} sets the
 * thread count of both sides (2 by default, the machine the goal was set for).
 */
public final class SaeBenchmark {
    private static final int D_SAE = 1536, K = 32, BATCH = 1024, STEPS = 120, WARMUP = 10, ROUNDS = 2;
    private static final int STATS_TOKENS = 200_000;

    private SaeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("sae.bench.threads", 2);
        Path dir = BenchStores.moduleTarget("sae-bench");
        System.out.printf(Locale.ROOT, "SAE benchmark: %d logical CPUs, java %s, %d threads on both sides%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), threads);
        ActivationStore store = BenchStores.demo(dir.resolve("store"), STATS_TOKENS, threads);
        Sae trained = throughput(store, dir, threads);
        statistics(trained, store, threads);
    }

    // (1) ------------------------------------------------------------------------------------------
    /** At the configured thread count, then at one thread (PyTorch's OpenMP suffers on a loaded machine). */
    private static Sae throughput(ActivationStore store, Path dir, int threads) throws Exception {
        System.out.printf(Locale.ROOT, "(1) TopK training, d_sae %d, k %d, batch %d, %d steps (%d timed), AuxK on; best of %d "
                + "alternating rounds:%n", D_SAE, K, BATCH, STEPS, STEPS - WARMUP, ROUNDS);
        Sae sae = null;
        double bestTorchAnywhere = 0, bestJavaAtConfigured = 0;
        for (int t : threads == 1 ? new int[] {1} : new int[] {threads, 1}) {
            TrainerSettings s = TrainerSettings.defaults(TrainingArchitecture.TOPK, D_SAE, K, (long) STEPS * BATCH)
                    .withOptimizer(BATCH, 1e-3, 0.2).withHeldOut(0).withThreads(t);
            List<Double> java = new ArrayList<>(), torch = new ArrayList<>();
            double[] javaMse = null;
            JsonNode torchRun = null;
            for (int round = 0; round < ROUNDS; round++) {
                Recorder rec = new Recorder();
                TrainingResult r = SaeTrainer.train(store, s, rec);
                List<StepMetrics> c = r.curve();
                java.add((STEPS - WARMUP) * BATCH / (c.get(STEPS - 1).seconds() - c.get(WARMUP - 1).seconds()));
                if (round == 0) {
                    sae = sae == null ? r.sae() : sae;
                    javaMse = c.stream().mapToDouble(StepMetrics::mse).toArray();
                    rec.write(dir, store.dIn());
                }
                torchRun = python(dir, store, t);
                torch.add(torchRun.get("tokens_per_s").asDouble());
            }
            double bestJava = java.stream().mapToDouble(x -> x).max().orElseThrow();
            double bestTorch = torch.stream().mapToDouble(x -> x).max().orElseThrow();
            bestTorchAnywhere = Math.max(bestTorchAnywhere, bestTorch);
            bestJavaAtConfigured = t == threads ? bestJava : bestJavaAtConfigured;
            System.out.printf(Locale.ROOT, "    %d thread%s: Java %s, best %,.0f tokens/s; PyTorch %s, best %,.0f tokens/s; "
                    + "ratio %.2fx (goal >= 1.0x)%n", t, t == 1 ? "" : "s", rounds(java), bestJava, rounds(torch), bestTorch,
                    bestJava / bestTorch);
            JsonNode mse = torchRun.get("mse");
            double worst = 0;
            for (int i = 0; i < 10; i++) {
                worst = Math.max(worst, Math.abs(javaMse[i] - mse.get(i).asDouble()) / mse.get(i).asDouble());
            }
            System.out.printf(Locale.ROOT, "      same run: step-1 MSE Java %.5g PyTorch %.5g, largest relative gap over steps 1-10 "
                    + "%.2g; step %d MSE Java %.4g PyTorch %.4g%n", javaMse[0], mse.get(0).asDouble(), worst, STEPS,
                    javaMse[STEPS - 1], mse.get(STEPS - 1).asDouble());
        }
        System.out.printf(Locale.ROOT, "    Java at %d threads vs PyTorch's best configuration: %.2fx%n", threads,
                bestJavaAtConfigured / bestTorchAnywhere);
        return sae;
    }

    private static String rounds(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%,.0f", v)).toList().toString();
    }

    /** Keeps the initial weights and every batch's rows, for the PyTorch replay. */
    private static final class Recorder implements SaeTrainer.StepInspector {
        private Sae initial;
        private final List<int[]> batches = new ArrayList<>();

        @Override
        public void started(SaeParameters p) {
            initial = p.toSae(SaeConfig.of(Architecture.TOPK, p.dIn, p.dSae, K, SaeMetadata.empty()), null);
        }

        @Override
        public void batch(int[] rows) {
            batches.add(rows.clone());
        }

        @Override
        public void afterStep(SparseBatch selection, int[] capacities, SaeParameters parameters) {
        }

        void write(Path dir, int d) throws IOException {
            SaeLensFormat.write(initial, dir.resolve("init"), DType.F32, null);
            ByteBuffer b = ByteBuffer.allocate(4 * BATCH * batches.size()).order(ByteOrder.LITTLE_ENDIAN);
            for (int[] rows : batches) {
                for (int r : rows) {
                    b.putInt(r);
                }
            }
            Files.write(dir.resolve("batches.i32"), b.array());
        }
    }

    private static JsonNode python(Path dir, ActivationStore store, int threads) throws IOException, InterruptedException {
        Path script = repositoryFile("resources/recipe/sae/topk_reference.py");
        List<String> cmd = List.of("/usr/bin/python3", script.toString(), "--store", store.dir().toString(),
                "--init", dir.resolve("init").resolve(SaeLensFormat.WEIGHTS).toString(), "--batches",
                dir.resolve("batches.i32").toString(), "--batch-size", String.valueOf(BATCH), "--k", String.valueOf(K),
                "--lr", "1e-3", "--warmup", String.valueOf(WARMUP), "--threads", String.valueOf(threads));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putAll(Map.of("OMP_NUM_THREADS", String.valueOf(threads), "MKL_NUM_THREADS", String.valueOf(threads)));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("the PyTorch reference failed (is python3-torch installed?): " + out);
        }
        return new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElse("{}"));
    }

    static Path repositoryFile(String relative) {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(relative))) {
                return d.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above the working directory");
    }

    // (2) ------------------------------------------------------------------------------------------
    private static void statistics(Sae sae, ActivationStore store, int threads) {
        try (LanguageModel model = DemoModel.load(threads)) {
            Unembedding u = Unembedding.of(model).orElseThrow();
            StatsSettings settings = StatsSettings.defaults().withThreads(threads);
            long t0 = System.nanoTime();
            FeatureStats stats = FeatureStats.compute(sae, store, STATS_TOKENS, model.requireTokenizer(), u, settings,
                    Progress.NONE, Cancellation.none());
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "(2) feature statistics, all %d features over %,d tokens (%d top + %dx%d quantile "
                    + "contexts, %d-bin histograms, %d logit effects each way, %d neighbours): %.1f s (goal <= 60 s); "
                    + "%d dead, %d denser than 10%%%n", sae.dSae(), stats.tokens(), settings.topContexts(),
                    settings.quantileBands(), settings.perBand(), settings.histogramBins(), settings.logits(),
                    settings.neighbours(), seconds, stats.deadCount(), stats.denseCount(0.1));
        }
    }
}
