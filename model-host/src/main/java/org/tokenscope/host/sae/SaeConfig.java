package org.tokenscope.host.sae;

/**
 * The settings of {@code cfg.json} that change what the SAE computes.
 *
 * @param k                         active features per token (topk only, else 0)
 * @param rescaleActsByDecoderNorm  topk: pre-activations × ‖W_dec[f]‖ and decoding with unit rows (SAELens ≥ 6)
 * @param normScalingFactor         input scale for expected_average_only_in when not folded into the weights; NaN
 *                                  when absent (then identity, as SAELens does)
 * @param dtype                     the compute dtype the file names; weights may be stored in another
 */
public record SaeConfig(Architecture architecture, int dIn, int dSae, DType dtype, boolean applyBDecToInput,
        Normalization normalization, int k, boolean rescaleActsByDecoderNorm, double normScalingFactor,
        SaeMetadata metadata) {

    public SaeConfig {
        if (dIn <= 0 || dSae <= 0) {
            throw new SaeException("cfg.json must give positive d_in and d_sae (got " + dIn + ", " + dSae + ")");
        }
        if (architecture == Architecture.TOPK && (k <= 0 || k > dSae)) {
            throw new SaeException("a topk SAE needs 0 < k ≤ d_sae (got k = " + k + ", d_sae = " + dSae + ")");
        }
    }

    /** A plain config as our trainer writes it. */
    public static SaeConfig of(Architecture arch, int dIn, int dSae, int k, SaeMetadata metadata) {
        return new SaeConfig(arch, dIn, dSae, DType.F32, true, Normalization.NONE, arch == Architecture.TOPK ? k : 0,
                false, Double.NaN, metadata);
    }

    public SaeConfig withMetadata(SaeMetadata m) {
        return new SaeConfig(architecture, dIn, dSae, dtype, applyBDecToInput, normalization, k, rescaleActsByDecoderNorm,
                normScalingFactor, m);
    }
}
