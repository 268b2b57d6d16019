package org.tokenscope.host.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenizerCatalogTest {

    @Test
    void everyBuiltInNameResolves() {
        assertEquals(List.of("r50k", "p50k", "cl100k", "o200k", "bytes", "codepoints", "chars"), TokenizerCatalog.names());
        for (String name : TokenizerCatalog.names()) {
            Tokenizer t = TokenizerCatalog.byName(name, null);
            assertEquals(name.equals("chars") ? "codepoints" : name, t.name());
            assertTrue(t.countTokens("Hello world") > 0, name);
        }
    }

    @Test
    void charsIsCodePoints() {
        assertInstanceOf(CodePointTokenizer.class, TokenizerCatalog.byName("chars", null));
        assertSame(TokenizerCatalog.byName("codepoints", null), TokenizerCatalog.byName("chars", null));
    }

    @Test
    void tiktokenVocabulariesAreShared() {
        assertSame(TokenizerCatalog.byName("cl100k", null), TokenizerCatalog.byName("cl100k", null));
    }

    @Test
    void unknownNameListsTheValidOnes() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> TokenizerCatalog.byName("gpt5", null));
        for (String name : List.of("gpt5", "r50k", "p50k", "cl100k", "o200k", "bytes", "codepoints", "chars", "model")) {
            assertTrue(e.getMessage().contains(name), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> TokenizerCatalog.byName("model", null));
    }

    @Test
    void pathsAndModelLoadTokenizerJson(@TempDir Path dir) throws IOException {
        Path fixture = SharedData.fixture(HfTokenizerTest.GPT2);
        try (HfTokenizer byPath = (HfTokenizer) TokenizerCatalog.byName(fixture.toString(), null);
                HfTokenizer model = (HfTokenizer) TokenizerCatalog.byName("model", fixture);
                HfTokenizer byStem = (HfTokenizer) TokenizerCatalog.byName(
                        Files.copy(fixture, dir.resolve("mygpt.json")).toString(), null)) {
            assertEquals("tiny-random-gpt2-legacy-past", byPath.name());
            assertEquals("tiny-random-gpt2-legacy-past", model.name());
            assertEquals("mygpt", byStem.name());
            assertEquals(2, byStem.countTokens("Hello world"));
        }
    }
}
