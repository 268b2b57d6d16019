package org.tokenscope.host.sae;

/** Metrics of an SAE's inference rule on some rows of a store (the held-out split after training). */
final class HeldOutEvaluator {
    private static final int CHUNK = 8192;

    private HeldOutEvaluator() {
    }

    /** The metrics, and each feature's firing count in {@code firedOut} (length d_sae). */
    static SaeMetrics evaluate(Sae sae, ActivationStore store, int[] rows, int threads, long[] firedOut) {
        int d = sae.dIn(), n = sae.dSae();
        double[] mean = new double[d];
        float[] row = new float[d];
        for (int r : rows) {
            store.row(r, row, 0);
            for (int i = 0; i < d; i++) {
                mean[i] += row[i];
            }
        }
        for (int i = 0; i < d; i++) {
            mean[i] /= Math.max(1, rows.length);
        }
        double sq = 0, variance = 0;
        long active = 0;
        try (BatchEncoder encoder = new BatchEncoder(sae, threads)) {
            float[] xs = new float[CHUNK * d];
            for (int first = 0; first < rows.length; first += CHUNK) {
                int count = Math.min(CHUNK, rows.length - first);
                for (int r = 0; r < count; r++) {
                    store.row(rows[first + r], xs, r * d);
                }
                SaeCode[] codes = encoder.encode(xs, count);
                for (int r = 0; r < count; r++) {
                    float[] xhat = sae.decode(codes[r]);
                    for (int i = 0; i < d; i++) {
                        double x = xs[r * d + i];
                        sq += (x - xhat[i]) * (x - xhat[i]);
                        variance += (x - mean[i]) * (x - mean[i]);
                    }
                    active += codes[r].size();
                    for (int f : codes[r].indices()) {
                        firedOut[f]++;
                    }
                }
            }
        }
        int dead = 0;
        for (int f = 0; f < n; f++) {
            dead += firedOut[f] == 0 ? 1 : 0;
        }
        int t = Math.max(1, rows.length);
        return new SaeMetrics(variance > 0 ? sq / variance : 0, sq / t, active / (double) t, dead, n, rows.length);
    }
}
