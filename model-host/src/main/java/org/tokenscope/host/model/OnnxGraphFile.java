package org.tokenscope.host.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Just enough of the ONNX protobuf wire format to list a graph's intermediate tensor names and to add
 * some of them as graph outputs. Written by hand because the only alternative is generating the full ONNX
 * protobuf classes for two operations; the format is stable (onnx.proto field numbers).
 */
public final class OnnxGraphFile {
    private static final int MODEL_GRAPH = 7, GRAPH_NODE = 1, GRAPH_OUTPUT = 12, NODE_OUTPUT = 2;
    private static final int WIRE_VARINT = 0, WIRE_I64 = 1, WIRE_LEN = 2, WIRE_I32 = 5;

    private OnnxGraphFile() {
    }

    /** Names of every node output in the main graph, in node order (candidate activation taps). */
    public static List<String> nodeOutputs(Path onnx) {
        byte[] bytes = read(onnx);
        Set<String> names = new LinkedHashSet<>();
        forEachField(bytes, 0, bytes.length, (field, start, end) -> {
            if (field == MODEL_GRAPH) {
                forEachField(bytes, start, end, (gField, gs, ge) -> {
                    if (gField == GRAPH_NODE) {
                        forEachField(bytes, gs, ge, (nField, ns, ne) -> {
                            if (nField == NODE_OUTPUT && ne > ns) {
                                names.add(new String(bytes, ns, ne - ns, StandardCharsets.UTF_8));
                            }
                        });
                    }
                });
            }
        });
        return new ArrayList<>(names);
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

    interface FieldVisitor {
        /** Called for length-delimited fields with the payload range. */
        void visit(int field, int start, int end);
    }

    private static void forEachField(byte[] b, int from, int to, FieldVisitor v) {
        int[] pos = {from};
        while (pos[0] < to) {
            long key = readVarint(b, pos, to);
            int field = (int) (key >>> 3), wire = (int) (key & 7);
            switch (wire) {
                case WIRE_VARINT -> readVarint(b, pos, to);
                case WIRE_I64 -> pos[0] += 8;
                case WIRE_I32 -> pos[0] += 4;
                case WIRE_LEN -> {
                    long len = readVarint(b, pos, to);
                    if (len < 0 || pos[0] + len > to) {
                        throw new ModelException("corrupt ONNX file: a field runs past the end of the data");
                    }
                    int start = pos[0];
                    pos[0] += (int) len;
                    v.visit(field, start, pos[0]);
                }
                default -> throw new ModelException("corrupt ONNX file: unknown protobuf wire type " + wire);
            }
        }
    }

    private static long readVarint(byte[] b, int[] pos, int to) {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos[0] >= to) {
                throw new ModelException("corrupt ONNX file: truncated varint");
            }
            byte x = b[pos[0]++];
            result |= (long) (x & 0x7f) << shift;
            if ((x & 0x80) == 0) {
                return result;
            }
        }
        throw new ModelException("corrupt ONNX file: varint too long");
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
