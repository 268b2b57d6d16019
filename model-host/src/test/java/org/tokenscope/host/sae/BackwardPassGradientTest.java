package org.tokenscope.host.sae;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The sparse hand-derived gradients against central finite differences of the loss (selection held fixed, as
 * autograd treats it), main term and auxiliary term together.
 */
class BackwardPassGradientTest {
    private static final int D = 5, N = 9, B = 4, K = 3, K_AUX = 2;
    private static final float AUX_C = 0.5f;

    @Test
    void gradientsMatchFiniteDifferences() {
        Random r = new Random(11);
        SaeParameters p = new SaeParameters(D, N, gaussian(r, N * D), gaussian(r, N), gaussian(r, N * D), gaussian(r, D));
        float[] x = gaussian(r, B * D);
        boolean[] allowed = new boolean[N];
        float[] weight = new float[N];
        for (int f = 0; f < N; f++) {
            allowed[f] = f % 2 == 1;
            weight[f] = 0.25f + 0.75f * r.nextFloat();
        }
        AuxTargets aux = new AuxTargets(allowed, weight, 4);
        float[][] xRows = new float[B][D], xp = new float[B][D];
        for (int b = 0; b < B; b++) {
            for (int i = 0; i < D; i++) {
                xRows[b][i] = x[b * D + i];
                xp[b][i] = x[b * D + i] - p.bDec[i];
            }
        }
        float[] pre = toFloat(preActivations(p, x));
        try (Parallel two = new Parallel(2)) {
            SparseBatch sel = Selection.topK(pre, B, N, K, two);
            BatchGradients g = new BatchGradients(D, N);
            BackwardPass.run(p, new BackwardPass.Batch(xRows, xp, pre, B, sel, aux, K_AUX, AUX_C), g, two);
            int[][] auxSets = auxSets(pre, aux);
            double[][] residual = residuals(p, x, sel, preActivations(p, x));
            float[][] params = {p.wEncT, p.bEnc, p.wDec, p.bDec};
            float[][] grads = {g.wEncT, g.bEnc, g.wDec, g.bDec};
            for (int t = 0; t < params.length; t++) {
                for (int i = 0; i < params[t].length; i++) {
                    float saved = params[t][i];
                    double h = 1e-3;
                    params[t][i] = (float) (saved + h);
                    double up = loss(p, x, sel, auxSets, aux, residual);
                    params[t][i] = (float) (saved - h);
                    double down = loss(p, x, sel, auxSets, aux, residual);
                    params[t][i] = saved;
                    double numeric = (up - down) / (2 * h);
                    assertEquals(numeric, grads[t][i], 2e-3 * Math.max(1, Math.abs(numeric)), "param " + t + "[" + i + "]");
                }
            }
        }
    }

    /** The loss with the selection and the aux features fixed, and the aux residual held constant. */
    private static double loss(SaeParameters p, float[] x, SparseBatch sel, int[][] auxSets, AuxTargets aux, double[][] residual) {
        double[][] pre = preActivations(p, x);
        double total = 0;
        for (int b = 0; b < B; b++) {
            double[] xhat = new double[D];
            for (int i = 0; i < D; i++) {
                xhat[i] = p.bDec[i];
            }
            for (int e = sel.start[b]; e < sel.start[b + 1]; e++) {
                add(xhat, p, sel.feature[e], Math.max(0, pre[b][sel.feature[e]]));
            }
            double[] ehat = new double[D];
            for (int f : auxSets[b]) {
                add(ehat, p, f, aux.weight()[f] * Math.max(0, pre[b][f]));
            }
            for (int i = 0; i < D; i++) {
                total += Math.pow(xhat[i] - x[b * D + i], 2) / B;
                total += AUX_C * Math.pow(ehat[i] - residual[b][i], 2) / B;
            }
        }
        return total;
    }

    private static double[][] residuals(SaeParameters p, float[] x, SparseBatch sel, double[][] pre) {
        double[][] res = new double[B][D];
        for (int b = 0; b < B; b++) {
            double[] xhat = new double[D];
            for (int i = 0; i < D; i++) {
                xhat[i] = p.bDec[i];
            }
            for (int e = sel.start[b]; e < sel.start[b + 1]; e++) {
                add(xhat, p, sel.feature[e], Math.max(0, pre[b][sel.feature[e]]));
            }
            for (int i = 0; i < D; i++) {
                res[b][i] = x[b * D + i] - xhat[i];
            }
        }
        return res;
    }

    private static int[][] auxSets(float[] pre, AuxTargets aux) {
        int[][] sets = new int[B][];
        for (int b = 0; b < B; b++) {
            int[] idx = new int[K_AUX];
            float[] val = new float[K_AUX];
            int m = TopK.select(pre, b * N, N, K_AUX, aux.allowed(), idx, val);
            sets[b] = java.util.Arrays.copyOf(idx, m);
        }
        return sets;
    }

    private static void add(double[] into, SaeParameters p, int f, double v) {
        for (int i = 0; i < D; i++) {
            into[i] += v * p.wDec[f * D + i];
        }
    }

    private static double[][] preActivations(SaeParameters p, float[] x) {
        double[][] pre = new double[B][N];
        for (int b = 0; b < B; b++) {
            for (int f = 0; f < N; f++) {
                double s = p.bEnc[f];
                for (int i = 0; i < D; i++) {
                    s += ((double) x[b * D + i] - p.bDec[i]) * p.wEncT[f * D + i];
                }
                pre[b][f] = s;
            }
        }
        return pre;
    }

    private static float[] toFloat(double[][] a) {
        float[] out = new float[a.length * a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i * a[0].length + j] = (float) a[i][j];
            }
        }
        return out;
    }

    private static float[] gaussian(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextGaussian();
        }
        return a;
    }
}
