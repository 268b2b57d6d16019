package org.tokenscope.host.sae;

import java.util.SplittableRandom;

/**
 * The trainable weights, laid out for training: the encoder as rows (wEncT[f] = W_enc[:, f]) so each feature's
 * weights and gradient are contiguous, like the decoder's. Initialisation follows sae.md: decoder rows random unit
 * vectors, encoder = decoder transpose, b_enc = 0, b_dec = the data's geometric median.
 */
final class SaeParameters {
    final int dIn;
    final int dSae;
    final float[] wEncT;
    final float[] bEnc;
    final float[] wDec;
    final float[] bDec;

    SaeParameters(int dIn, int dSae, float[] wEncT, float[] bEnc, float[] wDec, float[] bDec) {
        this.dIn = dIn;
        this.dSae = dSae;
        this.wEncT = wEncT;
        this.bEnc = bEnc;
        this.wDec = wDec;
        this.bDec = bDec;
    }

    static SaeParameters initial(int dIn, int dSae, long seed, float[] bDec) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] wDec = new float[dSae * dIn];
        for (int i = 0; i < wDec.length; i++) {
            wDec[i] = (float) gaussian(rng);
        }
        SaeParameters p = new SaeParameters(dIn, dSae, new float[dSae * dIn], new float[dSae], wDec, bDec.clone());
        p.normalizeDecoderRows(0, dSae);
        System.arraycopy(wDec, 0, p.wEncT, 0, wDec.length); // encoder rows = decoder rows: W_enc = W_decᵀ
        return p;
    }

    /** Box–Muller on the seeded generator (SplittableRandom has no nextGaussian in Java 17). */
    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble(), v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Rescales decoder rows [from, to) to unit norm (zero rows stay zero). */
    void normalizeDecoderRows(int from, int to) {
        for (int f = from; f < to; f++) {
            int off = f * dIn;
            double s = 0;
            for (int i = 0; i < dIn; i++) {
                s += (double) wDec[off + i] * wDec[off + i];
            }
            if (s > 0) {
                float inv = (float) (1 / Math.sqrt(s));
                for (int i = 0; i < dIn; i++) {
                    wDec[off + i] *= inv;
                }
            }
        }
    }

    /** An inference SAE (copies, W_enc back in SAELens's [d_in][d_sae] layout). */
    Sae toSae(SaeConfig config, float[] threshold) {
        float[] wEnc = new float[dIn * dSae];
        for (int f = 0; f < dSae; f++) {
            for (int i = 0; i < dIn; i++) {
                wEnc[i * dSae + f] = wEncT[f * dIn + i];
            }
        }
        return new Sae(config, wEnc, bEnc.clone(), wDec.clone(), bDec.clone(), threshold);
    }

    /**
     * The geometric median of some rows by Weiszfeld's iteration from their mean: robust to the residual stream's
     * outlier tokens, and cheap on a sample.
     */
    static float[] geometricMedian(float[] rows, int count, int d, int iterations) {
        double[] m = new double[d];
        for (int r = 0; r < count; r++) {
            for (int i = 0; i < d; i++) {
                m[i] += rows[r * d + i];
            }
        }
        for (int i = 0; i < d; i++) {
            m[i] /= count;
        }
        for (int it = 0; it < iterations; it++) {
            double[] num = new double[d];
            double den = 0;
            for (int r = 0; r < count; r++) {
                double dist = 0;
                for (int i = 0; i < d; i++) {
                    double diff = rows[r * d + i] - m[i];
                    dist += diff * diff;
                }
                double w = 1 / Math.max(Math.sqrt(dist), 1e-8);
                den += w;
                for (int i = 0; i < d; i++) {
                    num[i] += w * rows[r * d + i];
                }
            }
            for (int i = 0; i < d; i++) {
                m[i] = num[i] / den;
            }
        }
        float[] out = new float[d];
        for (int i = 0; i < d; i++) {
            out[i] = (float) m[i];
        }
        return out;
    }
}
