package org.tokenscope.host.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files: endless devices, huge sparse files, other encodings; every refusal is one line naming the file. */
class BoundedFilesTest {
    @TempDir Path dir;

    @Test
    void anEndlessDeviceIsRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero");
        String m = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(() ->
                BoundedFiles.readUtf8(zero, "prompt file", BoundedFiles.PROMPT_FILE_LIMIT)));
        assertEquals("/dev/zero is not a regular file (a device or a pipe): give a prompt file", m);
    }

    @Test
    void aHugeSparseFileIsRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(6L << 30); // 6 GiB of holes, no disk used
        }
        String m = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(() ->
                BoundedFiles.readUtf8(big, "text file", BoundedFiles.TEXT_FILE_LIMIT)));
        assertEquals(big + " is 6 GiB; text files over 64 MiB are refused", m);
    }

    @Test
    void aFileJustOverTheLimitIsRefusedAndOneAtTheLimitIsRead() throws IOException {
        Path at = dir.resolve("at.txt");
        Files.write(at, new byte[100]);
        assertEquals(100, BoundedFiles.readBytes(at, "text file", 100).length);
        assertEquals(at + " is 100 bytes; text files over 99 bytes are refused",
                refusal(() -> BoundedFiles.readBytes(at, "text file", 99)));
    }

    @Test
    void missingFilesAndFoldersSaySo() {
        Path missing = dir.resolve("missing.txt");
        assertEquals("corpus file not found: " + missing.toAbsolutePath(),
                refusal(() -> BoundedFiles.readUtf8(missing, "corpus file", BoundedFiles.CORPUS_FILE_LIMIT)));
        assertEquals(dir + " is a folder, not a regular file: give a corpus file",
                refusal(() -> BoundedFiles.readUtf8(dir, "corpus file", BoundedFiles.CORPUS_FILE_LIMIT)));
    }

    @Test
    void utf16And32AreRefusedByTheirByteOrderMark() {
        assertEquals("x.txt is not UTF-8 (it looks like UTF-16: it starts with a byte-order mark); save it as UTF-8",
                refusal(() -> BoundedFiles.decodeUtf8("\ufeffhello".getBytes(StandardCharsets.UTF_16LE), "x.txt")));
        assertTrue(refusal(() -> BoundedFiles.decodeUtf8("\ufeffhello".getBytes(StandardCharsets.UTF_16BE), "x.txt"))
                .contains("it looks like UTF-16"));
        assertTrue(refusal(() -> BoundedFiles.decodeUtf8(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 'a', 0, 0, 0}, "x.txt"))
                .contains("it looks like UTF-32"));
        assertTrue(refusal(() -> BoundedFiles.decodeUtf8(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 0, 0, 0, 'a'}, "x.txt"))
                .contains("it looks like UTF-32"));
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() {
        assertEquals("héllo", BoundedFiles.decodeUtf8("\ufeffhéllo".getBytes(StandardCharsets.UTF_8), "x.txt"));
        assertEquals("", BoundedFiles.decodeUtf8(new byte[0], "x.txt"));
    }

    @Test
    void invalidUtf8IsNamedByItsLine() {
        byte[] latin1 = "one\ntwo\r\nthree caf\u00e9\nfour\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("x.txt is not valid UTF-8 at line 3: save it as UTF-8", refusal(() -> BoundedFiles.decodeUtf8(latin1, "x.txt")));
        byte[] truncated = {'a', '\n', (byte) 0xE2, (byte) 0x82}; // a multi-byte sequence cut off at the end
        assertEquals("x.txt is not valid UTF-8 at line 2: save it as UTF-8", refusal(() -> BoundedFiles.decodeUtf8(truncated, "x.txt")));
        byte[] bomThenBad = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n', (byte) 0xC3, (byte) 0x28};
        assertEquals("x.txt is not valid UTF-8 at line 2: save it as UTF-8", refusal(() -> BoundedFiles.decodeUtf8(bomThenBad, "x.txt")));
    }

    @Test
    void reasonsAreWordsNotPaths() {
        assertEquals("permission denied", BoundedFiles.reason(new AccessDeniedException("/a/b")));
        assertEquals("not found", BoundedFiles.reason(new NoSuchFileException("/a/b")));
        assertEquals("it is a folder", BoundedFiles.reason(new IOException("Is a directory")));
        assertEquals("it is a folder", BoundedFiles.reason(new FileSystemException("/a/b", null, "Is a directory")));
        assertEquals("no space left on device", BoundedFiles.reason(new FileSystemException("/a/b", null, "No space left on device")));
        assertTrue(!BoundedFiles.reason(new FileSystemException("/a/b")).contains("/a/b"));
        assertEquals("IOException", BoundedFiles.reason(new IOException()));
    }

    @Test
    void aJsonStringOverTheReadersLimitSaysSo() {
        String huge = "{\"prompt\": \"" + "a".repeat(20_000_001) + "\"}";
        StreamConstraintsException e = assertThrows(StreamConstraintsException.class, () -> new ObjectMapper().readTree(huge));
        String reason = BoundedFiles.reason(e);
        assertTrue(reason.startsWith("it exceeds the size limit of the JSON reader (String value length"), reason);
        assertTrue(!reason.contains("StreamReadConstraints"), reason);
    }

    @Test
    void sizesReadAsPeopleReadThem() {
        assertEquals("1 byte", BoundedFiles.size(1));
        assertEquals("1023 bytes", BoundedFiles.size(1023));
        assertEquals("64 MiB", BoundedFiles.size(64L << 20));
        assertEquals("5.6 GiB", BoundedFiles.size((long) (5.6 * (1L << 30))));
    }

    private static String refusal(org.junit.jupiter.api.function.Executable read) {
        String m = assertThrows(UnusableFileException.class, read).getMessage();
        assertEquals(1, m.lines().count(), m);
        return m;
    }
}
