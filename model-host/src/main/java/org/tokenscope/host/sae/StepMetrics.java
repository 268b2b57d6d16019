package org.tokenscope.host.sae;

/**
 * One optimiser step, for live curves.
 *
 * @param tokens         activation vectors trained on so far
 * @param mse            squared error summed over d_in, averaged over the batch's tokens
 * @param normalizedMse  Σ‖x − x̂‖² / Σ‖x − mean(x)‖² over the batch
 * @param auxLoss        the auxiliary term as added to the loss (coefficient included); 0 when inactive
 * @param l0             mean active features per token in the batch (training rule)
 * @param deadFeatures   features that have not fired within the dead window
 */
public record StepMetrics(int step, long tokens, double mse, double normalizedMse, double auxLoss, double l0,
        int deadFeatures, double learningRate, double seconds) {

    public double loss() {
        return mse + auxLoss;
    }
}
