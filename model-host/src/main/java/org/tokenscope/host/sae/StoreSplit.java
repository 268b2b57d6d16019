package org.tokenscope.host.sae;

/**
 * Rows of a store for training and for held-out metrics. Whole sequences are held out (every
 * round(1/fraction)-th one), because neighbouring tokens of one text are too alike to test generalisation; a store
 * with too few sequences falls back to every round(1/fraction)-th row.
 */
record StoreSplit(int[] train, int[] heldOut) {

    static StoreSplit of(ActivationStore store, double fraction) {
        int n = store.size();
        if (fraction <= 0) {
            return new StoreSplit(range(n), new int[0]);
        }
        int period = Math.max(2, (int) Math.round(1 / fraction));
        boolean bySequence = store.info().sequences() >= 2 * period;
        IntList train = new IntList(n), held = new IntList(n / period + 1);
        for (int i = 0; i < n; i++) {
            int key = bySequence ? store.sequence(i) : i;
            (key % period == period - 1 ? held : train).add(i);
        }
        if (train.size() == 0) {
            throw new SaeException("the activation store has too few vectors (" + n + ") to hold some out and train on the rest");
        }
        return new StoreSplit(train.toArray(), held.toArray());
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }
}
