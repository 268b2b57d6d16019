package org.tokenscope.host.sae;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Appends activation vectors (float32, little-endian, row after row) with each one's token id and sequence number.
 * {@code store.json} is written last, so a store without it is incomplete and is never opened.
 */
public final class ActivationStoreWriter implements AutoCloseable {
    static final String ACTIVATIONS = "activations.f32", TOKENS = "tokens.i32", SEQUENCES = "sequences.i32",
            INFO = "store.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final int dIn;
    private final OutputStream activations;
    private final DataOutputStream tokens;
    private final DataOutputStream sequences;
    private final ByteBuffer row;
    private long count;
    private boolean finished;

    public ActivationStoreWriter(Path dir, int dIn) {
        this.dir = dir;
        this.dIn = dIn;
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve(INFO));
            activations = new BufferedOutputStream(Files.newOutputStream(dir.resolve(ACTIVATIONS)), 1 << 20);
            tokens = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(TOKENS)), 1 << 16));
            sequences = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(SEQUENCES)), 1 << 16));
        } catch (IOException e) {
            throw new SaeException("cannot create the activation store in " + dir + ": " + e.getMessage(), e);
        }
        row = ByteBuffer.allocate(4 * dIn).order(ByteOrder.LITTLE_ENDIAN);
    }

    public void append(float[] vector, int token, int sequence) {
        if (vector.length != dIn) {
            throw new SaeException("activation of width " + vector.length + " given to a store of d_in " + dIn);
        }
        row.clear();
        row.asFloatBuffer().put(vector);
        try {
            activations.write(row.array());
            tokens.writeInt(Integer.reverseBytes(token)); // little-endian like the activations
            sequences.writeInt(Integer.reverseBytes(sequence));
        } catch (IOException e) {
            throw new SaeException("cannot write the activation store in " + dir + ": " + e.getMessage(), e);
        }
        count++;
    }

    public long count() {
        return count;
    }

    /** Flushes the data and writes {@code store.json}: the store becomes openable. */
    public ActivationStore finish(StoreInfo info) {
        if (info.count() != count || info.dIn() != dIn) {
            throw new IllegalArgumentException("store info says " + info.count() + " × " + info.dIn() + ", wrote " + count + " × " + dIn);
        }
        closeStreams();
        try {
            Path tmp = AtomicFiles.tempBeside(dir.resolve(INFO));
            JSON.writeValue(tmp.toFile(), info);
            AtomicFiles.moveIntoPlace(tmp, dir.resolve(INFO));
        } catch (IOException e) {
            throw new SaeException("cannot finish the activation store in " + dir + ": " + e.getMessage(), e);
        }
        finished = true;
        return ActivationStore.open(dir);
    }

    private void closeStreams() {
        try {
            activations.close();
            tokens.close();
            sequences.close();
        } catch (IOException e) {
            throw new SaeException("cannot write the activation store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Without {@link #finish}: the partial files are removed (a cancelled collection leaves nothing behind). */
    @Override
    public void close() {
        if (finished) {
            return;
        }
        try {
            closeStreams();
        } catch (SaeException ignored) {
            // removing anyway
        }
        for (String f : new String[] {ACTIVATIONS, TOKENS, SEQUENCES}) {
            try {
                Files.deleteIfExists(dir.resolve(f));
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
