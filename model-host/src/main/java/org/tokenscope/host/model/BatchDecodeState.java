package org.tokenscope.host.model;

import java.util.Set;

/**
 * n sequences that share a prefix and then advance one token per row per step, run as one batch: the
 * trials of a cautious step. Every row has the same length, so no padding is needed; rows whose trial has
 * ended keep being fed and their logits are ignored by the caller.
 */
public final class BatchDecodeState implements AutoCloseable {
    private final OnnxLanguageModel model;
    private final int rows;
    private KvCache cache;
    private int length;

    BatchDecodeState(OnnxLanguageModel model, KvCache cache, int rows, int length) {
        this.model = model;
        this.cache = cache;
        this.rows = rows;
        this.length = length;
    }

    public int rows() {
        return rows;
    }

    /** Appends one token to every row and returns each row's masked next-token logits. */
    public float[][] append(int[] ids) {
        if (ids.length != rows) {
            throw new IllegalArgumentException("one token per row: expected " + rows);
        }
        if (model.contextLength() > 0 && length + 1 > model.contextLength()) {
            throw new ModelException("the sequence would exceed the model's context of " + model.contextLength());
        }
        int[][] batch = new int[rows][1];
        for (int r = 0; r < rows; r++) {
            batch[r][0] = ids[r];
        }
        model.checkIds(ids);
        float[][] out = new float[rows][];
        try (ForwardPass.Output o = model.forward(batch, length, cache, true, Set.of())) {
            Tensors.RowReader reader = new Tensors.RowReader(o.logits());
            for (int r = 0; r < rows; r++) {
                out[r] = model.mask(reader.rows(r, 0, 1, 1)[0]);
            }
            KvCache next = o.takeCache(length + 1);
            cache.close();
            cache = next;
        }
        length++;
        return out;
    }

    @Override
    public void close() {
        cache.close();
    }
}
