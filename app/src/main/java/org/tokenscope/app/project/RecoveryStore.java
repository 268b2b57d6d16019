package org.tokenscope.app.project;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Recovery files for autosave. Each running window owns a session folder holding a lock, the unsaved project
 * and the path it belongs to. A clean exit deletes its folder; a folder whose lock nobody holds and whose
 * project is newer than the file it belongs to is what a crash left behind, and is offered at the next start.
 * The lock keeps two windows running at once from offering each other's live work.
 */
public final class RecoveryStore {
    /** System property naming the folder; tests point it at a temporary one. */
    public static final String DIR_PROPERTY = "tokenscope.recovery.dir";
    private static final String PROJECT = "recovery" + ProjectFiles.EXTENSION;
    private static final String ORIGIN = "origin.txt";
    private static final String LOCK = "lock";

    /**
     * Sessions of this JVM, skipped without touching their locks: on Linux, closing any channel to a locked
     * file drops the process's lock on it, so probing our own lock would release it.
     */
    private static final java.util.Set<Path> OWN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path root;

    public RecoveryStore(Path root) {
        this.root = root;
    }

    /** The folder named by {@link #DIR_PROPERTY}, else {@code ~/.tokenscope/recovery}. */
    public static RecoveryStore standard() {
        String dir = System.getProperty(DIR_PROPERTY);
        return new RecoveryStore(dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".tokenscope", "recovery"));
    }

    /** Starts this window's session: creates and locks its folder. */
    public Session startSession() throws IOException {
        Path dir = root.resolve("session-" + UUID.randomUUID());
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        OWN.add(dir.toAbsolutePath());
        return new Session(dir, channel, lock);
    }

    /** Unsaved work of sessions that ended without closing, newest first. Stale and empty folders are removed. */
    public List<Recovery> orphans() {
        List<Recovery> out = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, "session-*")) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir) && !OWN.contains(dir.toAbsolutePath()) && !isLive(dir)) {
                    orphan(dir).ifPresent(out::add);
                }
            }
        } catch (IOException e) {
            System.getLogger(RecoveryStore.class.getName()).log(System.Logger.Level.WARNING, "cannot list " + root, e);
        }
        out.sort(Comparator.comparing(Recovery::savedAt).reversed());
        return out;
    }

    private static Optional<Recovery> orphan(Path dir) throws IOException {
        Path project = dir.resolve(PROJECT);
        if (!Files.isRegularFile(project)) {
            deleteFolder(dir); // a session that never had unsaved work
            return Optional.empty();
        }
        FileTime savedAt = Files.getLastModifiedTime(project);
        Path originFile = dir.resolve(ORIGIN);
        String origin = Files.isRegularFile(originFile) ? Files.readString(originFile, StandardCharsets.UTF_8).strip() : "";
        Optional<Path> belongsTo = origin.isEmpty() ? Optional.empty() : Optional.of(Path.of(origin));
        if (belongsTo.isPresent() && Files.isRegularFile(belongsTo.get())
                && Files.getLastModifiedTime(belongsTo.get()).compareTo(savedAt) >= 0) {
            deleteFolder(dir); // the project was saved after this autosave: nothing to recover
            return Optional.empty();
        }
        return Optional.of(new Recovery(dir, belongsTo, savedAt.toInstant()));
    }

    /** Another process (or window) holds the lock. */
    private static boolean isLive(Path dir) {
        Path lockFile = dir.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held in this JVM after all
        } catch (IOException e) {
            return true; // cannot tell: leave it alone rather than offer someone's live work
        }
    }

    static void deleteFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    /** Unsaved work left by a crash. */
    public record Recovery(Path dir, Optional<Path> origin, java.time.Instant savedAt) {
        /** The recovered project; a {@link ProjectException} if the recovery file itself is damaged. */
        public Project load() {
            return ProjectFiles.read(dir.resolve(PROJECT));
        }

        /** Deletes it: after the user recovered it into a new session, or declined. */
        public void discard() throws IOException {
            deleteFolder(dir);
        }
    }

    /** The running window's recovery folder. */
    public static final class Session implements AutoCloseable {
        private final Path dir;
        private final FileChannel channel;
        private final FileLock lock;

        private Session(Path dir, FileChannel channel, FileLock lock) {
            this.dir = dir;
            this.channel = channel;
            this.lock = lock;
        }

        /** Writes the unsaved project and the file it belongs to (null for an untitled one). */
        public synchronized void write(Project project, Path origin) throws IOException {
            AtomicFile.write(dir.resolve(ORIGIN),
                    (origin == null ? "" : origin.toAbsolutePath().toString()).getBytes(StandardCharsets.UTF_8));
            AtomicFile.write(dir.resolve(PROJECT), ProjectFiles.toBytes(project));
        }

        /** Nothing unsaved any more. */
        public synchronized void clear() throws IOException {
            Files.deleteIfExists(dir.resolve(PROJECT));
            Files.deleteIfExists(dir.resolve(ORIGIN));
        }

        public Path dir() {
            return dir;
        }

        /** Leaves the folder as a crash would (lock released, files kept); for tests of recovery. */
        synchronized void abandon() throws IOException {
            if (lock != null) {
                lock.release();
            }
            channel.close();
            OWN.remove(dir.toAbsolutePath());
        }

        /** A clean exit: the folder goes away with its content. */
        @Override
        public synchronized void close() throws IOException {
            try {
                if (lock != null) {
                    lock.release();
                }
                channel.close();
            } finally {
                deleteFolder(dir);
                OWN.remove(dir.toAbsolutePath());
            }
        }
    }
}
