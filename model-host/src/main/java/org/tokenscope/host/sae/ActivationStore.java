package org.tokenscope.host.sae;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Activation vectors on disk, memory-mapped for random access (training shuffles rows). The data is mapped in
 * segments of whole rows under 1 GB each, so stores beyond 2 GB work; token ids and sequence numbers are small and
 * held in memory. Thread-safe for reading.
 */
public final class ActivationStore {
    private static final long SEGMENT_BYTES = 1L << 30;

    private final Path dir;
    private final StoreInfo info;
    private final FloatBuffer[] segments;
    private final int rowsPerSegment;
    private final int[] tokens;
    private final int[] sequences;

    private ActivationStore(Path dir, StoreInfo info, FloatBuffer[] segments, int rowsPerSegment, int[] tokens, int[] sequences) {
        this.dir = dir;
        this.info = info;
        this.segments = segments;
        this.rowsPerSegment = rowsPerSegment;
        this.tokens = tokens;
        this.sequences = sequences;
    }

    public static ActivationStore open(Path dir) {
        Path infoFile = dir.resolve(ActivationStoreWriter.INFO);
        if (!Files.isRegularFile(infoFile)) {
            throw new SaeException(dir + " is not a finished activation store (no " + ActivationStoreWriter.INFO
                    + "): collect activations again");
        }
        try {
            StoreInfo info = new ObjectMapper().readValue(infoFile.toFile(), StoreInfo.class);
            if (info.count() > Integer.MAX_VALUE) {
                throw new SaeException("activation store " + dir + " holds " + info.count() + " vectors; at most 2^31 are supported");
            }
            int n = (int) info.count(), d = info.dIn();
            Path act = dir.resolve(ActivationStoreWriter.ACTIVATIONS);
            if (Files.size(act) != 4L * n * d) {
                throw new SaeException("activation store " + dir + " is truncated: " + Files.size(act) + " bytes of activations, "
                        + "expected " + 4L * n * d + " (collect again)");
            }
            int rowsPerSegment = (int) Math.max(1, SEGMENT_BYTES / (4L * d));
            FloatBuffer[] segments = new FloatBuffer[(n + rowsPerSegment - 1) / rowsPerSegment];
            try (FileChannel ch = FileChannel.open(act, StandardOpenOption.READ)) {
                for (int s = 0; s < segments.length; s++) {
                    long first = (long) s * rowsPerSegment;
                    long rows = Math.min(rowsPerSegment, n - first);
                    segments[s] = ch.map(FileChannel.MapMode.READ_ONLY, first * 4 * d, rows * 4 * d)
                            .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
                }
            }
            return new ActivationStore(dir, info, segments, rowsPerSegment, ints(dir.resolve(ActivationStoreWriter.TOKENS), n),
                    ints(dir.resolve(ActivationStoreWriter.SEQUENCES), n));
        } catch (IOException e) {
            throw new SaeException("cannot open the activation store " + dir + ": " + e.getMessage(), e);
        }
    }

    private static int[] ints(Path f, int n) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        if (bytes.length != 4L * n) {
            throw new SaeException("activation store file " + f + " is truncated: collect activations again");
        }
        int[] out = new int[n];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(out);
        return out;
    }

    public Path dir() {
        return dir;
    }

    public StoreInfo info() {
        return info;
    }

    public int size() {
        return tokens.length;
    }

    public int dIn() {
        return info.dIn();
    }

    /** Copies row {@code i} into {@code out} at {@code offset}. */
    public void row(int i, float[] out, int offset) {
        int d = info.dIn();
        segments[i / rowsPerSegment].get((i % rowsPerSegment) * d, out, offset, d);
    }

    public float[] row(int i) {
        float[] out = new float[info.dIn()];
        row(i, out, 0);
        return out;
    }

    public int token(int i) {
        return tokens[i];
    }

    public int sequence(int i) {
        return sequences[i];
    }
}
