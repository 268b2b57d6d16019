package org.tokenscope.host.sae;

/**
 * The active features of one input: indices and activations, largest first (ties by index), and how to undo the
 * input normalisation when decoding.
 */
public record SaeCode(int[] indices, float[] values, InputNorm norm) {

    public int size() {
        return indices.length;
    }

    /** Activation of one feature, 0 when it is not active. */
    public float valueOf(int feature) {
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] == feature) {
                return values[i];
            }
        }
        return 0f;
    }

    /**
     * The affine map that returns a decoded vector to the input's scale: {@code y · scale + shift} (identity unless
     * the SAE normalises its inputs per token).
     */
    public record InputNorm(float scale, float shift) {
        public static final InputNorm IDENTITY = new InputNorm(1f, 0f);
    }
}
