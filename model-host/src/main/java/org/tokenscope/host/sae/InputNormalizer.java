package org.tokenscope.host.sae;

/** SAELens's run-time input normalisations (see {@link Normalization}); formulas follow its code exactly. */
final class InputNormalizer {
    private static final double LAYER_NORM_EPS = 1e-5;

    private InputNormalizer() {
    }

    /** Writes normalize_in(x) into {@code out}; returns the map back from the SAE's output to the input's scale. */
    static SaeCode.InputNorm apply(SaeConfig c, float[] x, float[] out) {
        int d = x.length;
        switch (c.normalization()) {
            case CONSTANT_NORM_RESCALE -> {
                double sq = 0;
                for (float v : x) {
                    sq += (double) v * v;
                }
                double coeff = Math.sqrt(d) / Math.sqrt(sq);
                for (int i = 0; i < d; i++) {
                    out[i] = (float) (x[i] * coeff);
                }
                return new SaeCode.InputNorm((float) (1 / coeff), 0f);
            }
            case LAYER_NORM -> {
                double mean = 0;
                for (float v : x) {
                    mean += v;
                }
                mean /= d;
                double ss = 0;
                for (float v : x) {
                    ss += (v - mean) * (v - mean);
                }
                double std = Math.sqrt(ss / Math.max(1, d - 1)); // torch's std is the unbiased estimate
                for (int i = 0; i < d; i++) {
                    out[i] = (float) ((x[i] - mean) / (std + LAYER_NORM_EPS));
                }
                return new SaeCode.InputNorm((float) std, (float) mean); // SAELens undoes with std, not std + eps
            }
            case EXPECTED_AVERAGE_ONLY_IN -> {
                double s = Double.isNaN(c.normScalingFactor()) ? 1 : c.normScalingFactor();
                for (int i = 0; i < d; i++) {
                    out[i] = (float) (x[i] * s);
                }
                return new SaeCode.InputNorm((float) (1 / s), 0f);
            }
            default -> {
                System.arraycopy(x, 0, out, 0, d);
                return SaeCode.InputNorm.IDENTITY;
            }
        }
    }
}
