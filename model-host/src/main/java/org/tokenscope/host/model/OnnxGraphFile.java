package org.tokenscope.host.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Adds intermediate tensors of an ONNX graph as graph outputs by appending protobuf bytes (see
 * {@link OnnxGraphScan} for reading). Written by hand because the only alternative is generating the full
 * ONNX protobuf classes for one operation; the format is stable (onnx.proto field numbers).
 */
public final class OnnxGraphFile {
    private static final int MODEL_GRAPH = 7, GRAPH_OUTPUT = 12;
    private static final int WIRE_VARINT = 0, WIRE_LEN = 2;

    private OnnxGraphFile() {
    }

    /** Names of every node output in the main graph, in node order (candidate activation taps). */
    public static List<String> nodeOutputs(Path onnx) {
        return OnnxGraphScan.of(onnx).mainOutputs();
    }

    /**
     * The model's bytes followed by {@code graph { output { name, type { tensor_type { elem_type = FLOAT }}}}}
     * for each name: protobuf merges a repeated embedded message, so this adds outputs without parsing.
     */
    public static byte[] withExtraOutputs(byte[] model, List<String> names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(model.length + 64 * names.size());
        out.writeBytes(model);
        for (String name : names) {
            byte[] tensorType = concat(key(1, WIRE_VARINT), varint(1));              // elem_type = 1 (FLOAT)
            byte[] typeProto = lenField(1, tensorType);                               // tensor_type
            byte[] valueInfo = concat(lenField(1, name.getBytes(StandardCharsets.UTF_8)), lenField(2, typeProto));
            out.writeBytes(lenField(MODEL_GRAPH, lenField(GRAPH_OUTPUT, valueInfo)));
        }
        return out.toByteArray();
    }

    private static byte[] key(int field, int wire) {
        return varint(((long) field << 3) | wire);
    }

    private static byte[] varint(long v) {
        ByteArrayOutputStream o = new ByteArrayOutputStream(10);
        while ((v & ~0x7FL) != 0) {
            o.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        o.write((int) v);
        return o.toByteArray();
    }

    private static byte[] lenField(int field, byte[] payload) {
        return concat(key(field, WIRE_LEN), varint(payload.length), payload);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            o.writeBytes(p);
        }
        return o.toByteArray();
    }

    static byte[] read(Path onnx) {
        try {
            return Files.readAllBytes(onnx);
        } catch (IOException e) {
            throw new ModelException("cannot read " + onnx + ": " + e.getMessage(), e);
        }
    }
}
