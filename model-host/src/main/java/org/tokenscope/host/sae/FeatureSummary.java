package org.tokenscope.host.sae;

import java.util.List;

/**
 * What the feature browser shows for one feature.
 *
 * @param density          firing frequency over the tokens examined
 * @param logDensity       log10(density + 1e-10), SAELens's sparsity
 * @param quantileContexts contexts drawn evenly from each activation quantile band (weakest band first)
 * @param topLogits        largest logit effects; empty when the model has no known unembedding
 */
public record FeatureSummary(int index, double density, double logDensity, float maxActivation, float meanActivation,
        List<FeatureContext> topContexts, List<List<FeatureContext>> quantileContexts, ActivationHistogram histogram,
        List<LogitEffect> topLogits, List<LogitEffect> bottomLogits, List<Neighbour> neighbours) {

    public boolean isDead() {
        return density == 0;
    }
}
