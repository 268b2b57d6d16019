package org.tokenscope.host.sae;

import java.util.SplittableRandom;

/** Batches of training rows: a fresh seeded shuffle per pass, batches taken in order, passes chained. */
final class BatchSampler {
    private final int[] order;
    private final SplittableRandom rng;
    private int position;

    BatchSampler(int[] rows, SplittableRandom rng) {
        this.order = rows.clone();
        this.rng = rng;
        shuffle();
    }

    int[] next(int size) {
        int[] batch = new int[size];
        for (int i = 0; i < size; i++) {
            if (position == order.length) {
                shuffle();
            }
            batch[i] = order[position++];
        }
        return batch;
    }

    private void shuffle() {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        position = 0;
    }
}
