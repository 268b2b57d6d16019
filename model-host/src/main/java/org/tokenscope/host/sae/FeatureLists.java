package org.tokenscope.host.sae;

/**
 * The active entries of a batch grouped by feature (a counting sort, stable in token order): the kept entries
 * with a positive activation, and the auxiliary loss's slots.
 */
final class FeatureLists {
    final int[] mainStart;
    final int[] mainEntry;
    final int[] mainToken;
    final int[] auxStart;
    final int[] auxSlot;

    private FeatureLists(int[] mainStart, int[] mainEntry, int[] mainToken, int[] auxStart, int[] auxSlot) {
        this.mainStart = mainStart;
        this.mainEntry = mainEntry;
        this.mainToken = mainToken;
        this.auxStart = auxStart;
        this.auxSlot = auxSlot;
    }

    static FeatureLists of(SparseBatch sel, int[] auxFeature, int kAux, int n) {
        int[] mainStart = new int[n + 1];
        for (int e = 0; e < sel.entries(); e++) {
            if (sel.value[e] > 0) {
                mainStart[sel.feature[e] + 1]++;
            }
        }
        prefixSum(mainStart);
        int[] fill = mainStart.clone();
        int[] entry = new int[mainStart[n]], token = new int[mainStart[n]];
        for (int b = 0; b < sel.rows; b++) {
            for (int e = sel.start[b]; e < sel.start[b + 1]; e++) {
                if (sel.value[e] > 0) {
                    int slot = fill[sel.feature[e]]++;
                    entry[slot] = e;
                    token[slot] = b;
                }
            }
        }
        int[] auxStart = new int[n + 1];
        for (int s = 0; s < auxFeature.length; s++) {
            if (kAux > 0 && auxFeature[s] >= 0) {
                auxStart[auxFeature[s] + 1]++;
            }
        }
        prefixSum(auxStart);
        int[] auxFill = auxStart.clone();
        int[] auxSlot = new int[auxStart[n]];
        for (int s = 0; s < auxFeature.length; s++) { // slots are token-major, so this is token order too
            if (kAux > 0 && auxFeature[s] >= 0) {
                auxSlot[auxFill[auxFeature[s]]++] = s;
            }
        }
        return new FeatureLists(mainStart, entry, token, auxStart, auxSlot);
    }

    private static void prefixSum(int[] a) {
        for (int i = 1; i < a.length; i++) {
            a[i] += a[i - 1];
        }
    }
}
