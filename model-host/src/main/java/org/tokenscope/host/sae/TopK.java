package org.tokenscope.host.sae;

/**
 * The k largest of a row, by a bounded min-heap: one comparison per element once the heap is full, which is
 * what makes k = 32 of 1536 cheap. Ties go to the lower index (the heap evicts the higher index first), so
 * results are deterministic.
 */
final class TopK {
    private TopK() {
    }

    /**
     * Writes the indices (relative to {@code from}) and values of the {@code k} largest of
     * {@code v[from .. from+n)}, restricted to {@code allowed} when it is not null, into {@code idx}/{@code val};
     * returns how many were found (fewer than k when fewer are allowed). Output is in heap order; call
     * {@link #sortDescending} for value order.
     */
    static int select(float[] v, int from, int n, int k, boolean[] allowed, int[] idx, float[] val) {
        int size = 0, j = 0;
        for (; j < n && size < k; j++) { // the first k allowed entries, then one heapify: O(k), not k sift-ups
            if (allowed == null || allowed[j]) {
                idx[size] = j;
                val[size++] = v[from + j];
            }
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(idx, val, size, i);
        }
        if (size < k || size == 0) {
            return size;
        }
        float min = val[0];
        for (; j < n; j++) {
            float x = v[from + j];
            if (x > min && (allowed == null || allowed[j])) {
                idx[0] = j;
                val[0] = x;
                siftDown(idx, val, size, 0);
                min = val[0];
            }
        }
        return size;
    }

    /** True when (a, ia) ranks below (b, ib): lower value, or equal value and higher index. */
    private static boolean below(float a, int ia, float b, int ib) {
        return a < b || (a == b && ia > ib);
    }

    private static void siftDown(int[] idx, float[] val, int size, int start) {
        int i = start;
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < size && below(val[l], idx[l], val[m], idx[m])) {
                m = l;
            }
            if (r < size && below(val[r], idx[r], val[m], idx[m])) {
                m = r;
            }
            if (m == i) {
                return;
            }
            swap(idx, val, i, m);
            i = m;
        }
    }

    private static void swap(int[] idx, float[] val, int a, int b) {
        int ti = idx[a];
        idx[a] = idx[b];
        idx[b] = ti;
        float tv = val[a];
        val[a] = val[b];
        val[b] = tv;
    }

    /** Sorts the first {@code n} pairs by value descending, ties by index ascending (insertion sort: n is small). */
    static void sortDescending(int[] idx, float[] val, int n) {
        for (int i = 1; i < n; i++) {
            int ti = idx[i];
            float tv = val[i];
            int j = i - 1;
            while (j >= 0 && below(val[j], idx[j], tv, ti)) {
                idx[j + 1] = idx[j];
                val[j + 1] = val[j];
                j--;
            }
            idx[j + 1] = ti;
            val[j + 1] = tv;
        }
    }
}
