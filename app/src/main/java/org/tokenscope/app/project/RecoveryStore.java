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
import org.tokenscope.app.shell.AppDirs;

/**
 * Recovery files for autosave, in {@link AppDirs#recovery()}. Each running window owns a session folder holding a
 * lock, the unsaved project and the path it belongs to. A clean exit deletes its folder; a folder whose lock
 * nobody holds is what a crash left behind, and is offered at the next start, with a warning when the file it
 * belongs to changed after the autosave (a sync client, a checkout, another window): that copy is never deleted
 * unasked. Only a copy identical to its file is dropped silently. The lock keeps two windows running at once
 * from offering each other's live work.
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

    /**
     * The folder named by {@link #DIR_PROPERTY}, else {@link AppDirs#recovery()}, into which the sessions of the
     * old location {@code ~/.tokenscope/recovery} are moved the first time.
     */
    public static RecoveryStore standard() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir != null) {
            return new RecoveryStore(Path.of(dir));
        }
        Path root = AppDirs.recovery();
        migrate(AppDirs.legacyRecovery(), root);
        return new RecoveryStore(root);
    }

    /**
     * Moves the session folders of {@code legacy} into {@code root} (those of a window still running the old
     * version stay), then removes {@code legacy} and its parent when they are left empty. Best effort: what
     * cannot be moved is logged and stays where it was.
     */
    static void migrate(Path legacy, Path root) {
        if (!Files.isDirectory(legacy) || legacy.toAbsolutePath().normalize().equals(root.toAbsolutePath().normalize())) {
            return;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(legacy, "session-*")) {
            Files.createDirectories(root);
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir) || isLive(dir)) {
                    continue;
                }
                Path to = root.resolve(dir.getFileName());
                try {
                    Files.move(dir, to);
                } catch (IOException e) {
                    copyFolder(dir, to); // another file system: copy, then drop the original
                    deleteFolder(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            log().log(System.Logger.Level.WARNING, "cannot move recovery files from " + legacy + " to " + root + ": " + e);
            return;
        }
        deleteIfEmpty(legacy);
        deleteIfEmpty(legacy.getParent()); // ~/.tokenscope held nothing else
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
            for (Path f : files) {
                Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void deleteIfEmpty(Path dir) {
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // not empty: it holds something that is not ours to remove
        }
    }

    /** Starts this window's session: creates and locks its folder. Temporary files killed writes left are swept. */
    public Session startSession() throws IOException {
        sweepStaleTemps();
        Path dir = root.resolve("session-" + UUID.randomUUID());
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        OWN.add(dir.toAbsolutePath());
        return new Session(dir, channel, lock);
    }

    /** Deletes the temporary files of autosaves killed midway (older than a minute), in every session folder. */
    void sweepStaleTemps() {
        if (!Files.isDirectory(root)) {
            return;
        }
        AtomicFile.deleteStaleTemps(root);
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, "session-*")) {
            for (Path dir : dirs) {
                if (Files.isDirectory(dir)) {
                    AtomicFile.deleteStaleTemps(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            log().log(System.Logger.Level.WARNING, "cannot list " + root + ": " + e);
        }
    }

    private static System.Logger log() {
        return System.getLogger(RecoveryStore.class.getName());
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
        Optional<java.time.Instant> newerOrigin = Optional.empty();
        if (belongsTo.isPresent() && Files.isRegularFile(belongsTo.get())) {
            FileTime originTime = Files.getLastModifiedTime(belongsTo.get());
            if (sameProject(project, belongsTo.get())) {
                deleteFolder(dir); // the file already holds exactly this: nothing to recover
                return Optional.empty();
            }
            if (originTime.compareTo(savedAt) >= 0) {
                // Saved after the autosave, here or elsewhere: the user decides which one they want.
                newerOrigin = Optional.of(originTime.toInstant());
            }
        }
        return Optional.of(new Recovery(dir, belongsTo, savedAt.toInstant(), newerOrigin));
    }

    /** Both files hold the same project (byte for byte, or once parsed). */
    private static boolean sameProject(Path recovery, Path origin) {
        try {
            byte[] a = Files.readAllBytes(recovery);
            byte[] b = Files.readAllBytes(origin);
            if (java.util.Arrays.equals(a, b)) {
                return true;
            }
            return ProjectFiles.parse(a, "recovery").equals(ProjectFiles.parse(b, String.valueOf(origin.getFileName())));
        } catch (IOException | ProjectException e) {
            return false; // unreadable either way: offer it, the user decides
        }
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

    /**
     * Unsaved work left by a crash.
     *
     * @param originModified when the file it belongs to was modified, if that was after the autosave
     */
    public record Recovery(Path dir, Optional<Path> origin, java.time.Instant savedAt, Optional<java.time.Instant> originModified) {
        public Recovery(Path dir, Optional<Path> origin, java.time.Instant savedAt) {
            this(dir, origin, savedAt, Optional.empty());
        }

        /** The project's file was saved after this autosave: recovering it would go back on that save. */
        public boolean originIsNewer() {
            return originModified.isPresent();
        }

        /** The question for the user, in sentences: what was found, from when, and which copy is newer. */
        public String describe() {
            String when = time(savedAt);
            if (origin.isEmpty()) {
                return "An autosaved copy of an unsaved, untitled project from " + when + " was found. Recover it?";
            }
            String name = String.valueOf(origin.get().getFileName());
            if (originModified.isEmpty()) {
                return "An autosaved copy of your unsaved changes to " + name + " from " + when
                        + " was found; it is newer than the file. Recover it?";
            }
            return "An autosaved copy of your unsaved changes to " + name + " from " + when + " was found, but the file "
                    + name + " is newer: it was saved at " + time(originModified.get()) + ", after the autosave (by another "
                    + "window, a sync client or a checkout?). Recover opens the autosaved copy as unsaved changes and "
                    + "leaves the file as it is until you save; Discard deletes the autosaved copy.";
        }

        private static String time(java.time.Instant t) {
            return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM)
                    .withZone(java.time.ZoneId.systemDefault()).format(t);
        }

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
