package org.tokenscope.host.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

/** Corpora and lexicons that are endless, huge or in another encoding: one line each, at once. */
class HostileCorpusTest {
    @TempDir Path dir;

    @Test
    void devZeroAsACorpusIsADeviceNotAMissingFile() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertEquals("/dev/zero is not a regular file (a device or a pipe): give a corpus file",
                refusal(CorpusException.class, () -> ParallelCorpus.open("/dev/zero")));
        assertEquals("/dev/zero is not a folder: give flores:DIR a FLORES-200 folder",
                refusal(CorpusException.class, () -> ParallelCorpus.open("flores:/dev/zero")));
    }

    @Test
    void aHugeCorpusSaysHowLargeIsTooLarge() throws IOException {
        Path big = dir.resolve("big.tsv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength((5L << 30) + (600L << 20)); // 5.6 GiB, sparse
        }
        assertEquals(big + " is 5.6 GiB; corpus files over 512 MiB are refused",
                refusal(CorpusException.class, () -> ParallelCorpus.file(big)));
    }

    @Test
    void utf16CorpusIsNamedAsSuch() throws IOException {
        Path utf16 = dir.resolve("utf16.tsv");
        Files.write(utf16, "\ufeffeng_Latn\t1\thello\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(utf16 + " is not UTF-8 (it looks like UTF-16: it starts with a byte-order mark); save it as UTF-8",
                refusal(CorpusException.class, () -> ParallelCorpus.file(utf16)));
    }

    @Test
    void invalidUtf8IsNamedByItsLineAndAUtf8MarkIsSkipped() throws IOException {
        Path bad = dir.resolve("bad.tsv");
        byte[] ok = "eng_Latn\t1\ta\neng_Latn\t2\tb\n".getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "eng_Latn\t3\tcaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[ok.length + latin1.length];
        System.arraycopy(ok, 0, all, 0, ok.length);
        System.arraycopy(latin1, 0, all, ok.length, latin1.length);
        Files.write(bad, all);
        assertEquals(bad + " is not valid UTF-8 at line 3: save it as UTF-8",
                refusal(CorpusException.class, () -> ParallelCorpus.file(bad)));
        Path bom = dir.resolve("bom.tsv");
        Files.write(bom, "\ufeffeng_Latn\t1\ta\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("eng_Latn", ParallelCorpus.file(bom).codes().get(0));
    }

    @Test
    void aJsonlLineOverTheJsonReadersLimitSaysSo() throws IOException {
        Path big = dir.resolve("big.jsonl");
        Files.writeString(big, "{\"lang\": \"eng_Latn\", \"id\": \"1\", \"text\": \"" + "a".repeat(20_000_001) + "\"}\n");
        String m = refusal(CorpusException.class, () -> ParallelCorpus.file(big));
        assertTrue(m.startsWith(big + " line 1: it exceeds the size limit of the JSON reader"), m);
    }

    @Test
    void lexiconsAreBoundedToo() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertEquals("/dev/zero is not a regular file (a device or a pipe): give a lexicon file",
                refusal(PremiumException.class, () -> Lexicon.load(Path.of("/dev/zero"), Locale.ROOT)));
        Path utf16 = dir.resolve("words.txt");
        Files.write(utf16, "\ufeffwalk\n".getBytes(StandardCharsets.UTF_16BE));
        assertTrue(refusal(PremiumException.class, () -> Lexicon.load(utf16, Locale.ROOT)).contains("it looks like UTF-16"));
    }

    private static String refusal(Class<? extends RuntimeException> type, Executable read) {
        String m = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(type, read).getMessage());
        assertEquals(1, m.lines().count(), m);
        return m;
    }
}
