package org.tokenscope.host.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Repeats a batch-1 cache tensor n times along its batch dimension (the trials of one CNTP step). */
final class CacheRepeat {
    private CacheRepeat() {
    }

    /** {@code batchDim} is 0 for [batch, heads, len, dim] and 1 for the combined [2, batch, heads, len, dim]. */
    static OnnxTensor repeat(OnnxTensor t, int batchDim, int n) {
        long[] shape = t.getInfo().getShape();
        if (shape[batchDim] != 1) {
            throw new IllegalArgumentException("only a batch of one can be repeated");
        }
        ByteBuffer src = t.getByteBuffer().order(ByteOrder.nativeOrder());
        int total = src.remaining();
        long outerCount = 1;
        for (int i = 0; i < batchDim; i++) {
            outerCount *= shape[i];
        }
        int inner = (int) (total / outerCount);
        ByteBuffer dst = ByteBuffer.allocateDirect(total * n).order(ByteOrder.nativeOrder());
        byte[] block = new byte[inner];
        for (int o = 0; o < outerCount; o++) {
            src.position(o * inner);
            src.get(block);
            for (int r = 0; r < n; r++) {
                dst.put(block);
            }
        }
        dst.flip();
        long[] out = shape.clone();
        out[batchDim] = n;
        try {
            return OnnxTensor.createTensor(OnnxLanguageModel.ENV, dst, out, t.getInfo().type);
        } catch (OrtException e) {
            throw new ModelException("cannot copy the cache for batched trials: " + e.getMessage(), e);
        }
    }
}
