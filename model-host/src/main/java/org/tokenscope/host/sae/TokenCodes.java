package org.tokenscope.host.sae;

import java.util.Arrays;

/**
 * The codes of every token of a store, by token (CSR), and the same entries by feature: what feature statistics,
 * contexts and search read. Built by encoding the store in blocks with the SAE's inference rule.
 */
final class TokenCodes {
    private static final int CHUNK = 8192;

    final int tokens;
    final int dSae;
    /** Token t's features: {@code feature[tokenStart[t] .. tokenStart[t+1])}, largest first. */
    final int[] tokenStart;
    final int[] feature;
    final float[] value;
    /** Feature f's entries: {@code token[featureStart[f] .. featureStart[f+1])}, in token order. */
    final int[] featureStart;
    final int[] token;
    final float[] featureValue;

    private TokenCodes(int tokens, int dSae, int[] tokenStart, int[] feature, float[] value) {
        this.tokens = tokens;
        this.dSae = dSae;
        this.tokenStart = tokenStart;
        this.feature = feature;
        this.value = value;
        int entries = feature.length;
        featureStart = new int[dSae + 1];
        for (int f : feature) {
            featureStart[f + 1]++;
        }
        for (int f = 0; f < dSae; f++) {
            featureStart[f + 1] += featureStart[f];
        }
        int[] fill = featureStart.clone();
        token = new int[entries];
        featureValue = new float[entries];
        for (int t = 0; t < tokens; t++) {
            for (int e = tokenStart[t]; e < tokenStart[t + 1]; e++) {
                int slot = fill[feature[e]]++;
                token[slot] = t;
                featureValue[slot] = value[e];
            }
        }
    }

    /** Encodes the first {@code count} rows of the store. */
    static TokenCodes encode(Sae sae, ActivationStore store, int count, int threads, org.tokenscope.host.job.Progress progress,
            org.tokenscope.host.job.Cancellation cancel) {
        int d = sae.dIn();
        int[] start = new int[count + 1];
        IntList features = new IntList(count * 8);
        FloatList values = new FloatList(count * 8);
        try (BatchEncoder encoder = new BatchEncoder(sae, threads)) {
            float[] xs = new float[Math.min(CHUNK, Math.max(1, count)) * d];
            for (int first = 0; first < count; first += CHUNK) {
                cancel.check();
                int rows = Math.min(CHUNK, count - first);
                for (int r = 0; r < rows; r++) {
                    store.row(first + r, xs, r * d);
                }
                SaeCode[] codes = encoder.encode(xs, rows);
                for (int r = 0; r < rows; r++) {
                    features.addAll(codes[r].indices());
                    values.addAll(codes[r].values());
                    start[first + r + 1] = features.size();
                }
                progress.update(first + rows, count, "encoding " + (first + rows) + " of " + count + " tokens");
            }
        }
        return new TokenCodes(count, sae.dSae(), start, features.toArray(), values.toArray());
    }

    /** Activation of feature f on token t (0 when inactive). */
    float activation(int t, int f) {
        for (int e = tokenStart[t]; e < tokenStart[t + 1]; e++) {
            if (feature[e] == f) {
                return value[e];
            }
        }
        return 0f;
    }

    int count(int f) {
        return featureStart[f + 1] - featureStart[f];
    }

    /** Feature f's activations (a copy, in token order). */
    float[] activations(int f) {
        return Arrays.copyOfRange(featureValue, featureStart[f], featureStart[f + 1]);
    }

    /** A growable float array. */
    static final class FloatList {
        private float[] data;
        private int size;

        FloatList(int capacity) {
            data = new float[Math.max(4, capacity)];
        }

        void addAll(float[] v) {
            if (size + v.length > data.length) {
                data = Arrays.copyOf(data, Math.max(size * 2, size + v.length));
            }
            System.arraycopy(v, 0, data, size, v.length);
            size += v.length;
        }

        float[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
