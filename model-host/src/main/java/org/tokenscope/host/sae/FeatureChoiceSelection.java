package org.tokenscope.host.sae;

/**
 * Feature Choice (Ayonrinde 2024): each feature f keeps its m_f largest tokens of the batch; capacities come from
 * {@link ZipfCapacities} and sum to k·B. The matrix is transposed once (blocked, in parallel) so that each
 * feature's column is contiguous for its heap selection.
 */
final class FeatureChoiceSelection {
    private static final int TILE = 32;

    private FeatureChoiceSelection() {
    }

    static SparseBatch select(float[] pre, int rows, int n, int[] capacity, Parallel parallel) {
        float[] columns = transpose(pre, rows, n, parallel);
        int[] offset = new int[n + 1];
        for (int f = 0; f < n; f++) {
            offset[f + 1] = offset[f] + Math.min(capacity[f], rows);
        }
        int total = offset[n];
        int[] token = new int[total];
        float[] value = new float[total];
        parallel.forRange(n, (worker, from, to) -> {
            int[] idx = new int[rows];
            float[] val = new float[rows];
            for (int f = from; f < to; f++) {
                int m = offset[f + 1] - offset[f];
                int got = TopK.select(columns, f * rows, rows, m, null, idx, val);
                System.arraycopy(idx, 0, token, offset[f], got);
                System.arraycopy(val, 0, value, offset[f], got);
            }
        });
        // regroup by token (CSR), features ascending within a token
        int[] start = new int[rows + 1];
        for (int e = 0; e < total; e++) {
            start[token[e] + 1]++;
        }
        for (int b = 0; b < rows; b++) {
            start[b + 1] += start[b];
        }
        int[] fill = start.clone();
        int[] feature = new int[total];
        float[] byToken = new float[total];
        for (int f = 0; f < n; f++) {
            for (int e = offset[f]; e < offset[f + 1]; e++) {
                int slot = fill[token[e]]++;
                feature[slot] = f;
                byToken[slot] = value[e];
            }
        }
        return new SparseBatch(rows, start, feature, byToken);
    }

    static float[] transpose(float[] a, int rows, int cols, Parallel parallel) {
        float[] t = new float[rows * cols];
        int colTiles = (cols + TILE - 1) / TILE;
        parallel.forRange(colTiles, (worker, from, to) -> {
            for (int ct = from; ct < to; ct++) {
                int c0 = ct * TILE, c1 = Math.min(cols, c0 + TILE);
                for (int r0 = 0; r0 < rows; r0 += TILE) {
                    int r1 = Math.min(rows, r0 + TILE);
                    for (int r = r0; r < r1; r++) {
                        for (int c = c0; c < c1; c++) {
                            t[c * rows + r] = a[r * cols + c];
                        }
                    }
                }
            }
        });
        return t;
    }
}
