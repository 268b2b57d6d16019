package org.tokenscope.host.model;

/**
 * The key/value cache of one sequence: the {@code present} tensors of the last run, kept as returned by
 * ONNX Runtime (no copies through Java arrays). One entry per cache input, in signature order.
 */
final class KvCache implements AutoCloseable {
    private final SharedTensor[] parts;
    private final int length;
    private boolean closed;

    KvCache(SharedTensor[] parts, int length) {
        this.parts = parts;
        this.length = length;
    }

    static KvCache empty() {
        return new KvCache(new SharedTensor[0], 0);
    }

    /** Cached positions. */
    int length() {
        return length;
    }

    boolean isEmpty() {
        return parts.length == 0;
    }

    SharedTensor part(int i) {
        return parts[i];
    }

    /** A second handle on the same tensors for a forked branch. */
    KvCache share() {
        SharedTensor[] copy = parts.clone();
        for (SharedTensor t : copy) {
            t.retain();
        }
        return new KvCache(copy, length);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            for (SharedTensor t : parts) {
                t.release();
            }
        }
    }
}
