package org.tokenscope.app.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.UUID;

/**
 * Replaces a file so that, whatever happens midway (a full disk, a crash, a power cut), the target holds
 * either its old content or the complete new content, never a mix: write a temporary file in the same
 * folder, force it to the disk, then rename it over the target (atomic within one file system).
 */
public final class AtomicFile {
    /** The points a write passes, in order; tests make a {@link StepHook} fail at each. */
    enum Step { TEMP_CREATED, HALF_WRITTEN, WRITTEN, FORCED, RENAMED }

    /** Called at each step; throwing simulates a failure there. */
    @FunctionalInterface
    interface StepHook {
        void reached(Step step) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code data} to {@code target} atomically, creating the file if needed. */
    public static void write(Path target, byte[] data) throws IOException {
        write(target, data, step -> { });
    }

    static void write(Path target, byte[] data, StepHook hook) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        // Same folder as the target: a rename across file systems would be a copy, and not atomic.
        Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        boolean renamed = false;
        try {
            Files.createFile(temp); // not createTempFile: that makes the file owner-only, and the rename would keep it
            copyPermissions(absolute, temp);
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
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING); // rare file systems; best we can do
            }
            renamed = true;
            forceDirectory(dir); // make the rename itself durable
            hook.reached(Step.RENAMED);
        } finally {
            if (!renamed) {
                Files.deleteIfExists(temp);
            }
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
