package org.tokenscope.host.sae;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a one-node ONNX model {@code y = Gemm(x, w, b)} with x [rows, k], y [rows, n] and w either
 * [k, n] or, with {@code transB}, [n, k]. Written with the protobuf wire format by hand (onnx.proto field numbers)
 * for the same reason as {@code OnnxGraphFile}: generating the ONNX classes for one node is not worth it.
 */
final class GemmGraph {
    private static final int LEN = 2, VARINT = 0, FLOAT = 1, ATTR_INT = 2;

    private GemmGraph() {
    }

    static byte[] model(int k, int n, boolean transB) {
        Proto node = new Proto().str(1, "x").str(1, "w").str(1, "b").str(2, "y").str(3, "gemm").str(4, "Gemm");
        if (transB) {
            node.msg(5, new Proto().str(1, "transB").num(3, 1).num(20, ATTR_INT)); // AttributeProto {name, i, type}
        }
        Proto graph = new Proto().msg(1, node).str(2, "sae_encoder")
                .msg(11, valueInfo("x", "rows", k))
                .msg(11, transB ? valueInfo("w", n, k) : valueInfo("w", k, n))
                .msg(11, valueInfo("b", n))
                .msg(12, valueInfo("y", "rows", n));
        return new Proto().num(1, 8) // ir_version 8
                .str(2, "tokenscope")
                .msg(8, new Proto().str(1, "").num(2, 13)) // opset_import: default domain, opset 13
                .msg(7, graph).bytes();
    }

    /** ValueInfoProto {name, type {tensor_type {elem_type FLOAT, shape {dim...}}}}; a String dim is symbolic. */
    private static Proto valueInfo(String name, Object... dims) {
        Proto shape = new Proto();
        for (Object d : dims) {
            shape.msg(1, d instanceof String s ? new Proto().str(2, s) : new Proto().num(1, ((Number) d).longValue()));
        }
        Proto tensorType = new Proto().num(1, FLOAT).msg(2, shape);
        return new Proto().str(1, name).msg(2, new Proto().msg(1, tensorType));
    }

    /** A protobuf message under construction. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto num(int field, long value) {
            varint(((long) field << 3) | VARINT);
            varint(value);
            return this;
        }

        Proto str(int field, String s) {
            return raw(field, s.getBytes(StandardCharsets.UTF_8));
        }

        Proto msg(int field, Proto m) {
            return raw(field, m.bytes());
        }

        private Proto raw(int field, byte[] b) {
            varint(((long) field << 3) | LEN);
            varint(b.length);
            out.writeBytes(b);
            return this;
        }

        private void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
