package org.tokenscope.host.sae;

import java.util.List;

/**
 * A finished (or cancelled) run.
 *
 * @param sae          the trained SAE with its inference rule
 * @param heldOut      metrics on the held-out activations; null when cancelled or when nothing was held out
 * @param logSparsity  log10(firing frequency + 1e-10) per feature on the held-out activations (SAELens's
 *                     {@code sparsity.safetensors}); null when heldOut is
 * @param curve        every step's metrics
 * @param cancelled    true when stopped early: the SAE holds the weights reached so far
 */
public record TrainingResult(Sae sae, SaeMetrics heldOut, float[] logSparsity, List<StepMetrics> curve,
        boolean cancelled, long tokensTrained, double seconds) {

    public double tokensPerSecond() {
        return seconds > 0 ? tokensTrained / seconds : 0;
    }
}
