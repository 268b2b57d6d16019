package org.tokenscope.host.attribution;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.CpuInfo;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/**
 * Exact Shapley for M = 10 word players on a ~40-token decision prompt on the demo model, the evaluation
 * modes side by side in one run (interleaved, medians of the repeats): batched forward passes vs one
 * coalition per pass, the pinned prefix's KV cache forked per coalition vs recomputed, and the coalition
 * cache serving a second estimator. Run alone with
 * {@code mvn -q -Pbench -pl model-host -am test-compile exec:exec@shapley-bench} (or with every benchmark: {@code mvn -q -Pbench -pl model-host -am test -DskipTests}).
 */
public final class ShapleyBenchmark {
    private static final int REPEATS = 5;
    /** 40 tokens with BOS. The first option and the question are pinned: the ten words of the second are the players. */
    static final String PROMPT = "A coach costs 12 shillings and takes 5 hours; the fast chaise costs 30 shillings and takes 3 hours. "
            + "She chose the";
    static final String TARGET = " coach";

    public static void main(String[] args) {
        int threads = Integer.parseInt(System.getProperty("bench.threads", String.valueOf(CpuInfo.physicalCores())));
        System.out.printf(Locale.ROOT, "shapley: %s, %d logical CPUs, %d physical cores; java %s; threads %d%n",
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(), CpuInfo.physicalCores(),
                System.getProperty("java.version"), threads);
        try (LanguageModel model = DemoModel.load(threads)) {
            int second = PROMPT.indexOf("the fast"), question = PROMPT.indexOf("She chose");
            AttributionSettings.Builder base = AttributionSettings.builder().target(TARGET)
                    .pins(List.of(new Span(0, second), new Span(question, PROMPT.length())))
                    .method(Method.EXACT);
            Segmentation seg = GameSpec.build(model, PROMPT, base.build()).segmentation();
            System.out.printf(Locale.ROOT, "prompt: %d tokens with BOS, %d word players, shared prefix %d tokens; value log p(\"%s\"), masking remove%n",
                    seg.ids().length, seg.playerCount(), seg.sharedPrefixLength(), TARGET);
            modes(model, base);
            cacheAcrossEstimators(model, base);
        }
    }

    /** One way of evaluating coalitions. */
    private record Contender(String label, Evaluation evaluation, int batch) {
    }

    /** Batched (two batch sizes) vs one at a time vs the prefix KV cache, interleaved. */
    static void modes(LanguageModel model, AttributionSettings.Builder base) {
        List<Contender> contenders = List.of(new Contender("batched x32", Evaluation.BATCHED, 32),
                new Contender("batched x" + AttributionSettings.DEFAULT_BATCH, Evaluation.BATCHED, AttributionSettings.DEFAULT_BATCH),
                new Contender("one at a time", Evaluation.ONE_AT_A_TIME, 1),
                new Contender("prefix KV", Evaluation.PREFIX_KV, 1));
        int n = contenders.size();
        double[][] seconds = new double[n][REPEATS];
        AttributionResult[] last = new AttributionResult[n];
        for (int r = -1; r < REPEATS; r++) { // r = -1 warms up
            for (int i = 0; i < n; i++) {
                Contender c = contenders.get(i);
                last[i] = run(model, base.evaluation(c.evaluation()).batchSize(c.batch()).build());
                if (r >= 0) {
                    seconds[i][r] = last[i].seconds();
                }
            }
        }
        double[] median = new double[n];
        for (int i = 0; i < n; i++) {
            median[i] = median(seconds[i]);
            AttributionResult res = last[i];
            System.out.printf(Locale.ROOT, "  %-13s %4d coalitions in %4d model calls: %7.0f ms, %7.1f calls/s, %7.1f coalitions/s, max |Δφ| vs batched %.1e%n",
                    contenders.get(i).label(), res.evaluations(), res.modelCalls(), median[i] * 1e3,
                    res.modelCalls() / median[i], res.evaluations() / median[i], maxDiff(res.phi(), last[0].phi()));
        }
        System.out.printf(Locale.ROOT, "exact M=10: batched x32 %.0f ms, x%d (default) %.0f ms vs one call at a time %.0f ms: %.2fx, %.2fx (goal >= 3x)%n",
                median[0] * 1e3, AttributionSettings.DEFAULT_BATCH, median[1] * 1e3, median[2] * 1e3, median[2] / median[0], median[2] / median[1]);
        System.out.printf(Locale.ROOT, "exact M=10: shared-prefix KV cache %.0f ms vs without (one at a time) %.0f ms: %.2fx; vs batched x32: %.2fx%n",
                median[3] * 1e3, median[2] * 1e3, median[2] / median[3], median[0] / median[3]);
    }

    /** Exact, then permutation sampling on the same game: the second run is served by the coalition cache. */
    static void cacheAcrossEstimators(LanguageModel model, AttributionSettings.Builder base) {
        AttributionSettings permutation = base.evaluation(Evaluation.BATCHED).batchSize(AttributionSettings.DEFAULT_BATCH)
                .method(Method.PERMUTATION).samples(200).build();
        double[] cold = new double[REPEATS], warm = new double[REPEATS];
        long coldCalls = 0, warmCalls = 0;
        for (int r = 0; r < REPEATS; r++) {
            AttributionResult fresh = new Attributor().run(model, PROMPT, permutation, Progress.NONE, Cancellation.none());
            cold[r] = fresh.seconds();
            coldCalls = fresh.modelCalls();
            Attributor shared = new Attributor();
            shared.run(model, PROMPT, base.method(Method.EXACT).build(), Progress.NONE, Cancellation.none());
            AttributionResult cached = shared.run(model, PROMPT, permutation, Progress.NONE, Cancellation.none());
            warm[r] = cached.seconds();
            warmCalls = cached.modelCalls();
        }
        System.out.printf(Locale.ROOT, "coalition cache: permutation (200) after exact on the same game %.1f ms, %d model calls "
                + "vs fresh %.0f ms, %d model calls: %.0fx%n", median(warm) * 1e3, warmCalls, median(cold) * 1e3, coldCalls,
                median(cold) / median(warm));
    }

    private static AttributionResult run(LanguageModel model, AttributionSettings s) {
        return new Attributor().run(model, PROMPT, s, Progress.NONE, Cancellation.none());
    }

    private static double maxDiff(double[] a, double[] b) {
        double m = 0;
        for (int i = 0; i < a.length; i++) {
            m = Math.max(m, Math.abs(a[i] - b[i]));
        }
        return m;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
