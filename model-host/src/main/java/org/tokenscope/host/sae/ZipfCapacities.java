package org.tokenscope.host.sae;

import java.util.Arrays;

/**
 * Feature Choice capacities — our concrete reading of the paper, whose exact formula is not public (sae.md):
 * rank features by their running density (highest first, ties by index); give rank r the real target
 * t_r = clamp(S·(r + 1)^−α, 1, B), with the scale S found by bisection so that Σ t_r = k·B (a feature cannot take
 * more than the B tokens of a batch, so the excess of the top ranks flows to the rest in Zipf proportion); then
 * round to integers by largest remainders so that Σ m_f = k·B exactly, each 1 ≤ m_f ≤ B. When k·B is smaller than
 * d_sae, only the k·B top-ranked features get one token each.
 */
final class ZipfCapacities {
    private ZipfCapacities() {
    }

    static int[] compute(float[] density, double alpha, long budget, int rows) {
        int n = density.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> density[a] != density[b] ? Float.compare(density[b], density[a]) : Integer.compare(a, b));
        int[] m = new int[n];
        long total = Math.min(budget, (long) n * rows);
        if (total < n) {
            for (int r = 0; r < total; r++) {
                m[order[r]] = 1;
            }
            return m;
        }
        double[] w = new double[n];
        for (int r = 0; r < n; r++) {
            w[r] = Math.pow(r + 1, -alpha);
        }
        double lo = 0, hi = 1;
        while (clampedSum(w, hi, rows) < total) {
            hi *= 2;
        }
        for (int it = 0; it < 100; it++) {
            double mid = (lo + hi) / 2;
            if (clampedSum(w, mid, rows) < total) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double[] target = new double[n];
        long assigned = 0;
        for (int r = 0; r < n; r++) {
            target[r] = Math.min(rows, Math.max(1, hi * w[r]));
            m[order[r]] = (int) Math.floor(target[r]);
            assigned += m[order[r]];
        }
        // largest remainders; ties to the better rank
        Integer[] byRemainder = new Integer[n];
        for (int r = 0; r < n; r++) {
            byRemainder[r] = r;
        }
        Arrays.sort(byRemainder, (a, b) -> {
            double ra = target[a] - Math.floor(target[a]), rb = target[b] - Math.floor(target[b]);
            return ra != rb ? Double.compare(rb, ra) : Integer.compare(a, b);
        });
        for (int i = 0; assigned < total; i = (i + 1) % n) {
            int f = order[byRemainder[i]];
            if (m[f] < rows) {
                m[f]++;
                assigned++;
            }
        }
        while (assigned > total) { // bisection overshoot by rounding: take back from the worst ranks above 1
            for (int r = n - 1; r >= 0 && assigned > total; r--) {
                if (m[order[r]] > 1) {
                    m[order[r]]--;
                    assigned--;
                }
            }
        }
        return m;
    }

    private static double clampedSum(double[] w, double scale, int cap) {
        double s = 0;
        for (double x : w) {
            s += Math.min(cap, Math.max(1, scale * x));
        }
        return s;
    }

    /** The density rank r's share of the per-token budget under the same profile: k·(r+1)^−α / Σ (i+1)^−α. */
    static double[] expectedDensityByRank(int n, double alpha, double k) {
        double[] e = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            e[r] = Math.pow(r + 1, -alpha);
            sum += e[r];
        }
        for (int r = 0; r < n; r++) {
            e[r] = k * e[r] / sum;
        }
        return e;
    }
}
