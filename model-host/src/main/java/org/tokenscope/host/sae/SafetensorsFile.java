package org.tokenscope.host.sae;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a safetensors file: a u64 little-endian header length N, N bytes of JSON
 * {@code {name: {dtype, shape, data_offsets}, "__metadata__": {...}}}, then raw little-endian row-major data.
 * There is no maintained Java library for the format (the reference implementation is Rust with Python
 * bindings), and the format is small, so the reader and {@link SafetensorsWriter} are ours.
 *
 * <p>The header is read and validated eagerly; tensor data is memory-mapped on demand, one tensor at a time,
 * so files larger than 2 GB work as long as each tensor fits a Java array.
 */
public final class SafetensorsFile {
    /** The reference implementation's limit; a larger length means the file is not safetensors. */
    static final long MAX_HEADER_BYTES = 100_000_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path path;
    private final long dataStart;
    private final Map<String, TensorInfo> tensors;
    private final Map<String, String> metadata;

    private SafetensorsFile(Path path, long dataStart, Map<String, TensorInfo> tensors, Map<String, String> metadata) {
        this.path = path;
        this.dataStart = dataStart;
        this.tensors = tensors;
        this.metadata = metadata;
    }

    /** Reads and checks the header; refuses truncated files and header lengths beyond the file. */
    public static SafetensorsFile open(Path path) {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            String file = path.getFileName().toString();
            if (size < 8) {
                throw new SaeException(file + " is truncated: " + size + " bytes, but a safetensors file starts with an "
                        + "8-byte header length (re-download or re-save it)");
            }
            ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, lenBuf, 0);
            long n = lenBuf.getLong(0);
            if (n < 0 || n > MAX_HEADER_BYTES) {
                throw new SaeException(file + " declares a header of " + Long.toUnsignedString(n) + " bytes, over the "
                        + MAX_HEADER_BYTES / 1_000_000 + " MB limit: it is not a safetensors file");
            }
            if (n > size - 8) {
                throw new SaeException(file + " declares a header of " + n + " bytes, beyond the end of the file ("
                        + size + " bytes): the file is truncated or not safetensors");
            }
            ByteBuffer header = ByteBuffer.allocate((int) n);
            readFully(ch, header, 8);
            String text = new String(header.array(), StandardCharsets.UTF_8);
            return parse(path, text, 8 + n, size - 8 - n);
        } catch (IOException e) {
            throw new SaeException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static SafetensorsFile parse(Path path, String text, long dataStart, long dataBytes) {
        String file = path.getFileName().toString();
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SaeException(file + " has a header that is not JSON: the file is corrupt or not safetensors", e);
        }
        if (root == null || !root.isObject()) {
            throw new SaeException(file + " has a header that is not a JSON object: not a safetensors file");
        }
        Map<String, TensorInfo> tensors = new LinkedHashMap<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("__metadata__")) {
                e.getValue().fields().forEachRemaining(m -> metadata.put(m.getKey(), m.getValue().asText()));
                continue;
            }
            TensorInfo info = tensor(file, e.getKey(), e.getValue());
            if (info.end() > dataBytes) {
                throw new SaeException(file + " is truncated: tensor " + info.name() + " ends at data byte " + info.end()
                        + " but the file holds only " + dataBytes + " bytes of data (re-download or re-save it)");
            }
            tensors.put(info.name(), info);
        }
        checkNoOverlap(file, tensors);
        return new SafetensorsFile(path, dataStart, Collections.unmodifiableMap(tensors), Collections.unmodifiableMap(metadata));
    }

    /**
     * Tensors' data ranges must not share bytes: two tensors reading the same bytes is a corrupt or crafted header
     * (the reference implementation refuses it too). Empty tensors occupy nothing.
     */
    private static void checkNoOverlap(String file, Map<String, TensorInfo> tensors) {
        java.util.List<TensorInfo> sorted = new java.util.ArrayList<>();
        for (TensorInfo t : tensors.values()) {
            if (t.end() > t.begin()) {
                sorted.add(t);
            }
        }
        sorted.sort(java.util.Comparator.comparingLong(TensorInfo::begin).thenComparingLong(TensorInfo::end));
        for (int i = 1; i < sorted.size(); i++) {
            TensorInfo a = sorted.get(i - 1), b = sorted.get(i);
            if (b.begin() < a.end()) {
                throw new SaeException(file + ": tensors " + a.name() + " and " + b.name() + " overlap in the data section "
                        + "(bytes [" + a.begin() + ", " + a.end() + ") and [" + b.begin() + ", " + b.end()
                        + ")): the header is corrupt");
            }
        }
    }

    private static TensorInfo tensor(String file, String name, JsonNode n) {
        JsonNode shapeNode = n.path("shape");
        JsonNode offsets = n.path("data_offsets");
        if (!n.path("dtype").isTextual() || !shapeNode.isArray() || !offsets.isArray() || offsets.size() != 2) {
            throw new SaeException(file + ": tensor " + name + " lacks dtype, shape or data_offsets in the header");
        }
        DType dtype = DType.ofSafetensors(n.get("dtype").asText(), name);
        long[] shape = new long[shapeNode.size()];
        long elements = 1;
        for (int i = 0; i < shape.length; i++) {
            shape[i] = shapeNode.get(i).isIntegralNumber() ? shapeNode.get(i).asLong(-1) : -1;
            if (shape[i] < 0) {
                throw new SaeException(file + ": tensor " + name + " has a negative or non-numeric dimension");
            }
            try {
                elements = Math.multiplyExact(elements, shape[i]);
            } catch (ArithmeticException e) {
                throw new SaeException(file + ": tensor " + name + " has an impossible shape (over 2^63 elements): "
                        + "the header is corrupt");
            }
        }
        long begin = offsets.get(0).isIntegralNumber() ? offsets.get(0).asLong(-1) : -1;
        long end = offsets.get(1).isIntegralNumber() ? offsets.get(1).asLong(-1) : -1;
        long bytes = elements > Long.MAX_VALUE / dtype.bytes() ? -1 : elements * dtype.bytes();
        if (begin < 0 || end < begin || end - begin != bytes) {
            throw new SaeException(file + ": tensor " + name + " has data_offsets [" + begin + ", " + end + "] that do not "
                    + "match its shape " + java.util.Arrays.toString(shape) + " of " + dtype + ": the header is corrupt");
        }
        return new TensorInfo(name, dtype, shape, begin, end);
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long position) throws IOException {
        while (buf.hasRemaining()) {
            int r = ch.read(buf, position + buf.position());
            if (r < 0) {
                throw new IOException("unexpected end of file");
            }
        }
    }

    public Path path() {
        return path;
    }

    public Set<String> names() {
        return tensors.keySet();
    }

    public Optional<TensorInfo> info(String name) {
        return Optional.ofNullable(tensors.get(name));
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    /** The tensor's values as floats (converted from F16/BF16), row-major; a clear error when it is absent. */
    public float[] floats(String name) {
        TensorInfo t = info(name).orElseThrow(() -> new SaeException(path.getFileName() + " has no tensor named " + name
                + " (it has " + String.join(", ", names()) + ")"));
        if (t.elements() > Integer.MAX_VALUE - 8) {
            throw new SaeException("tensor " + name + " has " + t.elements() + " elements, too many for one array");
        }
        float[] out = new float[(int) t.elements()];
        if (out.length == 0) {
            return out;
        }
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer data = ch.map(FileChannel.MapMode.READ_ONLY, dataStart + t.begin(), t.end() - t.begin())
                    .order(ByteOrder.LITTLE_ENDIAN);
            t.dtype().decode(data, out);
            return out;
        } catch (IOException e) {
            throw new SaeException("cannot read tensor " + name + " of " + path + ": " + e.getMessage(), e);
        }
    }
}
