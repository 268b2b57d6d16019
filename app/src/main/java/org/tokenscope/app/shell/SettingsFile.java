package org.tokenscope.app.shell;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.tokenscope.app.project.AtomicFile;

/**
 * A small JSON settings file in {@link AppDirs#config()}. Settings are a convenience: a missing, unreadable or
 * malformed file means defaults (logged, never shown), a failed write is logged and forgotten. Unknown fields
 * and unknown enum names are ignored so an older version can read a newer version's file.
 */
final class SettingsFile {
    private static final System.Logger LOG = System.getLogger(SettingsFile.class.getName());
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) // a newer version's kinds: that entry only
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SettingsFile() {
    }

    static <T> Optional<T> read(Path file, Class<T> type) {
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

    /** Writes atomically, so a crash mid-write leaves the previous settings rather than half a file. */
    static void write(Path file, Object value) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, JSON.writeValueAsBytes(value));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot save settings " + file + ": " + e.getMessage());
        }
    }
}
