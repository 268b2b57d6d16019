package org.tokenscope.host.sae;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.tokenscope.host.io.BoundedFiles;
import org.tokenscope.host.io.UnusableFileException;

/**
 * The SAE side's reading of user files, through the shared rules of {@link BoundedFiles}: regular files only (never
 * a device or pipe such as /dev/zero), a size limit named in the message, text strictly UTF-8 (a UTF-16/32
 * byte-order mark or an invalid byte refused with its line). Refusals become {@link SaeException}s with the same
 * one-line message, so the CLI and the SAE panel show them as they show every SAE error.
 */
public final class SaeFiles {
    /** A training or statistics corpus (after decompression, for {@code .gz}). */
    public static final long CORPUS_LIMIT = BoundedFiles.CORPUS_FILE_LIMIT;
    /** {@code sae encode --input}: a JSON array of vectors. */
    public static final long VECTORS_LIMIT = 64L << 20;

    private SaeFiles() {
    }

    /** The bytes of a regular file of at most {@code limit} bytes. */
    public static byte[] readBytes(Path file, String what, long limit) {
        try {
            return BoundedFiles.readBytes(file, what, limit);
        } catch (UnusableFileException e) {
            throw new SaeException(e.getMessage(), e);
        }
    }

    /** The text of a UTF-8 file of at most {@code limit} bytes (a UTF-8 byte-order mark skipped). */
    public static String readUtf8(Path file, String what, long limit) {
        return decodeUtf8(readBytes(file, what, limit), file.toString());
    }

    /** UTF-8 bytes as text under {@link BoundedFiles#decodeUtf8}'s rule. */
    public static String decodeUtf8(byte[] bytes, String name) {
        try {
            return BoundedFiles.decodeUtf8(bytes, name);
        } catch (UnusableFileException e) {
            throw new SaeException(e.getMessage(), e);
        }
    }

    /**
     * The text of a corpus file, decompressed when its name ends in {@code .gz}; the limit applies to the file and,
     * for {@code .gz}, to the decompressed text as well (a small archive can expand without end).
     */
    public static String readCorpus(Path file, long limit) {
        byte[] bytes = readBytes(file, "corpus file", limit);
        if (file.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            } catch (IOException e) {
                throw new SaeException("cannot decompress the corpus " + file + ": " + BoundedFiles.reason(e), e);
            }
            if (bytes.length > limit) {
                throw new SaeException(file + " decompresses to more than " + BoundedFiles.size(limit)
                        + "; corpus files over " + BoundedFiles.size(limit) + " are refused");
            }
        }
        return decodeUtf8(bytes, file.toString());
    }
}
