package org.tokenscope.app.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a project file looked like when this window last read or wrote it: size, modification time and a
 * SHA-256 of the content. Before a save the window compares it with the disk, so another window, a sync client
 * or a checkout that changed the file in the meantime is noticed rather than silently overwritten. A different size
 * is a change; otherwise the hash decides (a touch, or a checkout of the same content, is no change). The time is
 * kept for messages.
 *
 * @param sha256 null when the content is unknown (a recovered autosave whose file changed after it): any
 *               existing file then counts as changed
 */
public record FileStamp(long size, FileTime modified, String sha256) {
    /** Nothing known about the file: a save over it asks first. */
    public static final FileStamp UNKNOWN = new FileStamp(-1, FileTime.fromMillis(0), null);

    /** The stamp of {@code file} whose content is {@code bytes} (just read or just written). */
    public static FileStamp of(Path file, byte[] bytes) throws IOException {
        return new FileStamp(bytes.length, Files.getLastModifiedTime(file), sha256(bytes));
    }

    /** The stamp of {@code file} as it is on disk now. */
    public static FileStamp read(Path file) throws IOException {
        return of(file, Files.readAllBytes(file));
    }

    /**
     * True when {@code file} now holds something other than what this stamp recorded. A file that is gone is no
     * change: saving recreates it and overwrites nobody's work.
     */
    public boolean changedOnDisk(Path file) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        if (sha256 == null) {
            return true;
        }
        if (Files.size(file) != size) {
            return true;
        }
        // Same size: the content decides. Not the time alone: on coarse clocks (FAT, some network shares) two
        // saves within a second share it, and a checkout of the same content changes it.
        return !sha256.equals(sha256(Files.readAllBytes(file)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }
}
