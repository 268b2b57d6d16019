package org.tokenscope.host.model;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.platform.Fp16Conversions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.ShortBuffer;
import java.util.Arrays;

/** Building input tensors in the element type a graph asks for, and reading float rows of any float type. */
final class Tensors {
    private Tensors() {
    }

    /** An integer tensor of shape [rows, cols] in INT64 or INT32 (or FLOAT for odd masks). */
    static OnnxTensor ints(OrtEnvironment env, ElementType type, int[][] values) throws OrtException {
        int rows = values.length, cols = values[0].length;
        long[] shape = {rows, cols};
        switch (type) {
            case INT32 -> {
                IntBuffer b = IntBuffer.allocate(rows * cols);
                for (int[] r : values) b.put(r);
                return OnnxTensor.createTensor(env, b.flip(), shape);
            }
            case FLOAT32 -> {
                FloatBuffer b = FloatBuffer.allocate(rows * cols);
                for (int[] r : values) for (int v : r) b.put(v);
                return OnnxTensor.createTensor(env, b.flip(), shape);
            }
            default -> {
                LongBuffer b = LongBuffer.allocate(rows * cols);
                for (int[] r : values) for (int v : r) b.put(v);
                return OnnxTensor.createTensor(env, b.flip(), shape);
            }
        }
    }

    /** A 1-D integer tensor in INT32 or INT64. */
    static OnnxTensor vector(OrtEnvironment env, ElementType type, int[] values) throws OrtException {
        long[] shape = {values.length};
        if (type == ElementType.INT64) {
            return OnnxTensor.createTensor(env, LongBuffer.wrap(Arrays.stream(values).asLongStream().toArray()), shape);
        }
        return OnnxTensor.createTensor(env, IntBuffer.wrap(values.clone()), shape);
    }

    /** A rank-0 integer tensor in INT32 or INT64. */
    static OnnxTensor scalar(OrtEnvironment env, ElementType type, int value) throws OrtException {
        return type == ElementType.INT64 ? OnnxTensor.createTensor(env, (Object) Long.valueOf(value))
                : OnnxTensor.createTensor(env, (Object) Integer.valueOf(value));
    }

    static OnnxTensor bool(OrtEnvironment env, boolean value) throws OrtException {
        return OnnxTensor.createTensor(env, new boolean[] {value});
    }

    /** A cache tensor with zero cached positions, for the first run of a sequence. */
    static OnnxTensor emptyCache(OrtEnvironment env, ElementType type, long[] shape) throws OrtException {
        return switch (type) {
            case FLOAT16 -> OnnxTensor.createTensor(env, ByteBuffer.allocateDirect(0).order(ByteOrder.nativeOrder()),
                    shape, OnnxJavaType.FLOAT16);
            case BFLOAT16 -> OnnxTensor.createTensor(env, ByteBuffer.allocateDirect(0).order(ByteOrder.nativeOrder()),
                    shape, OnnxJavaType.BFLOAT16);
            default -> OnnxTensor.createTensor(env, FloatBuffer.allocate(0), shape);
        };
    }

    /** Thrown when a graph returns fewer positions than were fed (e.g. last-token-only logits). */
    static final class MissingRows extends RuntimeException {
        MissingRows(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Rows {@code [from, to)} of batch entry {@code b} of a [batch, seq, width] float tensor fed
     * {@code inputLen} positions, converted to float32. Rows are aligned to the end, because some exports
     * return logits for the last position(s) only; asking for a row such a graph did not return throws
     * {@link MissingRows}.
     */
    static float[][] rows(OnnxTensor t, int b, int from, int to, int inputLen) {
        return new RowReader(t).rows(b, from, to, inputLen);
    }

    /**
     * Reads rows of one output tensor. ONNX Runtime's Java API copies a whole tensor per buffer request, so
     * a batch's logits are fetched once and every sequence's rows are sliced from that copy.
     */
    static final class RowReader {
        private final long[] shape;
        private final boolean half;
        private final boolean bf16;
        private final FloatBuffer floats;
        private final ShortBuffer shorts;

        RowReader(OnnxTensor t) {
            shape = t.getInfo().getShape();
            if (shape.length != 3) {
                throw new ModelException("expected an output of shape [batch, sequence, width], got " + Arrays.toString(shape));
            }
            ElementType type = ElementType.of(t.getInfo().type);
            half = type == ElementType.FLOAT16 || type == ElementType.BFLOAT16;
            bf16 = type == ElementType.BFLOAT16;
            if (!half && type != ElementType.FLOAT32) {
                throw new ModelException("unsupported output element type " + t.getInfo().type);
            }
            floats = half ? null : t.getFloatBuffer();
            shorts = half ? t.getShortBuffer() : null;
        }

        float[][] rows(int b, int from, int to, int inputLen) {
            int seq = (int) shape[1], width = (int) shape[2];
            int offset = seq - inputLen;
            if (from + offset < 0) {
                throw new MissingRows("the graph returned " + seq + " positions for " + inputLen + " inputs");
            }
            if (b >= shape[0]) {
                throw new ModelException("the graph returned a batch of " + shape[0] + " for " + (b + 1) + " sequences");
            }
            float[][] out = new float[to - from][width];
            int base = (b * seq + from + offset) * width;
            for (int r = 0; r < out.length; r++) {
                if (half) {
                    for (int c = 0; c < width; c++) {
                        short h = shorts.get(base + r * width + c);
                        out[r][c] = bf16 ? Fp16Conversions.bf16ToFloat(h) : Fp16Conversions.fp16ToFloat(h);
                    }
                } else {
                    floats.get(base + r * width, out[r]);
                }
            }
            return out;
        }
    }
}
