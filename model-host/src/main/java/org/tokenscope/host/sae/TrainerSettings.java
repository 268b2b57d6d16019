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

    public TrainerSettings {
        if (dSae <= 0 || k <= 0 || k > dSae) {
            throw new SaeException("need 0 < k ≤ d_sae (got k = " + k + ", d_sae = " + dSae + ")");
        }
        if (tokens <= 0 || batchSize <= 0) {
            throw new SaeException("the token budget and batch size must be positive");
        }
        if (!(learningRate > 0) || heldOutFraction < 0 || heldOutFraction >= 1) {
            throw new SaeException("the learning rate must be positive and the held-out fraction in [0, 1)");
        }
    }

    /** The defaults the CLI and the training dialog start from. */
    public static TrainerSettings defaults(TrainingArchitecture arch, int dSae, int k, long tokens) {
        return new TrainerSettings(arch, dSae, k, tokens, 1024, 1e-3, 0.2, 0.9f, 0.999f, 1e-8f, 0, arch.defaultAux(),
                1.0 / 32, -1, 1.0, 200_000, 0.99, 0.99, 0.1, 0, null, Runtime.getRuntime().availableProcessors());
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
                heldOutFraction, checkpointEvery, checkpointDir, Math.max(1, n));
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
