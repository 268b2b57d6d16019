package org.tokenscope.host.decode;

import java.util.Arrays;

/**
 * The truncating warpers (top-k, top-p, min-p) and the per-stage statistics, computed over the ids a stage
 * keeps instead of the whole vocabulary. After top-k only k of 50k probabilities are non-zero, so walking the
 * support saves a dozen full passes per step. Every result equals the dense one in {@link Distributions}
 * bit for bit: the support is walked in ascending id order, the order of the dense loops, and zeros add
 * nothing to a sum, win no draw and outrank no positive probability.
 */
final class Support {
    private Support() {
    }

    /** A stage's full distribution and its support: ascending ids with p &gt; 0, or null when not tracked. */
    record Truncated(double[] p, int[] ids) {
    }

    /** Top-k as {@link Distributions#topK}; {@code k} off returns {@code p} itself, untracked. */
    static Truncated topK(double[] p, int k) {
        if (k <= 0 || k >= p.length) {
            return new Truncated(p, null);
        }
        int[] ids = Distributions.top(p, k);
        Arrays.sort(ids);
        ids = positive(p, ids);
        return normalised(p, ids);
    }

    /** Top-p as {@link Distributions#topP}, over {@code in}'s support when it has one. */
    static Truncated topP(Truncated in, double topP) {
        if (topP >= 1) {
            return in;
        }
        double[] p = in.p();
        int[] kept = new int[16];
        int n = 0;
        double before = 0;
        if (in.ids() == null) {
            // As the dense version: a max-heap pops the tokens in probability order, ties to the lower id.
            ProbabilityHeap heap = new ProbabilityHeap(p);
            while (!heap.isEmpty() && before <= topP) {
                int id = heap.pop();
                if (n == kept.length) {
                    kept = Arrays.copyOf(kept, 2 * n);
                }
                kept[n++] = id;
                before += p[id];
            }
        } else {
            // The support sorted the heap's way keeps the same tokens in the same order.
            Integer[] order = Arrays.stream(in.ids()).boxed().toArray(Integer[]::new);
            Arrays.sort(order, (a, b) -> p[a] != p[b] ? Double.compare(p[b], p[a]) : Integer.compare(a, b));
            kept = new int[order.length];
            for (int i = 0; i < order.length && before <= topP; i++) {
                kept[n++] = order[i];
                before += p[order[i]];
            }
        }
        kept = Arrays.copyOf(kept, n);
        Arrays.sort(kept);
        return normalised(p, kept);
    }

    /** Min-p as {@link Distributions#minP}, over {@code in}'s support when it has one. */
    static Truncated minP(Truncated in, double minP) {
        if (minP <= 0) {
            return in;
        }
        double[] p = in.p();
        double max = 0;
        int[] kept;
        int n = 0;
        if (in.ids() == null) {
            for (double x : p) {
                max = Math.max(max, x);
            }
            kept = new int[16];
            for (int i = 0; i < p.length; i++) {
                if (p[i] > 0 && p[i] >= minP * max) {
                    if (n == kept.length) {
                        kept = Arrays.copyOf(kept, 2 * n);
                    }
                    kept[n++] = i;
                }
            }
        } else {
            for (int id : in.ids()) {
                max = Math.max(max, p[id]);
            }
            kept = new int[in.ids().length];
            for (int id : in.ids()) {
                if (p[id] >= minP * max) {
                    kept[n++] = id;
                }
            }
        }
        return normalised(p, Arrays.copyOf(kept, n));
    }

    /** Shannon entropy in nats, as {@link Distributions#entropy}. */
    static double entropy(Truncated t) {
        return Distributions.entropy(t.p(), t.ids());
    }

    /**
     * The n most probable ids as {@link Distributions#top}. With fewer than n ids in the support the dense
     * version fills up with zero-probability ids, so that case stays dense.
     */
    static int[] top(double[] p, int[] ids, int n) {
        return Distributions.top(p, ids == null || ids.length < Math.min(n, p.length) ? null : ids, n);
    }

    /** 1-based rank as {@link Distributions#rank}; a removed token (p = 0) is ranked over the whole vocabulary. */
    static int rank(double[] p, int[] ids, int id) {
        return Distributions.rank(p, p[id] == 0 ? null : ids, id);
    }

    /** Gumbel-Max over the support, as {@link Sampler#choose}. */
    static int choose(Truncated t, SamplerSettings s, int position, int trial) {
        return Sampler.choose(t.p(), t.ids(), s, position, trial);
    }

    /** Only the ids with p &gt; 0 (top-k of a distribution with fewer than k non-zeros keeps some zeros). */
    private static int[] positive(double[] p, int[] ids) {
        int n = 0;
        for (int id : ids) {
            if (p[id] > 0) {
                ids[n++] = id;
            }
        }
        return n == ids.length ? ids : Arrays.copyOf(ids, n);
    }

    /** q = p on {@code ids}, 0 elsewhere, divided by its sum; summed in id order as the dense normalise does. */
    private static Truncated normalised(double[] p, int[] ids) {
        double[] q = new double[p.length];
        double sum = 0;
        for (int id : ids) {
            sum += p[id];
        }
        for (int id : ids) {
            q[id] = p[id] / sum;
        }
        return new Truncated(q, ids);
    }
}
