package org.tokenscope.host.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The GPT-2 tokenizer of the tiny ONNX test model: GPT-2's 50257 ids plus 38 added whitespace tokens. */
class HfTokenizerTest {
    static final String GPT2 = "onnx-decoders/tiny-random-gpt2-legacy-past/tokenizer.json";

    private static HfTokenizer gpt2;

    @BeforeAll
    static void load() {
        gpt2 = HfTokenizer.load(SharedData.fixture(GPT2));
    }

    @AfterAll
    static void close() {
        if (gpt2 != null) {
            gpt2.close();
        }
    }

    @Test
    void namedAfterTheFolderAndSizedByAddedTokens() {
        assertEquals("tiny-random-gpt2-legacy-past", gpt2.name());
        assertEquals(50295, gpt2.vocabSize());
    }

    @Test
    void helloWorldMatchesR50k() {
        assertArrayEquals(new int[] {15496, 995}, gpt2.encodeIds("Hello world"));
        assertArrayEquals(TokenizerCatalog.byName("r50k", null).encodeIds("Hello world"), gpt2.encodeIds("Hello world"));
    }

    @Test
    void roundTrips() {
        for (String text : new String[] {"It is a truth universally acknowledged.", "naïve café — 😀"}) {
            assertEquals(text, gpt2.decode(gpt2.encodeIds(text)));
        }
    }

    @Test
    void spansAreCodePoints() {
        String text = "naïve café — 😀";
        Encoding e = gpt2.encode(text);
        EncodingAssertions.assertSpansCover(e, text);
        assertEquals(14, e.ends()[e.size() - 1]); // 15 UTF-16 chars
        // GPT-2 splits the emoji into " \xF0\x9F\x98" and "\x80"; the second covers just the emoji.
        int last = e.size() - 1;
        assertEquals(13, e.starts()[last]);
        assertEquals(14, e.ends()[last]);
    }

    @Test
    void longTextIsNotTruncated() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append("word").append(i % 10).append(' ');
        }
        int count = gpt2.countTokens(text.toString());
        assertTrue(count > 512, "got " + count + " tokens: DJL truncated");
        assertEquals(text.toString(), gpt2.decode(gpt2.encodeIds(text.toString())));
    }

    @Test
    void byteLevelTokensShowTheirBytes() {
        assertEquals("␣", gpt2.displayText(220));
        assertEquals("␣world", gpt2.displayText(995));
        assertArrayEquals(new byte[] {(byte) 0x80}, gpt2.tokenBytes(222));
        assertEquals("\uFFFD", gpt2.tokenText(222));
        assertEquals("<0x80>", gpt2.displayText(222));
        assertEquals("😀", gpt2.decode(new int[] {47249, 222}));
        assertEquals(OptionalInt.of(995), gpt2.tokenId("Ġworld"));
    }

    @Test
    void addedTokens() {
        assertTrue(gpt2.isSpecial(50256));
        assertEquals("<|endoftext|>", gpt2.tokenText(50256));
        assertEquals("<|endoftext|>", gpt2.displayText(50256));
        assertEquals(OptionalInt.of(50256), gpt2.tokenId("<|endoftext|>"));
        assertFalse(gpt2.isSpecial(50286)); // two spaces, added but not special
        assertEquals("␣␣", gpt2.displayText(50286));
        assertEquals("⇥⇥", gpt2.displayText(50294));
        assertEquals("x  y", gpt2.decode(gpt2.encodeIds("x  y")));
    }

    @Test
    void fileStemNamesOtherFiles() {
        assertEquals("gpt2", HfTokenizer.defaultName(Path.of("/models/gpt2.json")));
        assertEquals("llama", HfTokenizer.defaultName(Path.of("/models/llama/tokenizer.json")));
    }
}
