package org.tokenscope.host.sae;

/**
 * The training selection rules over a row-major B × d_sae pre-activation matrix (sae.md):
 * <ul>
 *   <li>TopK: each token keeps its k largest pre-activations;</li>
 *   <li>BatchTopK / Mutual Choice: the k·B largest entries of the whole batch, so tokens get a variable number of
 *       features (the two runs differ only in their auxiliary loss);</li>
 *   <li>Feature Choice: see {@link FeatureChoiceSelection}.</li>
 * </ul>
 * Ties go to the lower feature index, then the earlier token, so selections are deterministic.
 */
final class Selection {
    private static final int BINS = 1 << 16;

    private Selection() {
    }

    static SparseBatch topK(float[] pre, int rows, int n, int k, Parallel parallel) {
        int kk = Math.min(k, n);
        int[] start = new int[rows + 1];
        for (int b = 0; b <= rows; b++) {
            start[b] = b * kk;
        }
        int[] feature = new int[rows * kk];
        float[] value = new float[rows * kk];
        parallel.forRange(rows, (worker, from, to) -> {
            int[] idx = new int[kk];
            float[] val = new float[kk];
            for (int b = from; b < to; b++) {
                TopK.select(pre, b * n, n, kk, null, idx, val);
                System.arraycopy(idx, 0, feature, b * kk, kk);
                System.arraycopy(val, 0, value, b * kk, kk);
            }
        });
        return new SparseBatch(rows, start, feature, value);
    }

    /**
     * The {@code budget} largest entries of the matrix. The cut value is found by a two-pass radix select on the
     * float's order-preserving bit pattern (16 high bits, then 16 low bits): linear time, no copy of the matrix.
     */
    static SparseBatch batchTopK(float[] pre, int rows, int n, int budget, Parallel parallel) {
        long total = (long) rows * n;
        int keep = (int) Math.min(budget, total);
        int cut = Integer.MIN_VALUE; // keep every entry whose key is above cut, and enough equal to it
        int equalToKeep = 0;
        if (keep > 0 && keep < total) {
            long[] high = histogram(pre, rows, n, parallel, -1);
            int[] found = scan(high, keep);
            int highBin = found[0];
            long[] low = histogram(pre, rows, n, parallel, highBin);
            int[] exact = scan(low, keep - found[1]);
            cut = ((highBin ^ 0x8000) << 16) | exact[0];
            equalToKeep = keep - found[1] - exact[1];
        }
        int[] start = new int[rows + 1];
        int[] feature = new int[keep];
        float[] value = new float[keep];
        int e = 0;
        for (int b = 0; b < rows; b++) {
            start[b] = e;
            for (int j = 0, off = b * n; j < n && e < keep; j++) {
                int key = key(pre[off + j]);
                boolean tieKept = key == cut && equalToKeep > 0;
                if (keep == total || key > cut || tieKept) {
                    if (tieKept) {
                        equalToKeep--;
                    }
                    feature[e] = j;
                    value[e++] = pre[off + j];
                }
            }
        }
        start[rows] = e;
        return new SparseBatch(rows, start, feature, value);
    }

    /** An int whose signed order is the float's order (−0 just below +0). */
    static int key(float f) {
        int bits = Float.floatToRawIntBits(f);
        return bits ^ ((bits >> 31) & 0x7FFFFFFF);
    }

    /** Counts per 16-bit bin: of the high half (highBin &lt; 0), else of the low half among entries in highBin. */
    private static long[] histogram(float[] pre, int rows, int n, Parallel parallel, int highBin) {
        long[][] partial = new long[parallel.workers()][];
        parallel.forRange(rows, (worker, from, to) -> {
            long[] h = new long[BINS];
            for (int i = from * n, end = to * n; i < end; i++) {
                int key = key(pre[i]);
                int hb = (key >>> 16) ^ 0x8000; // signed order → unsigned bin order
                if (highBin < 0) {
                    h[hb]++;
                } else if (hb == highBin) {
                    h[key & 0xFFFF]++;
                }
            }
            partial[worker] = h;
        });
        long[] sum = new long[BINS];
        for (long[] h : partial) {
            if (h != null) {
                for (int i = 0; i < BINS; i++) {
                    sum[i] += h[i];
                }
            }
        }
        return sum;
    }

    /** From the top bin down: the bin holding the {@code need}-th largest entry, and how many lie strictly above it. */
    private static int[] scan(long[] hist, long need) {
        long above = 0;
        for (int bin = BINS - 1; bin >= 0; bin--) {
            if (above + hist[bin] >= need) {
                return new int[] {bin, (int) above};
            }
            above += hist[bin];
        }
        throw new IllegalStateException("selection budget exceeds the entries");
    }
}
