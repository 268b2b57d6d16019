package org.tokenscope.host.tokenize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadTokenizerFileTest {
    @TempDir
    Path dir;

    private static void assertOneLineNaming(TokenizerException e, String fileName) {
        assertTrue(e.getMessage().contains(fileName), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("absent-tokenizer.json");
        TokenizerException e = assertThrows(TokenizerException.class, () -> HfTokenizer.load(missing));
        assertOneLineNaming(e, "absent-tokenizer.json");
    }

    @Test
    void malformedJson() throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.json"), "{not json");
        TokenizerException e = assertThrows(TokenizerException.class, () -> HfTokenizer.load(bad));
        assertOneLineNaming(e, "broken.json");
    }

    @Test
    void jsonThatIsNotATokenizer() throws IOException {
        Path other = Files.writeString(dir.resolve("config.json"), "{\"model_type\": \"gpt2\"}");
        TokenizerException e = assertThrows(TokenizerException.class, () -> HfTokenizer.load(other));
        assertOneLineNaming(e, "config.json");
    }

    @Test
    void catalogReportsMissingPathsAsFileErrors() {
        String missing = dir.resolve("nope.json").toString();
        TokenizerException e = assertThrows(TokenizerException.class, () -> TokenizerCatalog.byName(missing, null));
        assertOneLineNaming(e, "nope.json");
    }
}
