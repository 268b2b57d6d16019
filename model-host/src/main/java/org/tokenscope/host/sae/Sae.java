package org.tokenscope.host.sae;

import java.util.Arrays;

/**
 * A sparse autoencoder for inference, in SAELens conventions:
 * <pre>
 *   x' = normalize_in(x) − b_dec·apply_b_dec_to_input;   pre = x' W_enc + b_enc
 *   standard: f = relu(pre)   jumprelu: f = relu(pre)·[pre > θ]   topk: the k largest of pre, relu
 *   x̂ = f W_dec + b_dec, then normalize_out
 * </pre>
 * Weights are row-major float arrays in the file's shapes: W_enc [d_in][d_sae], W_dec [d_sae][d_in]. Instances are
 * immutable by convention: the arrays are shared with the engine's fast paths and must not be modified.
 */
public final class Sae {
    private final SaeConfig config;
    final float[] wEnc;
    final float[] bEnc;
    final float[] wDec;
    final float[] bDec;
    /** Per-feature JumpReLU threshold, null for other architectures. */
    final float[] threshold;
    /** ‖W_dec[f]‖, used by topk SAEs that rescale activations by decoder norm. */
    private final float[] decoderNorms;

    public Sae(SaeConfig config, float[] wEnc, float[] bEnc, float[] wDec, float[] bDec, float[] threshold) {
        int d = config.dIn(), n = config.dSae();
        check("W_enc", wEnc, (long) d * n, config);
        check("b_enc", bEnc, n, config);
        check("W_dec", wDec, (long) n * d, config);
        check("b_dec", bDec, d, config);
        if (config.architecture() == Architecture.JUMPRELU) {
            if (threshold == null) {
                throw new SaeException("a jumprelu SAE needs a threshold tensor of " + n + " values; the weights file has none");
            }
            check("threshold", threshold, n, config);
        }
        this.config = config;
        this.wEnc = wEnc;
        this.bEnc = bEnc;
        this.wDec = wDec;
        this.bDec = bDec;
        this.threshold = config.architecture() == Architecture.JUMPRELU ? threshold : null;
        this.decoderNorms = new float[n];
        for (int f = 0; f < n; f++) {
            double s = 0;
            for (int i = 0; i < d; i++) {
                s += (double) wDec[f * d + i] * wDec[f * d + i];
            }
            decoderNorms[f] = (float) Math.sqrt(s);
        }
    }

    private static void check(String name, float[] a, long expected, SaeConfig c) {
        if (a == null || a.length != expected) {
            throw new SaeException("tensor " + name + " has " + (a == null ? 0 : a.length) + " values but cfg.json (d_in "
                    + c.dIn() + ", d_sae " + c.dSae() + ") needs " + expected + ": the weights do not match the config");
        }
    }

    public SaeConfig config() {
        return config;
    }

    public int dIn() {
        return config.dIn();
    }

    public int dSae() {
        return config.dSae();
    }

    /** The decoder direction of a feature (a copy). */
    public float[] decoderRow(int feature) {
        return Arrays.copyOfRange(wDec, feature * dIn(), (feature + 1) * dIn());
    }

    public float decoderNorm(int feature) {
        return decoderNorms[feature];
    }

    /** The JumpReLU threshold of a feature, or NaN for other architectures. */
    public float threshold(int feature) {
        return threshold == null ? Float.NaN : threshold[feature];
    }

    /** Writes normalize_in(x) − b_dec·apply into {@code out} and returns how to undo the normalisation. */
    SaeCode.InputNorm prepareInput(float[] x, float[] out) {
        int d = dIn();
        if (x.length != d) {
            throw new SaeException("input has " + x.length + " values but this SAE takes d_in = " + d);
        }
        SaeCode.InputNorm norm = InputNormalizer.apply(config, x, out);
        if (config.applyBDecToInput()) {
            for (int i = 0; i < d; i++) {
                out[i] -= bDec[i];
            }
        }
        return norm;
    }

    /** pre = x' W_enc + b_enc (× decoder norm for rescaling topk SAEs), for one input. */
    public float[] preActivations(float[] x) {
        float[] xp = new float[dIn()];
        prepareInput(x, xp);
        return preFromPrepared(xp);
    }

    private float[] preFromPrepared(float[] xp) {
        int n = dSae();
        float[] pre = bEnc.clone();
        for (int i = 0; i < xp.length; i++) { // row i of W_enc scaled by x'_i: contiguous, so it vectorises
            float a = xp[i];
            int off = i * n;
            for (int j = 0; j < n; j++) {
                pre[j] += a * wEnc[off + j];
            }
        }
        if (config.architecture() == Architecture.TOPK && config.rescaleActsByDecoderNorm()) {
            for (int j = 0; j < n; j++) {
                pre[j] *= decoderNorms[j];
            }
        }
        return pre;
    }

    public SaeCode encode(float[] x) {
        float[] xp = new float[dIn()];
        SaeCode.InputNorm norm = prepareInput(x, xp);
        return activate(preFromPrepared(xp), 0, norm);
    }

    /** Applies the architecture's rule to {@code pre[from .. from+d_sae)}: active features, largest first. */
    SaeCode activate(float[] pre, int from, SaeCode.InputNorm norm) {
        int n = dSae();
        int[] idx;
        float[] val;
        int count = 0;
        if (config.architecture() == Architecture.TOPK) {
            int k = config.k();
            idx = new int[k];
            val = new float[k];
            int found = TopK.select(pre, from, n, k, null, idx, val);
            for (int i = 0; i < found; i++) { // relu after selection, as SAELens does
                if (val[i] > 0) {
                    idx[count] = idx[i];
                    val[count++] = val[i];
                }
            }
        } else {
            idx = new int[16];
            val = new float[16];
            for (int j = 0; j < n; j++) {
                float p = pre[from + j];
                if (p > 0 && (threshold == null || p > threshold[j])) {
                    if (count == idx.length) {
                        idx = Arrays.copyOf(idx, count * 2);
                        val = Arrays.copyOf(val, count * 2);
                    }
                    idx[count] = j;
                    val[count++] = p;
                }
            }
        }
        TopK.sortDescending(idx, val, count);
        return new SaeCode(Arrays.copyOf(idx, count), Arrays.copyOf(val, count), norm);
    }

    /** x̂ = f W_dec + b_dec, returned to the input's scale. */
    public float[] decode(SaeCode code) {
        int d = dIn();
        float[] out = bDec.clone();
        boolean rescale = config.architecture() == Architecture.TOPK && config.rescaleActsByDecoderNorm();
        for (int a = 0; a < code.size(); a++) {
            int f = code.indices()[a];
            float v = code.values()[a];
            if (rescale) {
                v = decoderNorms[f] == 0 ? 0 : v / decoderNorms[f];
            }
            int off = f * d;
            for (int i = 0; i < d; i++) {
                out[i] += v * wDec[off + i];
            }
        }
        SaeCode.InputNorm norm = code.norm();
        for (int i = 0; i < d; i++) {
            out[i] = out[i] * norm.scale() + norm.shift();
        }
        return out;
    }

    public float[] reconstruct(float[] x) {
        return decode(encode(x));
    }
}
