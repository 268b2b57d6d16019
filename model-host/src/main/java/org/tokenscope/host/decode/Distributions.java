package org.tokenscope.host.decode;

/**
 * Full-vocabulary softmax, warpers and statistics. Probabilities are doubles; −∞ logits get p = 0. Logits holding a
 * NaN or +∞ (or only −∞) are refused with {@link NonFiniteLogitsException}.
 *
 * <p>Tiny temperatures: softmax(logits / τ) is evaluated in a numerically safe way rather than switched to greedy.
 * The logits are shifted by their maximum first, so the largest one scales to exactly 0 (never 0 · ∞) and the
 * others to finite negatives or −∞, whose exp is 0. When logits / τ overflows (τ = 1e-320, or any τ far smaller
 * than the gaps between logits) the result is the exact limit τ → 0⁺: all the mass on the maximum logit, shared
 * equally among logits tied at the maximum. Only exact ties differ from greedy (τ = 0), which gives the tie to the
 * lowest id.
 */
public final class Distributions {
    private Distributions() {
    }

    /** softmax(logits / temperature); temperature 0 gives the one-hot of the argmax (lowest id on ties). */
    public static double[] softmax(float[] logits, double temperature) {
        double[] p = new double[logits.length];
        double max = NonFiniteLogitsException.checkedMax(logits);
        if (temperature == 0) {
            p[argmax(logits)] = 1;
            return p;
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            // (l − max) / τ is 0 at the maximum and ≤ 0 elsewhere: at worst −∞, whose exp is 0, never NaN.
            p[i] = logits[i] == Float.NEGATIVE_INFINITY ? 0 : Math.exp((logits[i] - max) / temperature);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /**
     * softmax(logits / temperature) written into {@code p}, returning its entropy in nats computed as
     * log Z − Σ p·z (z the shifted, scaled logits): one exp per token and no log, which is what keeps
     * full-vocabulary statistics cheap for large vocabularies.
     */
    public static double softmaxEntropy(float[] logits, double temperature, double[] p) {
        double max = NonFiniteLogitsException.checkedMax(logits);
        if (temperature == 0) {
            java.util.Arrays.fill(p, 0);
            p[argmax(logits)] = 1;
            return 0;
        }
        double z = 0, weighted = 0;
        double inv = 1 / temperature; // +∞ for τ below ~5.6e-309: handled below, never 0 · ∞
        for (int i = 0; i < p.length; i++) {
            if (logits[i] == Float.NEGATIVE_INFINITY) {
                p[i] = 0;
                continue;
            }
            double diff = logits[i] - max;
            double x = diff == 0 ? 0 : diff * inv;
            double e = Math.exp(x);
            p[i] = e;
            if (e == 0) {
                continue; // underflowed (x may be −∞): adds nothing to z, and e · x would be NaN
            }
            z += e;
            weighted += e * x;
        }
        double invZ = 1 / z;
        for (int i = 0; i < p.length; i++) {
            p[i] *= invZ;
        }
        double h = Math.log(z) - weighted * invZ;
        return h <= 0 ? 0 : h; // a one-hot row gives 0 up to rounding; never report −0 or a tiny negative
    }

    public static int argmax(float[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Shannon entropy in nats over the whole vocabulary. */
    public static double entropy(double[] p) {
        return entropy(p, null);
    }

    /** {@link #entropy(double[])} summed over the ascending {@code ids} only (null: every id). */
    static double entropy(double[] p, int[] ids) {
        double h = 0;
        int n = ids == null ? p.length : ids.length;
        for (int j = 0; j < n; j++) {
            double q = p[ids == null ? j : ids[j]];
            if (q > 0) {
                h -= q * Math.log(q);
            }
        }
        return h == 0 ? 0 : h; // no −0.0
    }

    /** 1-based rank of {@code id}: one plus the number of tokens strictly more probable (or as probable with a lower id). */
    public static int rank(double[] p, int id) {
        return rank(p, null, id);
    }

    /** {@link #rank(double[], int)} counting only the ascending {@code ids} (null: every id). */
    static int rank(double[] p, int[] ids, int id) {
        int r = 1;
        int n = ids == null ? p.length : ids.length;
        for (int j = 0; j < n; j++) {
            int i = ids == null ? j : ids[j];
            if (p[i] > p[id] || (p[i] == p[id] && i < id)) {
                r++;
            }
        }
        return r;
    }

    /** Ids of the n most probable tokens, most probable first (ties by lower id). */
    public static int[] top(double[] p, int n) {
        return top(p, null, n);
    }

    /** {@link #top(double[], int)} among the ascending {@code ids} only (null: every id). */
    static int[] top(double[] p, int[] ids, int n) {
        n = Math.min(n, p.length);
        int[] best = new int[n];
        int size = 0;
        int count = ids == null ? p.length : ids.length;
        for (int j = 0; j < count; j++) {
            int i = ids == null ? j : ids[j];
            if (size < n) {
                best[size++] = i;
                siftUp(best, size - 1, p);
            } else if (better(i, best[size - 1], p)) {
                best[size - 1] = i;
                siftUp(best, size - 1, p);
            }
        }
        return java.util.Arrays.copyOf(best, size);
    }

    private static boolean better(int a, int b, double[] p) {
        return p[a] > p[b] || (p[a] == p[b] && a < b);
    }

    private static void siftUp(int[] arr, int i, double[] p) {
        while (i > 0 && better(arr[i], arr[i - 1], p)) {
            int t = arr[i];
            arr[i] = arr[i - 1];
            arr[i - 1] = t;
            i--;
        }
    }

    /** Keeps the k most probable tokens (ties by lower id) and renormalises; k = 0 is off. */
    public static double[] topK(double[] p, int k) {
        if (k <= 0 || k >= p.length) {
            return p;
        }
        double[] q = new double[p.length];
        for (int id : top(p, k)) {
            q[id] = p[id];
        }
        return normalise(q);
    }

    /**
     * Nucleus: sorted by probability, keep every token whose cumulative probability before it is ≤ topP
     * (the Llama / counterfactual-llms rule), then renormalise; topP = 1 is off.
     */
    public static double[] topP(double[] p, double topP) {
        if (topP >= 1) {
            return p;
        }
        // A max-heap pops tokens in probability order; the nucleus is usually small, so this stays O(V).
        ProbabilityHeap heap = new ProbabilityHeap(p);
        double[] q = new double[p.length];
        double before = 0;
        while (!heap.isEmpty()) {
            int id = heap.pop();
            if (p[id] == 0 || before > topP) {
                break;
            }
            q[id] = p[id];
            before += p[id];
        }
        return normalise(q);
    }

    /** Keeps tokens with p ≥ minP · p_max and renormalises; minP = 0 is off. */
    public static double[] minP(double[] p, double minP) {
        if (minP <= 0) {
            return p;
        }
        double max = 0;
        for (double x : p) {
            max = Math.max(max, x);
        }
        double[] q = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            q[i] = p[i] >= minP * max ? p[i] : 0;
        }
        return normalise(q);
    }

    private static double[] normalise(double[] q) {
        double sum = 0;
        for (double x : q) {
            sum += x;
        }
        for (int i = 0; i < q.length; i++) {
            q[i] /= sum;
        }
        return q;
    }
}
