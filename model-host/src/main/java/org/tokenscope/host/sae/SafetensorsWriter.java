package org.tokenscope.host.sae;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Writes safetensors files that Python's {@code safetensors.torch.load_file} reads: header padded with spaces
 * to a multiple of 8 bytes (as the reference writer does, so the data is aligned), tensors in the given order.
 * The file appears atomically: it is written beside the target and moved into place.
 */
public final class SafetensorsWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHUNK = 1 << 20;

    /** A tensor to write: values are converted to {@code dtype} on the way out. */
    public record Entry(String name, DType dtype, long[] shape, float[] values) {
        public Entry {
            long n = 1;
            for (long d : shape) {
                n *= d;
            }
            if (n != values.length) {
                throw new IllegalArgumentException(name + ": shape holds " + n + " values, given " + values.length);
            }
        }
    }

    private SafetensorsWriter() {
    }

    public static void write(Path file, List<Entry> tensors, Map<String, String> metadata) {
        byte[] header = header(tensors, metadata);
        try {
            Path tmp = AtomicFiles.tempBeside(file);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
                buf.putLong(header.length);
                flush(ch, buf);
                ch.write(ByteBuffer.wrap(header));
                for (Entry t : tensors) {
                    int perChunk = CHUNK / t.dtype().bytes();
                    for (int from = 0; from < t.values().length; from += perChunk) {
                        t.dtype().encode(t.values(), from, Math.min(t.values().length, from + perChunk), buf);
                        flush(ch, buf);
                    }
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            AtomicFiles.moveIntoPlace(tmp, file);
        } catch (IOException e) {
            throw new SaeException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void flush(FileChannel ch, ByteBuffer buf) throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
        buf.clear();
    }

    private static byte[] header(List<Entry> tensors, Map<String, String> metadata) {
        ObjectNode root = JSON.createObjectNode();
        if (metadata != null && !metadata.isEmpty()) {
            ObjectNode m = root.putObject("__metadata__");
            metadata.forEach(m::put);
        }
        long offset = 0;
        for (Entry t : tensors) {
            ObjectNode n = root.putObject(t.name());
            n.put("dtype", t.dtype().name());
            ArrayNode shape = n.putArray("shape");
            for (long d : t.shape()) {
                shape.add(d);
            }
            long bytes = (long) t.values().length * t.dtype().bytes();
            n.putArray("data_offsets").add(offset).add(offset + bytes);
            offset += bytes;
        }
        try {
            byte[] json = JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
            int padded = (json.length + 7) / 8 * 8;
            byte[] out = new byte[padded];
            System.arraycopy(json, 0, out, 0, json.length);
            java.util.Arrays.fill(out, json.length, padded, (byte) ' ');
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
