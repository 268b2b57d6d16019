package org.tokenscope.host.sae;

/**
 * The entries a selection rule kept from a B × d_sae pre-activation matrix, by token (CSR): token b's entries are
 * {@code feature[start[b] .. start[b+1])} with their pre-activations in {@code value} — before relu, so
 * non-positive pre-activations a rule was forced to keep are still here (relu drops them afterwards).
 */
final class SparseBatch {
    final int rows;
    final int[] start;
    final int[] feature;
    final float[] value;

    SparseBatch(int rows, int[] start, int[] feature, float[] value) {
        this.rows = rows;
        this.start = start;
        this.feature = feature;
        this.value = value;
    }

    int entries() {
        return start[rows];
    }

    /** The features of token {@code b}, in storage order. */
    int[] featuresOf(int b) {
        return java.util.Arrays.copyOfRange(feature, start[b], start[b + 1]);
    }

    /** Counts of kept entries per feature. */
    int[] perFeatureCounts(int dSae) {
        int[] c = new int[dSae];
        for (int e = 0; e < entries(); e++) {
            c[feature[e]]++;
        }
        return c;
    }
}
