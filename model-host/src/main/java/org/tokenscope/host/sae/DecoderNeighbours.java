package org.tokenscope.host.sae;

import java.util.ArrayList;
import java.util.List;

/** Nearest features by cosine between decoder directions, for every feature, by blocks of one product each. */
final class DecoderNeighbours {
    private static final int BLOCK = 512;

    private DecoderNeighbours() {
    }

    /** Per feature, its {@code count} nearest other features, most similar first. */
    static List<List<Neighbour>> compute(Sae sae, int count, int threads) {
        int n = sae.dSae(), d = sae.dIn();
        float[] unit = new float[n * d];
        for (int f = 0; f < n; f++) {
            float norm = sae.decoderNorm(f);
            for (int i = 0; i < d; i++) {
                unit[f * d + i] = norm > 0 ? sae.wDec[f * d + i] / norm : 0;
            }
        }
        int k = Math.min(count + 1, n);
        List<List<Neighbour>> out = new ArrayList<>(n);
        try (EncoderGemm gemm = new EncoderGemm(d, n, true, threads)) {
            float[] zeros = new float[n];
            for (int first = 0; first < n; first += BLOCK) {
                int rows = Math.min(BLOCK, n - first);
                float[] cos = new float[rows * n];
                gemm.multiply(java.util.Arrays.copyOfRange(unit, first * d, (first + rows) * d), rows, unit, zeros, cos);
                int[] idx = new int[k];
                float[] val = new float[k];
                for (int r = 0; r < rows; r++) {
                    int f = first + r;
                    cos[r * n + f] = Float.NEGATIVE_INFINITY; // not its own neighbour
                    int got = TopK.select(cos, r * n, n, k, null, idx, val);
                    TopK.sortDescending(idx, val, got);
                    List<Neighbour> list = new ArrayList<>(count);
                    for (int i = 0; i < got && list.size() < count; i++) {
                        if (idx[i] != f) {
                            list.add(new Neighbour(idx[i], val[i]));
                        }
                    }
                    out.add(list);
                }
            }
        }
        return out;
    }
}
