package org.tokenscope.host.sae;

/**
 * How well an SAE reconstructs a set of activations with its inference rule.
 *
 * @param normalizedMse Σ‖x − x̂‖² / Σ‖x − mean(x)‖² (the fraction of variance unexplained)
 * @param mse           squared error summed over d_in, averaged over tokens
 * @param l0            mean active features per token
 * @param deadFeatures  features that fired on none of the tokens
 * @param tokens        tokens evaluated
 */
public record SaeMetrics(double normalizedMse, double mse, double l0, int deadFeatures, int dSae, long tokens) {

    public double deadFraction() {
        return deadFeatures / (double) dSae;
    }
}
