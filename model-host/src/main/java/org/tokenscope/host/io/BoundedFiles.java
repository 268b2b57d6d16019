package org.tokenscope.host.io;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reading files users hand us without trusting them: only regular files (never a device or a pipe, which
 * may never end), only up to a size limit (the limits of every kind of file are here, in one place), and
 * text only as UTF-8 under one rule, {@link #decodeUtf8}. Every refusal is an {@link UnusableFileException}
 * with a one-line message naming the file; {@link #reason} turns any {@link IOException} into a few words.
 */
public final class BoundedFiles {
    private static final long MIB = 1L << 20;

    /** {@code --prompt-file} and File › Open Prompts…. */
    public static final long PROMPT_FILE_LIMIT = 64 * MIB;
    /** {@code score --text-file} and texts opened for scoring. */
    public static final long TEXT_FILE_LIMIT = 64 * MIB;
    /** Projects ({@code *.tokenscope.json}). */
    public static final long PROJECT_FILE_LIMIT = 64 * MIB;
    /** One file of a parallel corpus (a TSV/JSONL corpus, one FLORES language file) or a training corpus. */
    public static final long CORPUS_FILE_LIMIT = 512 * MIB;
    /** A {@code tokenizer.json} (the largest public ones are about 35 MB). */
    public static final long TOKENIZER_FILE_LIMIT = 256 * MIB;
    /** A Hunspell {@code .dic} / {@code .aff} or a word list. */
    public static final long LEXICON_FILE_LIMIT = 256 * MIB;

    /** No array can be larger; limits above this cannot be honoured in one byte array. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

    private BoundedFiles() {
    }

    /**
     * Checks that {@code file} is a regular file of at most {@code limit} bytes and returns its size.
     *
     * @param what what the file is, for messages: {@code "prompt file"}, {@code "corpus file"} ...
     * @throws UnusableFileException when it is missing, a folder, a device or pipe, unreadable or too large
     */
    public static long requireRegularFile(Path file, String what, long limit) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new UnusableFileException(what + " not found: " + file.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new UnusableFileException("cannot read " + file + ": " + reason(e), e);
        }
        if (attributes.isDirectory()) {
            throw new UnusableFileException(file + " is a folder, not a regular file: give " + article(what) + " " + what);
        }
        if (!attributes.isRegularFile()) {
            throw new UnusableFileException(file + " is not a regular file (a device or a pipe): give " + article(what) + " "
                    + what);
        }
        if (attributes.size() > limit) {
            throw new UnusableFileException(tooLarge(file, what, size(attributes.size()), limit));
        }
        return attributes.size();
    }

    /**
     * The bytes of a regular file of at most {@code limit} bytes; a file that grows past the limit while being
     * read is refused too, and a file whose size the system reports as 0 (such as {@code /proc} files) is read
     * up to the limit.
     *
     * @throws UnusableFileException as {@link #requireRegularFile}, or when reading fails
     */
    public static byte[] readBytes(Path file, String what, long limit) {
        if (limit > MAX_ARRAY) {
            throw new IllegalArgumentException("limit " + limit + " is larger than an array can be");
        }
        long size = requireRegularFile(file, what, limit);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = new byte[(int) size];
            int n = in.readNBytes(bytes, 0, bytes.length);
            if (n < bytes.length) {
                return Arrays.copyOf(bytes, n); // it shrank meanwhile
            }
            byte[] rest = in.readNBytes((int) (limit - size + 1)); // it grew meanwhile, or reports no size
            if (rest.length == 0) {
                return bytes;
            }
            if (size + rest.length > limit) {
                throw new UnusableFileException(tooLarge(file, what, "larger than " + size(limit), limit));
            }
            byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
            System.arraycopy(rest, 0, all, bytes.length, rest.length);
            return all;
        } catch (IOException e) {
            throw new UnusableFileException("cannot read " + file + ": " + reason(e), e);
        }
    }

    /** {@link #readBytes} then {@link #decodeUtf8}: the text of a UTF-8 file, a leading byte-order mark dropped. */
    public static String readUtf8(Path file, String what, long limit) {
        return decodeUtf8(readBytes(file, what, limit), file.toString());
    }

    /**
     * The one rule for text files: UTF-8, strictly. A UTF-8 byte-order mark is skipped; a UTF-16 or UTF-32
     * byte-order mark is refused ("X is not UTF-8 (it looks like UTF-16: it starts with a byte-order mark);
     * save it as UTF-8"); a malformed byte is refused with its line number ("X is not valid UTF-8 at line
     * 12: save it as UTF-8"), never replaced, since a replaced byte silently changes what is counted.
     *
     * @param name the file as messages name it
     * @throws UnusableFileException when the bytes are not UTF-8
     */
    public static String decodeUtf8(byte[] bytes, String name) {
        String other = utf16Or32(bytes);
        if (other != null) {
            throw new UnusableFileException(name + " is not UTF-8 (it looks like " + other
                    + ": it starts with a byte-order mark); save it as UTF-8");
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new UnusableFileException(name + " is not valid UTF-8 at line " + lineAt(bytes, start, in.position())
                    + ": save it as UTF-8");
        }
        return out.flip().toString();
    }

    /**
     * A few words saying why an I/O operation failed, for "cannot read X: <reason>": "permission denied",
     * "not found", "it is a folder", the system's reason, or the first line of the message; never just the path.
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        if (e instanceof FileSystemLoopException) {
            return "the symbolic links form a loop";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof StreamConstraintsException) {
            return "it exceeds the size limit of the JSON reader (" + constraint(e.getMessage()) + ")";
        }
        String message = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (message == null || message.isBlank()) {
            return e instanceof FileSystemException ? "the file system refused (" + e.getClass().getSimpleName() + ")"
                    : e.getClass().getSimpleName();
        }
        message = message.lines().findFirst().orElse("").strip();
        if (message.equalsIgnoreCase("Is a directory")) {
            return "it is a folder";
        }
        if (message.equalsIgnoreCase("Permission denied")) {
            return "permission denied";
        }
        // "No space left on device" reads as a clause after a colon; acronyms ("I/O") stay as they are
        if (message.length() > 1 && Character.isUpperCase(message.charAt(0)) && Character.isLowerCase(message.charAt(1))) {
            return Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        return message;
    }

    /** A byte count as people read it: {@code 512 bytes}, {@code 64 MiB}, {@code 5.6 GiB}. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return value == Math.rint(value) ? (long) value + " " + units[unit]
                : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static String tooLarge(Path file, String what, String size, long limit) {
        return file + " is " + size + "; " + what + "s over " + size(limit) + " are refused";
    }

    /** "UTF-16" or "UTF-32" when the bytes start with that encoding's byte-order mark, else null. */
    private static String utf16Or32(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return "UTF-32";
        }
        if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
            return "UTF-16";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** 1-based line of byte {@code at}, counting from {@code start}. */
    private static int lineAt(byte[] bytes, int start, int at) {
        int line = 1;
        for (int i = start; i < at && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Jackson's constraint message without its pointer into the API. */
    private static String constraint(String message) {
        String m = message == null ? "" : message.lines().findFirst().orElse("").strip();
        int from = m.indexOf(", from `");
        return from < 0 ? m : m.substring(0, from) + ")";
    }

    private static String article(String what) {
        return what.isEmpty() || "aeiou".indexOf(Character.toLowerCase(what.charAt(0))) < 0 ? "a" : "an";
    }
}
