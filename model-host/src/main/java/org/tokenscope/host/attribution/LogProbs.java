package org.tokenscope.host.attribution;

/** Log-probabilities from logits rows, in double precision (rows may hold −∞ for masked ids). */
final class LogProbs {
    private LogProbs() {
    }

    /** log softmax(row)[id]. */
    static double of(float[] row, int id) {
        double max = Double.NEGATIVE_INFINITY;
        for (float x : row) {
            max = Math.max(max, x);
        }
        double sum = 0;
        for (float x : row) {
            if (x != Float.NEGATIVE_INFINITY) {
                sum += Math.exp(x - max);
            }
        }
        return row[id] - max - Math.log(sum);
    }

    /** Σ_t log p(ids[t]) with rows[t] predicting ids[t]. */
    static double ofSequence(float[][] rows, int[] ids) {
        double total = 0;
        for (int t = 0; t < ids.length; t++) {
            total += of(rows[t], ids[t]);
        }
        return total;
    }
}
