package org.tokenscope.host.decode;

/** Token ids in a binary max-heap ordered by probability, ties to the lower id. */
final class ProbabilityHeap {
    private final double[] p;
    private final int[] heap;
    private int size;

    ProbabilityHeap(double[] p) {
        this.p = p;
        this.heap = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                heap[size++] = i;
            }
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            down(i);
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    int pop() {
        int top = heap[0];
        heap[0] = heap[--size];
        down(0);
        return top;
    }

    private boolean before(int a, int b) {
        return p[a] > p[b] || (p[a] == p[b] && a < b);
    }

    private void down(int i) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, best = i;
            if (l < size && before(heap[l], heap[best])) {
                best = l;
            }
            if (r < size && before(heap[r], heap[best])) {
                best = r;
            }
            if (best == i) {
                return;
            }
            int t = heap[i];
            heap[i] = heap[best];
            heap[best] = t;
            i = best;
        }
    }
}
