package org.tokenscope.app.shell;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.tokenscope.app.project.AtomicFile;

/**
 * A small JSON settings file in {@link AppDirs#config()}. Settings are a convenience: a missing, unreadable or
 * malformed file means defaults (logged, never shown), a failed write is logged and forgotten. Unknown fields
 * and unknown enum names are ignored so an older version can read a newer version's file.
 */
public final class SettingsFile {
    private static final System.Logger LOG = System.getLogger(SettingsFile.class.getName());
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) // a newer version's kinds: that entry only
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** One writer thread: settings written while the user works (Open Recent) never wait on the disk's fsync. */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tokenscope-settings-writer");
        t.setDaemon(true);
        return t;
    });
    /** The newest content not yet written, per file: a burst of changes costs one write. */
    private static final Map<Path, byte[]> PENDING = new ConcurrentHashMap<>();

    private SettingsFile() {
    }

    static <T> Optional<T> read(Path file, Class<T> type) {
        flush(); // a read sees every write asked for before it
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(file.toFile(), type));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "ignoring unreadable settings " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes atomically, now, so a crash mid-write leaves the previous settings rather than half a file. */
    static void write(Path file, Object value) {
        try {
            writeBytes(file, JSON.writeValueAsBytes(value));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save settings " + file + ": " + e.getMessage());
        }
    }

    /**
     * Writes atomically on the writer thread; the value is serialised now, so later changes to it do not
     * leak into the file. {@link #flush()} waits for it.
     */
    static void writeLater(Path file, Object value) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(value);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save settings " + file + ": " + e.getMessage());
            return;
        }
        Path key = file.toAbsolutePath();
        if (PENDING.put(key, bytes) == null) { // otherwise the queued write takes these newer bytes
            WRITER.execute(() -> {
                byte[] latest = PENDING.remove(key);
                if (latest != null) {
                    try {
                        writeBytes(key, latest);
                    } catch (IOException | RuntimeException e) {
                        LOG.log(System.Logger.Level.WARNING, "cannot save settings " + key + ": " + e.getMessage());
                    }
                }
            });
        }
    }

    /** Waits until every write asked for so far is on disk (at exit, and before a read). */
    public static void flush() {
        try {
            WRITER.submit(() -> { }).get(); // one thread, in order: when this runs, earlier writes are done
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "settings writer: " + e.getCause());
        }
    }

    private static void writeBytes(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, bytes);
    }
}
