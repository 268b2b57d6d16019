package org.tokenscope.host.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A hand-made Llama-style tokenizer.json (Metaspace {@code ▁}, byte fallback, Strip decoder) so that the
 * non-byte-level paths are checked without a real model's file.
 */
class SentencePieceStyleTest {
    private static final int BYTE_E2 = 2 + 0xE2; // <0x00> is id 2
    private static final int SPACE_HI = 262;

    private static Path resource() throws URISyntaxException {
        return Path.of(SentencePieceStyleTest.class.getResource("/tokenize/sentencepiece-mini.json").toURI());
    }

    @Test
    void metaspaceAndByteFallback() throws URISyntaxException {
        try (HfTokenizer t = HfTokenizer.load(resource())) {
            assertEquals("sentencepiece-mini", t.name());
            assertEquals(264, t.vocabSize());
            String text = "hi é€ hi";
            Encoding e = t.encode(text);
            assertArrayEquals(new int[] {SPACE_HI, 258, 263, BYTE_E2, 2 + 0x82, 2 + 0xAC, SPACE_HI}, e.ids());
            EncodingAssertions.assertSpansCover(e, text);
            assertEquals(text, t.decode(e.ids())); // the file's decoder strips the prepended space

            assertEquals("␣hi", t.displayText(SPACE_HI));
            assertArrayEquals(new byte[] {(byte) 0xE2}, t.tokenBytes(BYTE_E2));
            assertEquals("<0xE2>", t.displayText(BYTE_E2));
            assertEquals("\uFFFD", t.tokenText(BYTE_E2));
            assertTrue(t.isSpecial(1));
            assertEquals("<s>", t.displayText(1));
        }
    }
}
