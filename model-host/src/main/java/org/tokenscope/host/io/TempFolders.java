package org.tokenscope.host.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary folders for large scratch data (activation stores run to hundreds of megabytes) that never
 * outlive the run that made them: deleted when done, on Ctrl-C or a normal exit by a shutdown hook, and,
 * after a {@code kill -9} that no hook survives, by the next run that makes one, because each folder names
 * its owning process in a marker file and a folder whose process is gone is swept.
 */
public final class TempFolders {
    private static final String OWNER = ".owner-pid";
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(TempFolders::deleteTree),
                "tokenscope-temp-cleanup"));
    }

    private TempFolders() {
    }

    /** A new folder in the system's temporary folder, named {@code prefix…}, after sweeping orphans of that prefix. */
    public static Path create(String prefix) throws IOException {
        return create(Path.of(System.getProperty("java.io.tmpdir")), prefix);
    }

    static Path create(Path parent, String prefix) throws IOException {
        sweepOrphans(parent, prefix);
        Path dir = Files.createTempDirectory(parent, prefix);
        Files.writeString(dir.resolve(OWNER), Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        LIVE.add(dir);
        return dir;
    }

    /** Deletes a folder made by {@link #create} and everything in it; quietly, as scratch data is not worth an error. */
    public static void delete(Path dir) {
        if (dir != null) {
            deleteTree(dir);
            LIVE.remove(dir);
        }
    }

    /** Deletes folders of this prefix whose owning process no longer runs (a killed run's scratch data). */
    static void sweepOrphans(Path parent, String prefix) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(parent, prefix + "*")) {
            for (Path dir : dirs) {
                Path owner = dir.resolve(OWNER);
                if (!Files.isRegularFile(owner)) {
                    continue; // not ours, or still being created
                }
                long pid;
                try {
                    pid = Long.parseLong(Files.readString(owner, StandardCharsets.US_ASCII).strip());
                } catch (NumberFormatException | IOException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).isEmpty()) {
                    deleteTree(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable temporary folder only means nothing is swept
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }
}
