package org.tokenscope.app.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file so that, whatever happens midway (a full disk, a crash, a power cut), the target holds
 * either its old content or the complete new content, never a mix: write a temporary file in the same
 * folder, force it to the disk, then rename it over the target (atomic within one file system). A symbolic link
 * is written through: the file it points at is replaced, and the link is left as it was. A write killed midway
 * leaves a hidden temporary file; the next write of the same file deletes those older than a minute.
 */
public final class AtomicFile {
    /** The points a write passes, in order; tests make a {@link StepHook} fail at each. */
    enum Step { TEMP_CREATED, HALF_WRITTEN, WRITTEN, FORCED, RENAMED }

    /** Called at each step; throwing simulates a failure there. */
    @FunctionalInterface
    interface StepHook {
        void reached(Step step) throws IOException;
    }

    /** Temporary files older than this belong to a write that died: no live write takes a minute. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);
    private static final String TEMP_SUFFIX = ".tmp";
    /** ".name.1a2b3c4d.tmp", group 1 the name of the file it was to replace. */
    private static final Pattern TEMP_NAME = Pattern.compile("\\.(.+)\\.[0-9a-f]{8}\\.tmp");
    private static final int MAX_LINKS = 40;

    private AtomicFile() {
    }

    /**
     * Writes {@code data} to {@code target} atomically, creating the file if needed. A symbolic link is followed
     * and its target replaced (the link stays a link). An {@link IOException}'s message is the reason alone
     * ("permission denied"), for the caller to put after the name of the file it was asked to write.
     */
    public static void write(Path target, byte[] data) throws IOException {
        write(target, data, step -> { });
    }

    static void write(Path target, byte[] data, StepHook hook) throws IOException {
        Path real;
        try {
            real = resolve(target);
        } catch (NoSuchFileException e) {
            throw new IOException("the folder " + target.toAbsolutePath().getParent() + " does not exist", e);
        } catch (IOException e) {
            throw new IOException(IoReasons.of(e), e);
        }
        Path dir = real.getParent();
        String name = String.valueOf(real.getFileName());
        deleteStaleTemps(dir, name);
        // Beside the real file: a rename across file systems would be a copy, and not atomic.
        Path temp = dir.resolve("." + name + "." + UUID.randomUUID().toString().substring(0, 8) + TEMP_SUFFIX);
        boolean renamed = false;
        try {
            Files.createFile(temp); // not createTempFile: that makes the file owner-only, and the rename would keep it
            copyPermissions(real, temp);
            hook.reached(Step.TEMP_CREATED);
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(data);
                int half = data.length / 2;
                buf.limit(half);
                writeFully(ch, buf);
                hook.reached(Step.HALF_WRITTEN);
                buf.limit(data.length);
                writeFully(ch, buf);
                hook.reached(Step.WRITTEN);
                ch.force(true); // the data must be on disk before the rename makes it the target
                hook.reached(Step.FORCED);
            }
            try {
                Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, real, StandardCopyOption.REPLACE_EXISTING); // rare file systems; best we can do
            }
            renamed = true;
            forceDirectory(dir); // make the rename itself durable
            hook.reached(Step.RENAMED);
        } catch (IOException e) {
            // Java names the temporary file in its messages; the user knows only their own file.
            String reason = IoReasons.of(e).replace(temp.toString(), name);
            if (e instanceof NoSuchFileException && !Files.isDirectory(dir)) {
                reason = "the folder " + dir + " does not exist";
            }
            throw new IOException(reason, e);
        } finally {
            if (!renamed) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // left for the next save's clean-up of stale temporary files
                }
            }
        }
    }

    /**
     * The file a write to {@code target} must replace: the target itself, or, where it is a symbolic link (or a
     * chain of them), the file the link points at, which need not exist yet. The folder is resolved to its real
     * path too, so the temporary file lands beside the file that is renamed over.
     */
    static Path resolve(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        for (int hops = 0; hops < MAX_LINKS; hops++) {
            Path parent = p.getParent().toRealPath();
            p = parent.resolve(p.getFileName());
            if (!Files.isSymbolicLink(p)) {
                if (Files.isDirectory(p)) {
                    throw new IOException(target.getFileName() + " is a folder");
                }
                return p;
            }
            p = parent.resolve(Files.readSymbolicLink(p)); // a relative link is relative to its own folder
        }
        throw new FileSystemLoopException(target.toString());
    }

    /**
     * Deletes the temporary files that earlier writes of {@code name} in {@code dir} left behind when their
     * process was killed: hidden, named after the file, and older than {@link #STALE_AFTER} (a live write's
     * temporary file is seconds old at most). Best effort: a file that cannot be deleted stays.
     */
    static void deleteStaleTemps(Path dir, String name) {
        deleteStaleTemps(dir, f -> f.equals(name));
    }

    /** As {@link #deleteStaleTemps(Path, String)}, for the temporary files of every file in {@code dir}. */
    public static void deleteStaleTemps(Path dir) {
        deleteStaleTemps(dir, f -> true);
    }

    private static void deleteStaleTemps(Path dir, java.util.function.Predicate<String> forFile) {
        long cutoff = System.currentTimeMillis() - STALE_AFTER.toMillis();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*" + TEMP_SUFFIX)) {
            for (Path p : entries) {
                Matcher m = TEMP_NAME.matcher(String.valueOf(p.getFileName()));
                if (!m.matches() || !forFile.test(m.group(1))) {
                    continue;
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile() && a.lastModifiedTime().toMillis() < cutoff) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException e) {
                    // gone already, or not ours to delete
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // an unreadable folder: the write that follows reports it, if it matters
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /** A replaced file keeps its permissions, as an editor's save would. */
    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from) && Files.getFileAttributeView(to, PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(from);
                Files.setPosixFilePermissions(to, perms);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not POSIX or not ours to read: the default permissions are acceptable.
        }
    }

    /** fsync of the folder, so the new directory entry survives a power cut; not possible everywhere. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open folders as channels; its rename is durable enough for our purpose.
        }
    }
}
