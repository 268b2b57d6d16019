package org.tokenscope.host.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tokenscope.host.io.BoundedFiles;

/**
 * One streaming pass over an ONNX file's protobuf that collects what the host needs without loading the
 * weights: the main graph's node outputs (activation taps), the node outputs inside control-flow subgraphs
 * ({@code If} in Optimum's merged decoders), the operator types, and every external-data reference.
 * Written by hand because the alternative is generating all of onnx.proto's classes and reading a
 * multi-gigabyte file into memory; large fields ({@code raw_data}) are skipped, never read.
 * Field numbers are onnx.proto's, which are stable.
 */
public final class OnnxGraphScan {
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1, GRAPH_INITIALIZER = 5, GRAPH_SPARSE_INITIALIZER = 15;
    private static final int NODE_OUTPUT = 2, NODE_OP_TYPE = 4, NODE_ATTRIBUTE = 5, NODE_DOMAIN = 7;
    private static final int ATTR_T = 5, ATTR_G = 6, ATTR_TENSORS = 10, ATTR_GRAPHS = 11;
    private static final int TENSOR_NAME = 8, TENSOR_EXTERNAL_DATA = 13, TENSOR_DATA_LOCATION = 14;
    private static final int SPARSE_VALUES = 1, SPARSE_INDICES = 2;
    private static final int ENTRY_KEY = 1, ENTRY_VALUE = 2;
    private static final int DATA_LOCATION_EXTERNAL = 1;
    /** Strings and small messages are read whole; anything larger than this is skipped or walked. */
    private static final int MAX_STRING = 1 << 16;

    /** A tensor whose bytes live in another file: {@code length} is -1 when the reference leaves it open. */
    public record ExternalRef(String tensor, String location, long offset, long length) {
    }

    private final List<String> mainOutputs;
    private final List<String> subgraphOutputs;
    private final Set<String> opTypes;
    private final List<ExternalRef> external;

    private OnnxGraphScan(List<String> mainOutputs, List<String> subgraphOutputs, Set<String> opTypes,
            List<ExternalRef> external) {
        this.mainOutputs = List.copyOf(mainOutputs);
        this.subgraphOutputs = List.copyOf(subgraphOutputs);
        this.opTypes = Set.copyOf(opTypes);
        this.external = List.copyOf(external);
    }

    public static OnnxGraphScan of(Path onnx) {
        try (FileChannel ch = FileChannel.open(onnx, StandardOpenOption.READ)) {
            Scanner s = new Scanner(ch);
            Collector c = new Collector();
            s.fields(ch.size(), (field, wire, len) -> {
                if (field == MODEL_GRAPH && wire == 2) {
                    c.graph(s, s.pos + len, 0);
                } else {
                    s.skip(wire, len);
                }
            });
            return new OnnxGraphScan(new ArrayList<>(c.main), new ArrayList<>(c.sub), c.ops, c.refs);
        } catch (IOException e) {
            throw new ModelException("cannot read " + onnx + ": " + BoundedFiles.reason(e), e);
        }
    }

    /** Outputs of the main graph's nodes, in node order. */
    public List<String> mainOutputs() {
        return mainOutputs;
    }

    /** Outputs of nodes inside subgraphs (If/Loop/Scan bodies), which no added graph output can reach. */
    public List<String> subgraphOutputs() {
        return subgraphOutputs;
    }

    /** Operator types, qualified by domain where it is not the default one ({@code com.microsoft.MatMulNBits}). */
    public Set<String> opTypes() {
        return opTypes;
    }

    public List<ExternalRef> externalData() {
        return external;
    }

    /** The distinct external data files, in order of first reference. */
    public List<String> externalFiles() {
        Set<String> files = new LinkedHashSet<>();
        external.forEach(r -> files.add(r.location()));
        return List.copyOf(files);
    }

    // ---- the walk ------------------------------------------------------------------------------------

    private static final class Collector {
        final Set<String> main = new LinkedHashSet<>(), sub = new LinkedHashSet<>(), ops = new LinkedHashSet<>();
        final List<ExternalRef> refs = new ArrayList<>();

        void graph(Scanner s, long end, int depth) throws IOException {
            s.fields(end, (field, wire, len) -> {
                long stop = s.pos + len;
                switch (wire == 2 ? field : -1) {
                    case GRAPH_NODE -> node(s, stop, depth);
                    case GRAPH_INITIALIZER -> tensor(s, stop);
                    case GRAPH_SPARSE_INITIALIZER -> s.fields(stop, (f, w, l) -> {
                        if (w == 2 && (f == SPARSE_VALUES || f == SPARSE_INDICES)) {
                            tensor(s, s.pos + l);
                        } else {
                            s.skip(w, l);
                        }
                    });
                    default -> s.skip(wire, len);
                }
            });
        }

        private void node(Scanner s, long end, int depth) throws IOException {
            String[] opAndDomain = {"", ""};
            s.fields(end, (field, wire, len) -> {
                long stop = s.pos + len;
                switch (wire == 2 ? field : -1) {
                    case NODE_OUTPUT -> {
                        String out = s.string(len);
                        if (!out.isEmpty()) { // an omitted optional output
                            (depth == 0 ? main : sub).add(out);
                        }
                    }
                    case NODE_OP_TYPE -> opAndDomain[0] = s.string(len);
                    case NODE_DOMAIN -> opAndDomain[1] = s.string(len);
                    case NODE_ATTRIBUTE -> s.fields(stop, (f, w, l) -> {
                        long attrEnd = s.pos + l;
                        switch (w == 2 ? f : -1) {
                            case ATTR_G, ATTR_GRAPHS -> graph(s, attrEnd, depth + 1);
                            case ATTR_T, ATTR_TENSORS -> tensor(s, attrEnd);
                            default -> s.skip(w, l);
                        }
                    });
                    default -> s.skip(wire, len);
                }
            });
            String domain = opAndDomain[1];
            ops.add(domain.isEmpty() || domain.equals("ai.onnx") ? opAndDomain[0] : domain + "." + opAndDomain[0]);
        }

        private void tensor(Scanner s, long end) throws IOException {
            String[] name = {""};
            boolean[] externalLocation = {false};
            String[] location = {null};
            long[] offset = {0}, length = {-1};
            s.fields(end, (field, wire, len) -> {
                if (field == TENSOR_NAME && wire == 2) {
                    name[0] = s.string(len);
                } else if (field == TENSOR_DATA_LOCATION && wire == 0) {
                    externalLocation[0] = s.lastVarint == DATA_LOCATION_EXTERNAL;
                } else if (field == TENSOR_EXTERNAL_DATA && wire == 2) {
                    String[] kv = {null, null};
                    s.fields(s.pos + len, (f, w, l) -> {
                        if (w == 2 && (f == ENTRY_KEY || f == ENTRY_VALUE)) {
                            kv[f - 1] = s.string(l);
                        } else {
                            s.skip(w, l);
                        }
                    });
                    if ("location".equals(kv[0])) {
                        location[0] = kv[1];
                    } else if ("offset".equals(kv[0])) {
                        offset[0] = parseLong(kv[1], "offset");
                    } else if ("length".equals(kv[0])) {
                        length[0] = parseLong(kv[1], "length");
                    }
                } else {
                    s.skip(wire, len);
                }
            });
            if (externalLocation[0] || location[0] != null) {
                if (location[0] == null || location[0].isEmpty()) {
                    throw new ModelException("corrupt ONNX file: tensor " + name[0] + " is stored externally but names "
                            + "no file");
                }
                refs.add(new ExternalRef(name[0], location[0], offset[0], length[0]));
            }
        }

        private static long parseLong(String v, String what) {
            try {
                long x = Long.parseLong(v == null ? "" : v.strip());
                if (x < 0) {
                    throw new NumberFormatException();
                }
                return x;
            } catch (NumberFormatException e) {
                throw new ModelException("corrupt ONNX file: external data " + what + " '" + v + "' is not a size");
            }
        }
    }

    // ---- protobuf wire format over a file channel -------------------------------------------------------

    private interface FieldVisitor {
        /** {@code len} is the payload length for wire type 2, else 0; the scanner sits at the payload. */
        void visit(int field, int wire, long len) throws IOException;
    }

    private static final class Scanner {
        private final FileChannel ch;
        private final ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        private long bufStart = 0;
        long pos = 0;
        long lastVarint;

        Scanner(FileChannel ch) {
            this.ch = ch;
            buf.limit(0);
        }

        /** Visits every field up to {@code end}; a visitor must consume its payload (or skip it). */
        void fields(long end, FieldVisitor v) throws IOException {
            while (pos < end) {
                long key = varint(end);
                int field = (int) (key >>> 3), wire = (int) (key & 7);
                long len = 0;
                switch (wire) {
                    case 0 -> lastVarint = varint(end);
                    case 1 -> len = 8;
                    case 5 -> len = 4;
                    case 2 -> {
                        len = varint(end);
                        if (len < 0 || pos + len > end) {
                            throw new ModelException("corrupt ONNX file: a field runs past the end of its message");
                        }
                    }
                    default -> throw new ModelException("corrupt ONNX file: unknown protobuf wire type " + wire);
                }
                long payloadEnd = pos + (wire == 0 ? 0 : len);
                if (wire == 0) {
                    v.visit(field, wire, 0);
                } else {
                    v.visit(field, wire, len);
                }
                if (pos != payloadEnd) {
                    pos = payloadEnd; // the visitor skipped it
                }
            }
            if (pos != end) {
                throw new ModelException("corrupt ONNX file: a message ends inside a field");
            }
        }

        void skip(int wire, long len) {
            if (wire != 0) {
                pos += len;
            }
        }

        String string(long len) throws IOException {
            if (len > MAX_STRING) {
                throw new ModelException("corrupt ONNX file: a name of " + len + " bytes");
            }
            byte[] b = new byte[(int) len];
            for (int i = 0; i < b.length; i++) {
                b[i] = next(pos + b.length);
            }
            return new String(b, StandardCharsets.UTF_8);
        }

        private long varint(long end) throws IOException {
            long result = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte x = next(end);
                result |= (long) (x & 0x7f) << shift;
                if ((x & 0x80) == 0) {
                    return result;
                }
            }
            throw new ModelException("corrupt ONNX file: varint too long");
        }

        private byte next(long end) throws IOException {
            if (pos >= end) {
                throw new ModelException("corrupt ONNX file: truncated field");
            }
            if (pos < bufStart || pos >= bufStart + buf.limit()) {
                buf.clear();
                bufStart = pos;
                ch.position(pos);
                while (buf.position() == 0) {
                    if (ch.read(buf) < 0) {
                        throw new ModelException("corrupt ONNX file: it ends in the middle of a field");
                    }
                }
                buf.flip();
            }
            return buf.get((int) (pos++ - bufStart));
        }
    }
}
