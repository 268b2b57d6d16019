package org.tokenscope.host.sae;

import java.util.Arrays;

/**
 * The features an auxiliary loss may use this step and the weight of each (1 for AuxK): see {@link AuxKind}.
 * Null {@link #of} result: no auxiliary term this step.
 */
record AuxTargets(boolean[] allowed, float[] weight, int count) {

    static AuxTargets of(AuxKind kind, FeatureActivity activity, long deadWindow, double zipfAlpha, double k) {
        return switch (kind) {
            case NONE -> null;
            case AUXK -> dead(activity, deadWindow);
            case ZIPF -> underUsed(activity, deadWindow, zipfAlpha, k);
        };
    }

    private static AuxTargets dead(FeatureActivity activity, long window) {
        boolean[] dead = activity.dead(window);
        int count = 0;
        for (boolean d : dead) {
            count += d ? 1 : 0;
        }
        if (count == 0) {
            return null;
        }
        float[] w = new float[dead.length];
        Arrays.fill(w, 1f);
        return new AuxTargets(dead, w, count);
    }

    private static AuxTargets underUsed(FeatureActivity activity, long window, double alpha, double k) {
        float[] density = activity.density();
        int n = density.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> density[a] != density[b] ? Float.compare(density[b], density[a]) : Integer.compare(a, b));
        double[] expected = ZipfCapacities.expectedDensityByRank(n, alpha, k);
        boolean[] dead = activity.dead(window);
        boolean[] allowed = new boolean[n];
        float[] shortfall = new float[n];
        double max = 0;
        int count = 0;
        for (int r = 0; r < n; r++) {
            int f = order[r];
            if (dead[f] || density[f] < 0.5 * expected[r]) {
                allowed[f] = true;
                shortfall[f] = (float) Math.max(expected[r] - density[f], 0);
                max = Math.max(max, shortfall[f]);
                count++;
            }
        }
        if (count == 0 || max <= 0) {
            return null;
        }
        for (int f = 0; f < n; f++) {
            shortfall[f] = (float) (shortfall[f] / max);
        }
        return new AuxTargets(allowed, shortfall, count);
    }
}
