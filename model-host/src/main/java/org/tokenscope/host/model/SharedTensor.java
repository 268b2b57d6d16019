package org.tokenscope.host.model;

import ai.onnxruntime.OnnxTensor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cache tensor shared by forked decode branches. ONNX Runtime never writes into inputs, so branches
 * can read the same native buffer; the last branch to let go closes it.
 */
final class SharedTensor {
    private final OnnxTensor tensor;
    private final AtomicInteger refs = new AtomicInteger(1);

    SharedTensor(OnnxTensor tensor) {
        this.tensor = tensor;
    }

    OnnxTensor tensor() {
        if (refs.get() <= 0) {
            throw new IllegalStateException("cache tensor used after release");
        }
        return tensor;
    }

    SharedTensor retain() {
        refs.incrementAndGet();
        return this;
    }

    void release() {
        int left = refs.decrementAndGet();
        if (left == 0) {
            tensor.close();
        } else if (left < 0) {
            throw new IllegalStateException("cache tensor released twice");
        }
    }
}
