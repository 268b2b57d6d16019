package org.tokenscope.host.sae;

/**
 * Loss and gradients of one batch, touching only the active features' rows: this is where TopK's sparsity pays.
 * For token b with kept entries S_b, f_j = relu(pre_j), x̂ = b_dec + Σ f_j W_dec[j], e = x̂ − x and
 * L = (1/B) Σ_b ‖e‖² (squared error summed over d_in, averaged over tokens, as SAELens reports it). With g_b = 2e/B:
 * <pre>
 *   ∂L/∂pre_bj = g_b·W_dec[j] (0 where pre_bj ≤ 0)      ∂L/∂W_dec[j] = Σ_b f_bj g_b       ∂L/∂b_enc[j] = Σ_b ∂L/∂pre_bj
 *   ∂L/∂W_enc[:, j] = Σ_b ∂L/∂pre_bj x'_b                ∂L/∂b_dec = Σ_b g_b − Σ_j ∂L/∂b_enc[j] W_enc[:, j]
 * </pre>
 * (the last because x' = x − b_dec). The auxiliary term c·(1/B)‖ê − r‖², r = x − x̂ held constant,
 * ê = Σ_{j ∈ aux top-k} w_j relu(pre_j) W_dec[j], has the same form with w_j folded in. This is what autograd
 * computes for the dense formulation in the PyTorch reference, without the zeros.
 *
 * <p>Two phases: by token (reconstruction, error, ∂L/∂pre of each kept entry), then by feature (each gradient row
 * summed in a small accumulator over the tokens that use the feature, in token order, and written once). The
 * feature phase needs no per-thread copies of the weight gradients, and its sums do not depend on the thread count.
 * Rows are separate arrays in the hot loops because the JIT of Java 17 only vectorises a loop whose arrays share one
 * index expression.
 */
final class BackwardPass {
    /** Inputs of one batch: raw and prepared (x − b_dec) rows, pre-activations [rows][d_sae], the selection. */
    record Batch(float[][] x, float[][] xp, float[] pre, int rows, SparseBatch selection, AuxTargets aux, int kAux,
            float auxCoefficient) {
    }

    private final SaeParameters p;
    private final Batch batch;
    private final int d;
    private final int n;
    private final int kAux;
    private final float[][] g;
    private final float[][] ga;
    private final float[] dpMain;
    private final int[] auxFeature;
    private final float[] auxCoef;
    private final float[] auxDp;

    private BackwardPass(SaeParameters p, Batch batch) {
        this.p = p;
        this.batch = batch;
        this.d = p.dIn;
        this.n = p.dSae;
        this.kAux = batch.aux() == null ? 0 : Math.min(batch.kAux(), batch.aux().count());
        this.g = new float[batch.rows()][d];
        this.ga = kAux > 0 ? new float[batch.rows()][d] : null;
        this.dpMain = new float[batch.selection().entries()];
        this.auxFeature = new int[batch.rows() * kAux];
        this.auxCoef = new float[batch.rows() * kAux];
        this.auxDp = new float[batch.rows() * kAux];
    }

    static void run(SaeParameters p, Batch batch, BatchGradients out, Parallel parallel) {
        new BackwardPass(p, batch).run(out, parallel);
    }

    private void run(BatchGradients out, Parallel parallel) {
        out.resetStatistics();
        TokenStats[] partial = new TokenStats[parallel.workers()];
        parallel.forRange(batch.rows(), (w, from, to) -> {
            TokenStats stats = new TokenStats(n);
            new TokenPhase(this, stats).run(from, to);
            partial[w] = stats;
        });
        for (TokenStats s : partial) {
            if (s != null) {
                for (int f = 0; f < n; f++) {
                    out.fired[f] += s.fired[f];
                }
                out.squaredError += s.squaredError;
                out.auxSquaredError += s.auxSquaredError;
                out.active += s.active;
                out.minKept = Math.min(out.minKept, s.minKept);
            }
        }
        FeatureLists lists = FeatureLists.of(batch.selection(), auxFeature, kAux, n);
        parallel.forRange(n, (w, from, to) -> featurePhase(lists, out, from, to));
        for (int b = 0; b < batch.rows(); b++) { // Σ_b g_b, in token order
            axpy(1f, g[b], out.bDec);
        }
        float[] row = new float[d];
        for (int f = 0; f < n; f++) {
            if (out.bEnc[f] != 0) {
                System.arraycopy(p.wEncT, f * d, row, 0, d);
                axpy(-out.bEnc[f], row, out.bDec);
            }
        }
    }

    /** One worker's statistics of the token phase. */
    private static final class TokenStats {
        final int[] fired;
        double squaredError;
        double auxSquaredError;
        long active;
        float minKept = Float.POSITIVE_INFINITY;

        TokenStats(int dSae) {
            fired = new int[dSae];
        }
    }

    /** Reconstruction, error and ∂L/∂pre of the kept entries of tokens [from, to). */
    private static final class TokenPhase {
        private final BackwardPass bp;
        private final TokenStats stats;
        private final float[] xhat;
        private final float[] ehat;
        private float[][] rows = new float[32][];
        private final int[] auxIdx;
        private final float[] auxVal;

        TokenPhase(BackwardPass bp, TokenStats stats) {
            this.bp = bp;
            this.stats = stats;
            xhat = new float[bp.d];
            ehat = new float[bp.d];
            auxIdx = new int[Math.max(1, bp.kAux)];
            auxVal = new float[Math.max(1, bp.kAux)];
        }

        void run(int from, int to) {
            SparseBatch sel = bp.batch.selection();
            float scale = 2f / bp.batch.rows();
            for (int b = from; b < to; b++) {
                System.arraycopy(bp.p.bDec, 0, xhat, 0, bp.d);
                int count = sel.start[b + 1] - sel.start[b];
                ensureRows(Math.max(count, bp.kAux));
                for (int a = 0; a < count; a++) {
                    int e = sel.start[b] + a;
                    float v = sel.value[e];
                    if (v > 0) {
                        System.arraycopy(bp.p.wDec, sel.feature[e] * bp.d, rows[a], 0, bp.d);
                        axpy(v, rows[a], xhat);
                        stats.fired[sel.feature[e]]++;
                        stats.active++;
                        stats.minKept = Math.min(stats.minKept, v);
                    }
                }
                float[] x = bp.batch.x()[b], gb = bp.g[b];
                double sq = 0;
                for (int i = 0; i < bp.d; i++) {
                    float err = xhat[i] - x[i];
                    sq += (double) err * err;
                    gb[i] = scale * err;
                }
                stats.squaredError += sq;
                for (int a = 0; a < count; a++) {
                    int e = sel.start[b] + a;
                    if (sel.value[e] > 0) {
                        bp.dpMain[e] = dot(gb, rows[a]);
                    }
                }
                if (bp.kAux > 0) {
                    aux(b, x, scale);
                }
            }
        }

        /** The auxiliary reconstruction of the residual x − x̂ from the top k_aux allowed pre-activations. */
        private void aux(int b, float[] x, float scale) {
            AuxTargets aux = bp.batch.aux();
            int m = TopK.select(bp.batch.pre(), b * bp.n, bp.n, bp.kAux, aux.allowed(), auxIdx, auxVal);
            java.util.Arrays.fill(ehat, 0);
            int slot0 = b * bp.kAux;
            for (int a = 0; a < bp.kAux; a++) {
                bp.auxFeature[slot0 + a] = -1;
            }
            for (int a = 0; a < m; a++) {
                if (auxVal[a] > 0) {
                    int f = auxIdx[a];
                    System.arraycopy(bp.p.wDec, f * bp.d, rows[a], 0, bp.d);
                    bp.auxFeature[slot0 + a] = f;
                    bp.auxCoef[slot0 + a] = auxVal[a] * aux.weight()[f];
                    axpy(bp.auxCoef[slot0 + a], rows[a], ehat);
                }
            }
            float c = bp.batch.auxCoefficient() * scale;
            float[] gab = bp.ga[b];
            double sq = 0;
            for (int i = 0; i < bp.d; i++) {
                float err = ehat[i] - (x[i] - xhat[i]);
                sq += (double) err * err;
                gab[i] = c * err;
            }
            stats.auxSquaredError += sq;
            for (int a = 0; a < m; a++) {
                int f = bp.auxFeature[slot0 + a];
                if (f >= 0) {
                    bp.auxDp[slot0 + a] = aux.weight()[f] * dot(gab, rows[a]);
                }
            }
        }

        /** Scratch rows for a token's decoder rows (batch-level rules can give one token many features). */
        private void ensureRows(int count) {
            if (count > rows.length) {
                rows = java.util.Arrays.copyOf(rows, Math.max(count, rows.length * 2));
            }
            for (int a = 0; a < count; a++) {
                if (rows[a] == null) {
                    rows[a] = new float[bp.d];
                }
            }
        }
    }

    /** Each feature's gradient rows, summed over its tokens in token order, for features [from, to). */
    private void featurePhase(FeatureLists lists, BatchGradients out, int from, int to) {
        float[] accDec = new float[d], accEnc = new float[d];
        SparseBatch sel = batch.selection();
        for (int f = from; f < to; f++) {
            java.util.Arrays.fill(accDec, 0);
            java.util.Arrays.fill(accEnc, 0);
            float sumDp = 0;
            for (int i = lists.mainStart[f]; i < lists.mainStart[f + 1]; i++) {
                int e = lists.mainEntry[i], b = lists.mainToken[i];
                axpy(sel.value[e], g[b], accDec);
                axpy(dpMain[e], batch.xp()[b], accEnc);
                sumDp += dpMain[e];
            }
            for (int i = lists.auxStart[f]; i < lists.auxStart[f + 1]; i++) {
                int slot = lists.auxSlot[i], b = slot / kAux;
                axpy(auxCoef[slot], ga[b], accDec);
                axpy(auxDp[slot], batch.xp()[b], accEnc);
                sumDp += auxDp[slot];
            }
            System.arraycopy(accDec, 0, out.wDec, f * d, d);
            System.arraycopy(accEnc, 0, out.wEncT, f * d, d);
            out.bEnc[f] = sumDp;
        }
    }

    /** y += a·x over whole rows (no offsets, so the loop vectorises). */
    static void axpy(float a, float[] x, float[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }

    /** Four partial sums: the JIT does not vectorise a float reduction, but independent chains pipeline. */
    static float dot(float[] a, float[] b) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0, len = a.length;
        for (; i + 3 < len; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < len; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
