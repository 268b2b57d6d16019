package org.tokenscope.host.model;

import java.util.Arrays;

/**
 * The tokens of one sequence and its key/value cache. One decode loop owns a state on one thread;
 * {@link #fork()} gives an independent branch that shares the cache tensors read-only.
 */
public final class DecodeState implements AutoCloseable {
    private final OnnxLanguageModel model;
    private KvCache cache;
    private int[] tokens;
    private float[] lastLogits;
    private boolean closed;

    DecodeState(OnnxLanguageModel model) {
        this(model, KvCache.empty(), new int[0], null);
    }

    private DecodeState(OnnxLanguageModel model, KvCache cache, int[] tokens, float[] lastLogits) {
        this.model = model;
        this.cache = cache;
        this.tokens = tokens;
        this.lastLogits = lastLogits;
    }

    /**
     * Feeds tokens (the whole prompt in one run, then one token per step) and returns the masked logits
     * that predict the next token. The returned array is fresh and belongs to the caller.
     */
    public float[] append(int... ids) {
        ensureOpen();
        if (ids.length == 0) {
            throw new IllegalArgumentException("append needs at least one token");
        }
        int[] all = Arrays.copyOf(tokens, tokens.length + ids.length);
        System.arraycopy(ids, 0, all, tokens.length, ids.length);
        model.checkIds(all);
        float[] logits;
        if (model.signature().layout() == CacheLayout.NONE) {
            try (ForwardPass.Output o = model.forward(new int[][] {all}, 0, KvCache.empty(), false, java.util.Set.of())) {
                logits = Tensors.rows(o.logits(), 0, all.length - 1, all.length, all.length)[0];
            }
        } else {
            try (ForwardPass.Output o = model.forward(new int[][] {ids}, cache.length(), cache, true, java.util.Set.of())) {
                logits = Tensors.rows(o.logits(), 0, ids.length - 1, ids.length, ids.length)[0];
                KvCache next = o.takeCache(all.length);
                cache.close(); // only now: the run that read the old cache has returned
                cache = next;
            }
        }
        tokens = all;
        lastLogits = model.mask(logits);
        return lastLogits.clone();
    }

    /** An independent branch at the same position; closing either never affects the other. */
    public DecodeState fork() {
        ensureOpen();
        return new DecodeState(model, cache.share(), tokens.clone(), lastLogits == null ? null : lastLogits.clone());
    }

    /**
     * {@code n} copies of this state run as one batch (for CNTP trials), or empty when the model has no
     * cache to copy. The cache is copied once; this state is unchanged.
     */
    public java.util.Optional<BatchDecodeState> expand(int n) {
        ensureOpen();
        if (cache.isEmpty()) {
            return java.util.Optional.empty();
        }
        int batchDim = model.signature().layout() == CacheLayout.COMBINED ? 1 : 0;
        SharedTensor[] parts = new SharedTensor[model.signature().layers()
                * (model.signature().layout() == CacheLayout.COMBINED ? 1 : 2)];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = new SharedTensor(CacheRepeat.repeat(cache.part(i).tensor(), batchDim, n));
        }
        return java.util.Optional.of(new BatchDecodeState(model, new KvCache(parts, cache.length()), n, tokens.length));
    }

    /** Logits predicting the next token (a copy), or null before the first append. */
    public float[] lastLogits() {
        return lastLogits == null ? null : lastLogits.clone();
    }

    public int[] tokens() {
        return tokens.clone();
    }

    public int length() {
        return tokens.length;
    }

    public LanguageModel model() {
        return model;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("decode state already closed");
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            cache.close();
        }
    }
}
