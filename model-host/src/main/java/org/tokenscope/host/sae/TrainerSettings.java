package org.tokenscope.host.sae;

import java.nio.file.Path;

/**
 * Everything that decides a training run; with the activation store and the thread count it decides the result
 * exactly.
 *
 * @param tokens          activation vectors to train on (repeated passes over the store when it holds fewer)
 * @param batchSize       tokens per optimiser step (B)
 * @param learningRate    Adam's step size; constant, then linear decay to 0 over the last {@code decayFraction}
 * @param auxCoefficient  weight of the auxiliary loss (1/32 as in Gao et al.)
 * @param kAux            features the auxiliary loss may use per token; ≤ 0 means d_in / 2
 * @param zipfAlpha       exponent of the Zipf capacity profile (Feature Choice) and of aux_zipf's expectation
 * @param deadWindow      a feature is dead when it has not fired in this many tokens
 * @param densityDecay    per-step EMA decay of feature densities (Zipf ranks, aux_zipf)
 * @param thresholdDecay  per-step EMA decay of the batch rules' inference threshold
 * @param heldOutFraction share of the store's sequences kept out of training for the final metrics
 * @param checkpointEvery steps between checkpoints into {@code checkpointDir} (0: none)
 */
public record TrainerSettings(TrainingArchitecture architecture, int dSae, int k, long tokens, int batchSize,
        double learningRate, double decayFraction, float adamBeta1, float adamBeta2, float adamEps, long seed,
        AuxKind aux, double auxCoefficient, int kAux, double zipfAlpha, long deadWindow, double densityDecay,
        double thresholdDecay, double heldOutFraction, int checkpointEvery, Path checkpointDir, int threads) {

    /** Largest d_sae: 1,048,576 features. */
    public static final int MAX_D_SAE = 1 << 20;
    /** Largest batch: 65,536 tokens per step. */
    public static final int MAX_BATCH_SIZE = 1 << 16;
    /** Most optimiser steps in one run (⌈tokens / batch size⌉): the loss curve keeps one point per step. */
    public static final long MAX_STEPS = 1_000_000;
    /** Largest token budget (with the default batch of 1024 the step limit binds first). */
    public static final long MAX_TOKENS = 1_000_000_000_000L;
    /** Largest learning rate: Adam moves each weight by about lr per step, and decoder rows have unit norm. */
    public static final double MAX_LEARNING_RATE = 1.0;
    public static final double MAX_AUX_COEFFICIENT = 100, MAX_ZIPF_ALPHA = 10;
    public static final long MAX_DEAD_WINDOW = 1_000_000_000_000L;
    public static final int MAX_THREADS = 1024;
    /** Share of the Java heap ({@code -Xmx}) a run's weights, optimiser state and batch buffers may take. */
    static final double HEAP_SHARE = 0.8;

    /**
     * Checks every value's range; the messages name the range and the command-line option, and the training window
     * shows the same ones.
     *
     * @throws SaeException naming the first value out of range
     */
    public TrainerSettings {
        if (architecture == null || aux == null) {
            throw new SaeException("the architecture and the auxiliary loss must be given");
        }
        intRange("d_sae (--d-sae)", dSae, 1, MAX_D_SAE);
        if (k < 1 || k > dSae) {
            throw new SaeException("k (--k) must be in 1.." + dSae + " (at most d_sae), got " + k);
        }
        longRange("the token budget (--tokens)", tokens, 1, MAX_TOKENS);
        intRange("the batch size (--batch-size)", batchSize, 1, MAX_BATCH_SIZE);
        long steps = (tokens + batchSize - 1) / batchSize;
        if (steps > MAX_STEPS) {
            throw new SaeException(String.format(java.util.Locale.ROOT, "the token budget (--tokens) over the batch size "
                    + "(--batch-size) must be at most %,d steps, got %,d; raise the batch size or lower the budget",
                    MAX_STEPS, steps));
        }
        range("the learning rate (--lr)", learningRate, false, 0, true, MAX_LEARNING_RATE);
        range("the learning-rate decay fraction", decayFraction, true, 0, true, 1);
        range("Adam's β1", adamBeta1, true, 0, false, 1);
        range("Adam's β2", adamBeta2, true, 0, false, 1);
        range("Adam's ε", adamEps, false, 0, true, 1);
        range("the auxiliary loss coefficient (--aux-coefficient)", auxCoefficient, true, 0, true, MAX_AUX_COEFFICIENT);
        if (kAux > dSae) {
            throw new SaeException("k_aux must be at most d_sae (" + dSae + "), or ≤ 0 for d_in / 2; got " + kAux);
        }
        range("the Zipf exponent α (--zipf-alpha)", zipfAlpha, true, 0, true, MAX_ZIPF_ALPHA);
        longRange("the dead-feature window (--dead-window)", deadWindow, 1, MAX_DEAD_WINDOW);
        range("the density decay", densityDecay, true, 0, false, 1);
        range("the threshold decay", thresholdDecay, true, 0, false, 1);
        range("the held-out fraction", heldOutFraction, true, 0, false, 1);
        if (checkpointEvery < 0) {
            throw new SaeException("the checkpoint interval must be ≥ 0 (0: none), got " + checkpointEvery);
        }
        intRange("the thread count (--threads)", threads, 1, MAX_THREADS);
    }

    private static void intRange(String what, long v, long min, long max) {
        longRange(what, v, min, max);
    }

    private static void longRange(String what, long v, long min, long max) {
        if (v < min || v > max) {
            throw new SaeException(String.format(java.util.Locale.ROOT, "%s must be in %,d..%,d, got %,d", what, min, max, v));
        }
    }

    /** v in the interval with the given bounds ([ or ( each); NaN and ±∞ never pass. */
    private static void range(String what, double v, boolean minIncluded, double min, boolean maxIncluded, double max) {
        boolean ok = Double.isFinite(v) && (minIncluded ? v >= min : v > min) && (maxIncluded ? v <= max : v < max);
        if (!ok) {
            throw new SaeException(what + " must be in " + (minIncluded ? "[" : "(") + number(min) + ", " + number(max)
                    + (maxIncluded ? "]" : ")") + ", got " + number(v));
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Bytes a run on activations of width {@code dIn} holds at once: encoder, decoder, their gradients and Adam's two
     * moments (8 · d_sae · d_in floats), the batch's pre-activations (B · d_sae) and inputs (2 · B · d_in).
     */
    public long trainingBytes(int dIn) {
        long n = dSae, d = dIn, b = batchSize;
        return 4 * (8 * n * d + b * n + 2 * b * d + 8 * n + 8 * d);
    }

    /**
     * Checks that a run on activations of width {@code dIn} fits in memory: every buffer in one Java array, and
     * {@link #trainingBytes} within {@value #HEAP_SHARE} of the heap this runtime may grow to.
     *
     * @throws SaeException saying what to lower
     */
    public void checkFits(int dIn) {
        checkFits(dIn, Runtime.getRuntime().maxMemory());
    }

    void checkFits(int dIn, long maxHeap) {
        long maxArray = Integer.MAX_VALUE - 8;
        if ((long) dSae * dIn > maxArray || (long) batchSize * dSae > maxArray) {
            throw new SaeException(String.format(java.util.Locale.ROOT, "d_sae (--d-sae) %,d × d_in %,d or batch size "
                    + "(--batch-size) %,d × d_sae is over the %,d values a Java array holds; lower --d-sae or --batch-size",
                    dSae, dIn, batchSize, maxArray));
        }
        long need = trainingBytes(dIn);
        long allowed = (long) (maxHeap * HEAP_SHARE);
        if (need > allowed) {
            throw new SaeException("training d_sae " + dSae + " on d_in " + dIn + " with batch size " + batchSize
                    + " needs about " + gib(need) + " of memory, over the " + gib(allowed) + " this Java runtime may use; "
                    + "lower --d-sae or --batch-size (or give Java more memory with -Xmx)");
        }
    }

    private static String gib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
    }

    /** The defaults the CLI and the training dialog start from. */
    public static TrainerSettings defaults(TrainingArchitecture arch, int dSae, int k, long tokens) {
        return new TrainerSettings(arch, dSae, k, tokens, 1024, 1e-3, 0.2, 0.9f, 0.999f, 1e-8f, 0, arch.defaultAux(),
                1.0 / 32, -1, 1.0, 200_000, 0.99, 0.99, 0.1, 0, null,
                Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    public TrainerSettings withSeed(long s) {
        return new TrainerSettings(architecture, dSae, k, tokens, batchSize, learningRate, decayFraction, adamBeta1,
                adamBeta2, adamEps, s, aux, auxCoefficient, kAux, zipfAlpha, deadWindow, densityDecay, thresholdDecay,
                heldOutFraction, checkpointEvery, checkpointDir, threads);
    }

    public TrainerSettings withOptimizer(int batch, double lr, double decay) {
        return new TrainerSettings(architecture, dSae, k, tokens, batch, lr, decay, adamBeta1, adamBeta2, adamEps, seed,
                aux, auxCoefficient, kAux, zipfAlpha, deadWindow, densityDecay, thresholdDecay, heldOutFraction,
                checkpointEvery, checkpointDir, threads);
    }

    public TrainerSettings withAux(AuxKind kind, double coefficient, double alpha) {
        return new TrainerSettings(architecture, dSae, k, tokens, batchSize, learningRate, decayFraction, adamBeta1,
                adamBeta2, adamEps, seed, kind, coefficient, kAux, alpha, deadWindow, densityDecay, thresholdDecay,
                heldOutFraction, checkpointEvery, checkpointDir, threads);
    }

    public TrainerSettings withDeadWindow(long window) {
        return new TrainerSettings(architecture, dSae, k, tokens, batchSize, learningRate, decayFraction, adamBeta1,
                adamBeta2, adamEps, seed, aux, auxCoefficient, kAux, zipfAlpha, window, densityDecay, thresholdDecay,
                heldOutFraction, checkpointEvery, checkpointDir, threads);
    }

    public TrainerSettings withCheckpoints(int every, Path dir) {
        return new TrainerSettings(architecture, dSae, k, tokens, batchSize, learningRate, decayFraction, adamBeta1,
                adamBeta2, adamEps, seed, aux, auxCoefficient, kAux, zipfAlpha, deadWindow, densityDecay, thresholdDecay,
                heldOutFraction, every, dir, threads);
    }

    public TrainerSettings withThreads(int n) {
        return new TrainerSettings(architecture, dSae, k, tokens, batchSize, learningRate, decayFraction, adamBeta1,
                adamBeta2, adamEps, seed, aux, auxCoefficient, kAux, zipfAlpha, deadWindow, densityDecay, thresholdDecay,
                heldOutFraction, checkpointEvery, checkpointDir, Math.max(1, Math.min(MAX_THREADS, n)));
    }

    public TrainerSettings withHeldOut(double fraction) {
        return new TrainerSettings(architecture, dSae, k, tokens, batchSize, learningRate, decayFraction, adamBeta1,
                adamBeta2, adamEps, seed, aux, auxCoefficient, kAux, zipfAlpha, deadWindow, densityDecay, thresholdDecay,
                fraction, checkpointEvery, checkpointDir, threads);
    }

    /** k_aux as used: d_in / 2 unless set. */
    int effectiveKAux(int dIn) {
        return kAux > 0 ? kAux : Math.max(1, dIn / 2);
    }
}
