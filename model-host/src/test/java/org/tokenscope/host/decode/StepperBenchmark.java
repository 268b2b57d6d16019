package org.tokenscope.host.decode;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.tokenscope.host.model.CpuInfo;
import org.tokenscope.host.model.DecodeState;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/**
 * The stepper's benchmarks, side by side in one run on the demo model:
 * {@code mvn -q -Pbench -pl model-host -am test -DskipTests} (runs after the host benchmarks).
 */
public final class StepperBenchmark {
    private static final int REPEATS = 7;

    public static void main(String[] args) {
        int threads = Integer.parseInt(System.getProperty("bench.threads", String.valueOf(CpuInfo.physicalCores())));
        try (LanguageModel m = DemoModel.load(threads)) {
            int[] prompt = m.encodePrompt("It is a truth universally acknowledged, that");
            int n = 128;
            SamplerSettings s = new SamplerSettings(1.0, 50, 0.95, 0.02, 1);
            stepperVsBareLoop(m, prompt, s, n);
            batchedVsSequentialTrials(m, prompt, n);
        }
        fullVocabularyStatistics();
    }

    static void stepperVsBareLoop(LanguageModel m, int[] prompt, SamplerSettings s, int n) {
        double[] stepper = new double[REPEATS], bare = new double[REPEATS];
        run(m, prompt, s, null, n, false);
        bareLoop(m, prompt, n);
        for (int r = 0; r < REPEATS; r++) {
            stepper[r] = time(() -> run(m, prompt, s, null, n, false));
            bare[r] = time(() -> bareLoop(m, prompt, n));
        }
        double a = median(stepper), b = median(bare);
        System.out.printf(Locale.ROOT, "stepper: %d tokens with all per-stage statistics (top-k 50, top-p 0.95, min-p 0.02, 10 alternatives) "
                + "%.2f ms/token vs bare generate loop %.2f ms/token: %.3fx (goal <= 1.15x)%n", n, a * 1e3 / n, b * 1e3 / n, a / b);
    }

    static void batchedVsSequentialTrials(LanguageModel m, int[] prompt, int n) {
        SamplerSettings s = new SamplerSettings(1.0, 0, 1.0, 0, 2);
        CautiousSettings c = CautiousSettings.DEFAULT;
        double[] batched = new double[REPEATS], sequential = new double[REPEATS];
        Trace a = run(m, prompt, s, c, n, false), b = run(m, prompt, s, c, n, true);
        long trialSteps = a.steps().stream().filter(st -> st.cautious() != null && st.cautious().trials() > 1).count();
        for (int r = 0; r < REPEATS; r++) {
            batched[r] = time(() -> run(m, prompt, s, c, n, false));
            sequential[r] = time(() -> run(m, prompt, s, c, n, true));
        }
        double x = median(batched), y = median(sequential);
        System.out.printf(Locale.ROOT, "cautious (defaults, %d tokens, %d multi-trial steps, same output: %s): batched trials %.0f ms vs sequential %.0f ms: %.2fx (goal >= 1.5x)%n",
                n, trialSteps, Arrays.equals(a.generatedIds(), b.generatedIds()), x * 1e3, y * 1e3, y / x);
    }

    static void fullVocabularyStatistics() {
        int vocab = 50257;
        Random rnd = new Random(0);
        float[][] logits = new float[64][vocab];
        for (float[] row : logits) {
            for (int i = 0; i < vocab; i++) {
                row[i] = (float) (rnd.nextGaussian() * 3);
            }
        }
        String[] names = {"top-k 50 + top-p 0.95 + min-p 0.02, τ 0.8", "top-p 0.95 only (the stepper's default), τ 1"};
        SamplerSettings[] settings = {new SamplerSettings(0.8, 50, 0.95, 0.02, 0), new SamplerSettings(1.0, 0, 0.95, 0, 0)};
        for (int c = 0; c < settings.length; c++) {
            SamplerSettings s = settings[c];
            for (int w = 0; w < 200; w++) {
                StageStats st = StageStats.of(logits[w % 64], s);
                st.summarise(st.choose(s, 0, 0), 10);
                dense(logits[w % 64], s);
            }
            double[] support = new double[REPEATS];
            double[] dense = new double[REPEATS];
            for (int r = 0; r < REPEATS; r++) { // interleaved, so both see the same machine
                support[r] = time(() -> {
                    for (float[] row : logits) {
                        StageStats st = StageStats.of(row, s);
                        st.summarise(st.choose(s, 0, 0), 10);
                    }
                }) / logits.length;
                dense[r] = time(() -> {
                    for (float[] row : logits) {
                        dense(row, s);
                    }
                }) / logits.length;
            }
            System.out.printf(Locale.ROOT, "full-vocabulary statistics, 50,257 ids, %s, entropy/rank/top-10 per stage, plus the "
                    + "Gumbel draw: %.3f ms per step walking each stage's support vs %.3f ms walking the vocabulary: %.2fx "
                    + "(goal < 1 ms)%n", names[c], median(support) * 1e3, median(dense) * 1e3, median(dense) / median(support));
        }
    }

    /** The same statistics over the whole vocabulary at every stage: what StageStats did before it kept supports. */
    static void dense(float[] logits, SamplerSettings s) {
        double[][] d = new double[5][];
        double[] h = new double[5];
        d[0] = new double[logits.length];
        h[0] = Distributions.softmaxEntropy(logits, 1.0, d[0]);
        d[1] = d[0];
        h[1] = h[0];
        if (s.temperature() != 1.0) {
            d[1] = new double[logits.length];
            h[1] = Distributions.softmaxEntropy(logits, s.temperature(), d[1]);
        }
        d[2] = Distributions.topK(d[1], s.topK());
        d[3] = Distributions.topP(d[2], s.topP());
        d[4] = Distributions.minP(d[3], s.minP());
        for (int i = 2; i < 5; i++) {
            h[i] = d[i] == d[i - 1] ? h[i - 1] : Distributions.entropy(d[i]);
        }
        int chosen = Sampler.choose(d[4], s, 0, 0);
        double[] previous = null;
        for (int i = 0; i < 5; i++) {
            if (d[i] != previous) {
                Distributions.top(d[i], 10);
                Distributions.rank(d[i], chosen);
            }
            previous = d[i];
        }
    }

    static Trace run(LanguageModel m, int[] prompt, SamplerSettings s, CautiousSettings c, int n, boolean sequential) {
        try (DecodeSession session = new DecodeSession(m, prompt, s, c, n, false, 10)) {
            if (sequential) {
                session.sequentialTrials();
            }
            while (!session.finished()) {
                session.step();
            }
            return session.trace();
        }
    }

    /** The least a sampling loop does: cached step, softmax, one Gumbel-Max draw. */
    static void bareLoop(LanguageModel m, int[] prompt, int n) {
        SamplerSettings s = new SamplerSettings(1.0, 0, 1.0, 0, 1);
        try (DecodeState st = m.newState()) {
            float[] logits = st.append(prompt);
            for (int t = 0; t < n; t++) {
                int id = Sampler.choose(Distributions.softmax(logits, 1.0), s, t, 0);
                if (t + 1 < n) {
                    logits = st.append(id);
                }
            }
        }
    }

    static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
