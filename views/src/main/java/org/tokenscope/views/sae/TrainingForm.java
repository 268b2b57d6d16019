package org.tokenscope.views.sae;

import org.tokenscope.host.sae.TrainerSettings;
import org.tokenscope.host.sae.TrainingArchitecture;

/** What the training pane asks for; {@link #settings()} turns it into the trainer's settings. */
public record TrainingForm(String tap, TrainingArchitecture architecture, int dSae, int k, long tokens,
        double learningRate, double zipfAlpha, double auxCoefficient) {

    public static TrainingForm defaults() {
        return new TrainingForm("hidden_states.2", TrainingArchitecture.TOPK, 1536, 32, 200_000, 1e-3, 1.0, 1.0 / 32);
    }

    public TrainingForm withTap(String t) {
        return new TrainingForm(t, architecture, dSae, k, tokens, learningRate, zipfAlpha, auxCoefficient);
    }

    /** The trainer's defaults with this form's values; a batch never larger than the token budget. */
    public TrainerSettings settings() {
        int batch = (int) Math.max(1, Math.min(1024, tokens));
        return TrainerSettings.defaults(architecture, dSae, k, tokens)
                .withOptimizer(batch, learningRate, 0.2)
                .withAux(architecture.defaultAux(), auxCoefficient, zipfAlpha)
                .withThreads(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }
}
