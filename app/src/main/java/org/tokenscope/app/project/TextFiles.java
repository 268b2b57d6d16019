package org.tokenscope.app.project;

import java.nio.file.Path;
import org.tokenscope.host.io.BoundedFiles;
import org.tokenscope.host.io.UnusableFileException;

/**
 * Decoding of files users hand us: strict UTF-8, so a wrong encoding is reported instead of garbled. The rule
 * itself (UTF-8 byte-order mark skipped, UTF-16/32 refused, a bad byte named by its line) is
 * {@link BoundedFiles#decodeUtf8}, shared with the engine's corpus readers.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /** The text of {@code bytes}; a leading UTF-8 byte-order mark is dropped. */
    public static String strictUtf8(byte[] bytes, String name) {
        try {
            return BoundedFiles.decodeUtf8(bytes, name);
        } catch (UnusableFileException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }

    /**
     * The bytes of a regular file of at most {@code limit} bytes ({@link BoundedFiles} names the limits);
     * a {@link ProjectException} saying why when it is missing, a folder, a device or pipe, too large or unreadable.
     *
     * @param what what the file is, for messages ("prompt file", "text file")
     */
    public static byte[] readBytes(Path file, String what, long limit) {
        try {
            return BoundedFiles.readBytes(file, what, limit);
        } catch (UnusableFileException e) {
            throw new ProjectException(e.getMessage(), e);
        }
    }

    /** {@link #readBytes} then {@link #strictUtf8}. */
    public static String readUtf8(Path file, String what, long limit) {
        return strictUtf8(readBytes(file, what, limit), file.toString());
    }
}
