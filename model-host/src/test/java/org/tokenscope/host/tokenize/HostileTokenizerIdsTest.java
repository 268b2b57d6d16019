package org.tokenscope.host.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tokenizer.json whose ids are absurd must be refused naming the file and the id, not allocate an array as
 * large as the id (OutOfMemoryError) or silently truncate it.
 */
class HostileTokenizerIdsTest {
    @TempDir Path dir;

    private Path tokenizer(String vocab, String added) throws IOException {
        return Files.writeString(dir.resolve("hostile.json"), "{\"model\": {\"type\": \"WordLevel\", \"unk_token\": \"a\", "
                + "\"vocab\": " + vocab + "}, \"added_tokens\": " + added + "}");
    }

    private String refusal(Path file) {
        TokenizerException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(TokenizerException.class, () -> TokenizerJson.read(file)));
        String m = e.getMessage();
        assertTrue(m.contains(file.toString()), m);
        assertEquals(1, m.lines().count(), m);
        return m;
    }

    @Test
    void anAddedTokenTwoBillionIdsAwayIsRefused() throws IOException {
        Path file = tokenizer("{\"a\": 0, \"b\": 1}",
                "[{\"id\": 2000000000, \"content\": \"<huge>\", \"special\": true}]");
        String m = refusal(file);
        assertTrue(m.contains("'<huge>' has id 2000000000; ids above 16777215 are refused"), m);
    }

    @Test
    void anIdBeyondIntRangeIsNotTruncated() throws IOException {
        String m = refusal(tokenizer("{\"a\": 0, \"b\": 99999999999}", "[]"));
        assertTrue(m.contains("vocabulary token 'b' has id 99999999999"), m);
        String beyondLong = refusal(tokenizer("{\"a\": 0, \"b\": 123456789012345678901234567890}", "[]"));
        assertTrue(beyondLong.contains("has id 123456789012345678901234567890"), beyondLong);
    }

    @Test
    void negativeFractionalAndNonNumericIdsAreRefused() throws IOException {
        assertTrue(refusal(tokenizer("{\"a\": 0, \"b\": -1}", "[]")).contains("'b' has id -1; ids must not be negative"));
        assertTrue(refusal(tokenizer("{\"a\": 0, \"b\": 1.5}", "[]")).contains("'b' has id 1.5, not a whole number"));
        assertTrue(refusal(tokenizer("{\"a\": 0, \"b\": \"7\"}", "[]")).contains("'b' has id \"7\", not a whole number"));
        assertTrue(refusal(tokenizer("{\"a\": 0}", "[{\"id\": -5, \"content\": \"<x>\"}]"))
                .contains("added token '<x>' has id -5"));
    }

    @Test
    void anIdFarBeyondTheEntriesIsRefusedEvenUnderTheCap() throws IOException {
        String m = refusal(tokenizer("{\"a\": 0, \"b\": 1}", "[{\"id\": 5000000, \"content\": \"<far>\"}]"));
        assertTrue(m.contains("token '<far>' has id 5000000, far beyond the 3 entries"), m);
    }

    @Test
    void modestGapsAreStillAccepted() throws IOException {
        TokenizerJson json = TokenizerJson.read(tokenizer("{\"a\": 0, \"b\": 1}", "[{\"id\": 1000, \"content\": \"<pad>\", \"special\": true}]"));
        assertEquals(1001, json.vocabSize);
        assertTrue(json.special[1000]);
    }

    @Test
    void devicesAndHugeFilesAreRefusedBeforeParsing() throws IOException {
        if (Files.exists(Path.of("/dev/zero"))) {
            assertTrue(refusal(Path.of("/dev/zero")).contains("is not a regular file (a device or a pipe)"));
        }
        Path big = dir.resolve("big-tokenizer.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 30);
        }
        assertTrue(refusal(big).endsWith("is 3 GiB; tokenizer files over 256 MiB are refused"));
    }
}
