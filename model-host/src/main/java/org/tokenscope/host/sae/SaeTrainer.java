package org.tokenscope.host.sae;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;

/**
 * Trains an SAE on an activation store (sae.md): per step, a shuffled batch of B training rows; pre-activations
 * by one dense product; the architecture's selection; loss and sparse gradients token by token on all workers;
 * hand-written Adam; decoder rows back to unit norm. Held-out metrics use the inference rule. Deterministic for a
 * given store, settings and thread count.
 */
public final class SaeTrainer {
    private final ActivationStore store;
    private final TrainerSettings s;
    private final SaeMetadata metadata;
    private final int d;
    private final int n;

    private SaeTrainer(ActivationStore store, TrainerSettings settings, SaeMetadata metadata) {
        settings.checkFits(store.dIn());
        this.store = store;
        this.s = settings;
        this.metadata = metadata;
        this.d = store.dIn();
        this.n = settings.dSae();
    }

    /**
     * Runs to the token budget or until cancelled; a cancelled run returns the weights reached so far (and the
     * last checkpoint, when checkpoints are on, stays on disk).
     *
     * @throws SaeException when the run does not fit in memory ({@link TrainerSettings#checkFits}), or when it
     *         diverges: the loss or the weights become NaN or infinite ("training diverged at step 120: the loss
     *         became NaN; lower the learning rate (--lr)"); nothing is returned, so nothing gets written
     */
    public static TrainingResult train(ActivationStore store, TrainerSettings settings, SaeMetadata metadata,
            TrainingListener listener, Progress progress, Cancellation cancel) {
        return new SaeTrainer(store, settings, metadata).run(listener, progress, cancel, null);
    }

    /**
     * Sees the initial weights, each batch's rows, and each step's selection and updated weights: tests check
     * invariants with it, the benchmark replays the same run in PyTorch.
     */
    interface StepInspector {
        default void started(SaeParameters initial) {
        }

        default void batch(int[] rows) {
        }

        void afterStep(SparseBatch selection, int[] capacities, SaeParameters parameters);
    }

    static TrainingResult train(ActivationStore store, TrainerSettings settings, StepInspector inspector) {
        return new SaeTrainer(store, settings, SaeMetadata.empty()).run(TrainingListener.NONE, Progress.NONE,
                Cancellation.none(), inspector);
    }

    private TrainingResult run(TrainingListener listener, Progress progress, Cancellation cancel, StepInspector inspector) {
        long t0 = System.nanoTime();
        StoreSplit split = StoreSplit.of(store, s.heldOutFraction());
        int rows = s.batchSize();
        int steps = (int) Math.min(Integer.MAX_VALUE, (s.tokens() + rows - 1) / rows);
        SplittableRandom rng = new SplittableRandom(s.seed());
        SaeParameters p = SaeParameters.initial(d, n, rng.nextLong(), initialDecoderBias(split.train(), rng.split()));
        FeatureActivity activity = new FeatureActivity(n, s.k() / (double) n, s.densityDecay(), s.thresholdDecay());
        BatchSampler sampler = new BatchSampler(split.train(), rng.split());
        if (inspector != null) {
            inspector.started(p);
        }
        List<StepMetrics> curve = new ArrayList<>(Math.min(steps, 1 << 16));
        boolean cancelled = false;
        try (Loop loop = new Loop(p, activity, rows)) {
            for (int step = 0; step < steps; step++) {
                if (cancel.isCancelled()) {
                    cancelled = true;
                    break;
                }
                int[] batchRows = sampler.next(rows);
                if (inspector != null) {
                    inspector.batch(batchRows);
                }
                StepMetrics m = loop.step(step, steps, batchRows, inspector, t0);
                checkFinite(step + 1, m);
                curve.add(m);
                listener.onStep(m);
                progress.update(step + 1, steps, String.format(Locale.ROOT, "training %s: step %d of %d, mse %.4g, L0 %.1f",
                        s.architecture().cliName(), step + 1, steps, m.mse(), m.l0()));
                if (s.checkpointEvery() > 0 && s.checkpointDir() != null && (step + 1) % s.checkpointEvery() == 0) {
                    SaeLensFormat.write(toSae(p, activity), s.checkpointDir(), DType.F32, null);
                }
            }
        }
        checkFinite(curve.size(), p);
        Sae sae = toSae(p, activity);
        long trained = (long) curve.size() * rows;
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (cancelled || split.heldOut().length == 0) {
            return new TrainingResult(sae, null, null, curve, cancelled, trained, seconds);
        }
        long[] fired = new long[n];
        SaeMetrics heldOut = HeldOutEvaluator.evaluate(sae, store, split.heldOut(), s.threads(), fired);
        float[] logSparsity = new float[n];
        for (int f = 0; f < n; f++) {
            logSparsity[f] = (float) Math.log10(fired[f] / (double) split.heldOut().length + 1e-10);
        }
        return new TrainingResult(sae, heldOut, logSparsity, curve, false, trained, seconds);
    }

    /** A step whose loss is NaN or infinite ends the run: its weights are garbage from here on. */
    private static void checkFinite(int step, StepMetrics m) {
        double[] losses = {m.mse(), m.auxLoss()};
        for (double loss : losses) {
            if (!Double.isFinite(loss)) {
                throw diverged(step, "the loss became " + (Double.isNaN(loss) ? "NaN" : "infinite"));
            }
        }
    }

    /** The final weights, checked once: a last update can overflow after the last loss was computed. */
    private static void checkFinite(int step, SaeParameters p) {
        float[][] arrays = {p.wEncT, p.bEnc, p.wDec, p.bDec};
        String[] names = {"W_enc", "b_enc", "W_dec", "b_dec"};
        for (int a = 0; a < arrays.length; a++) {
            for (float v : arrays[a]) {
                if (!Float.isFinite(v)) {
                    throw diverged(step, names[a] + " became " + (Float.isNaN(v) ? "NaN" : "infinite"));
                }
            }
        }
    }

    private static SaeException diverged(int step, String what) {
        return new SaeException("training diverged at step " + step + ": " + what + "; lower the learning rate (--lr)");
    }

    /** The per-step machinery and its buffers, reused across steps. */
    private final class Loop implements AutoCloseable {
        private final SaeParameters p;
        private final FeatureActivity activity;
        private final int rows;
        private final Parallel parallel = new Parallel(s.threads());
        private final EncoderGemm gemm = new EncoderGemm(d, n, true, s.threads());
        private final Adam adam = new Adam(s.adamBeta1(), s.adamBeta2(), s.adamEps(), n * d, n, n * d, d);
        private final BatchGradients gradients;
        private final float[][] x, xp;
        private final float[] pre;

        Loop(SaeParameters p, FeatureActivity activity, int rows) {
            this.p = p;
            this.activity = activity;
            this.rows = rows;
            gradients = new BatchGradients(d, n);
            x = new float[rows][d];
            xp = new float[rows][d];
            pre = new float[rows * n];
        }

        StepMetrics step(int step, int steps, int[] batchRows, StepInspector inspector, long t0) {
            double variance = gather(batchRows, p.bDec, x, xp, parallel);
            gemm.multiplyRows(xp, rows, p.wEncT, p.bEnc, pre);
            int[] capacities = s.architecture() == TrainingArchitecture.FEATURE_CHOICE
                    ? ZipfCapacities.compute(activity.density(), s.zipfAlpha(), (long) s.k() * rows, rows) : null;
            SparseBatch selection = select(pre, rows, capacities, parallel);
            AuxTargets aux = AuxTargets.of(s.aux(), activity, s.deadWindow(), s.zipfAlpha(), s.k());
            BackwardPass.Batch batch = new BackwardPass.Batch(x, xp, pre, rows, selection, aux, s.effectiveKAux(d),
                    (float) s.auxCoefficient());
            BackwardPass.run(p, batch, gradients, parallel);
            BatchGradients g = gradients;
            double lr = learningRate(step, steps);
            optimise(p, g, adam, lr, parallel);
            activity.record(g.fired, rows, Float.isFinite(g.minKept) ? g.minKept : Double.NaN);
            if (s.architecture() == TrainingArchitecture.FEATURE_CHOICE) {
                activity.recordFeatureCuts(selection);
            }
            if (inspector != null) {
                inspector.afterStep(selection, capacities, p);
            }
            return new StepMetrics(step, activity.tokens(), g.squaredError / rows, variance > 0 ? g.squaredError / variance : 0,
                    s.auxCoefficient() * g.auxSquaredError / rows, g.active / (double) rows,
                    activity.deadCount(s.deadWindow()), lr, (System.nanoTime() - t0) / 1e9);
        }

        @Override
        public void close() {
            gemm.close();
            parallel.close();
        }
    }

    private SparseBatch select(float[] pre, int rows, int[] capacities, Parallel parallel) {
        return switch (s.architecture()) {
            case TOPK -> Selection.topK(pre, rows, n, s.k(), parallel);
            case BATCH_TOPK, MUTUAL_CHOICE -> Selection.batchTopK(pre, rows, n, s.k() * rows, parallel);
            case FEATURE_CHOICE -> FeatureChoiceSelection.select(pre, rows, n, capacities, parallel);
        };
    }

    /** Copies the batch rows into x, writes x' = x − b_dec, returns Σ‖x − mean‖² over the batch. */
    private double gather(int[] batchRows, float[] bDec, float[][] x, float[][] xp, Parallel parallel) {
        parallel.forRange(batchRows.length, (w, from, to) -> {
            for (int r = from; r < to; r++) {
                store.row(batchRows[r], x[r], 0);
                for (int i = 0; i < d; i++) {
                    xp[r][i] = x[r][i] - bDec[i];
                }
            }
        });
        double[] mean = new double[d];
        for (float[] row : x) {
            for (int i = 0; i < d; i++) {
                mean[i] += row[i];
            }
        }
        double total = 0;
        for (float[] row : x) {
            for (int i = 0; i < d; i++) {
                double diff = row[i] - mean[i] / x.length;
                total += diff * diff;
            }
        }
        return total;
    }

    private void optimise(SaeParameters p, BatchGradients g, Adam adam, double lr, Parallel parallel) {
        adam.nextStep();
        parallel.forRange(n, (w, from, to) -> {
            adam.update(0, p.wEncT, g.wEncT, from * d, to * d, lr);
            adam.update(1, p.bEnc, g.bEnc, from, to, lr);
            adam.update(2, p.wDec, g.wDec, from * d, to * d, lr);
            p.normalizeDecoderRows(from, to);
        });
        adam.update(3, p.bDec, g.bDec, 0, d, lr);
    }

    /** Constant, then a linear decay to zero over the last {@code decayFraction} of the steps. */
    private double learningRate(int step, int steps) {
        int decaySteps = (int) Math.round(steps * s.decayFraction());
        int decayFrom = steps - decaySteps;
        return step < decayFrom || decaySteps == 0 ? s.learningRate()
                : s.learningRate() * (steps - step) / (double) decaySteps;
    }

    private float[] initialDecoderBias(int[] train, SplittableRandom rng) {
        int sample = Math.min(train.length, 8192);
        float[] rowsSample = new float[sample * d];
        for (int r = 0; r < sample; r++) {
            store.row(train[rng.nextInt(train.length)], rowsSample, r * d);
        }
        return SaeParameters.geometricMedian(rowsSample, sample, d, 20);
    }

    private Sae toSae(SaeParameters p, FeatureActivity activity) {
        TrainingArchitecture arch = s.architecture();
        SaeMetadata meta = arch == TrainingArchitecture.TOPK ? metadata : metadata.withTrainingArchitecture(arch.cliName());
        SaeConfig config = SaeConfig.of(arch.inference(), d, n, s.k(), meta);
        float[] threshold = null;
        if (arch == TrainingArchitecture.FEATURE_CHOICE) {
            threshold = activity.featureThresholds();
        } else if (arch.inference() == Architecture.JUMPRELU) {
            threshold = new float[n];
            Arrays.fill(threshold, Double.isNaN(activity.threshold()) ? 0f : (float) activity.threshold());
        }
        return p.toSae(config, threshold);
    }
}
