package org.tokenscope.host.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TiktokenTokenizerTest {
    private static Tokenizer load(String name) {
        return TokenizerCatalog.byName(name, null);
    }

    @Test
    void helloWorldMatchesTiktoken() {
        assertArrayEquals(new int[] {15496, 995}, load("r50k").encodeIds("Hello world"));
        assertArrayEquals(new int[] {15496, 995}, load("p50k").encodeIds("Hello world"));
        assertArrayEquals(new int[] {9906, 1917}, load("cl100k").encodeIds("Hello world"));
        assertArrayEquals(new int[] {13225, 2375}, load("o200k").encodeIds("Hello world"));
    }

    @Test
    void spansAreCodePointsAndCoverTheText() {
        Tokenizer cl100k = load("cl100k");
        String text = "héllo wörld 😀";
        Encoding e = cl100k.encode(text);
        EncodingAssertions.assertSpansCover(e, text);
        assertEquals(13, e.ends()[e.size() - 1]); // 14 UTF-16 chars, 13 code points
        assertEquals(11, e.starts()[e.size() - 1]); // cl100k has one token for " 😀"
        assertEquals(text, cl100k.decode(e.ids()));
    }

    @Test
    void splitCharacterSharesItsSpanAndDecodesWhole() {
        Tokenizer r50k = load("r50k");
        Encoding e = r50k.encode("😀");
        assertArrayEquals(new int[] {47249, 222}, e.ids());
        assertArrayEquals(new int[] {0, 0}, e.starts());
        assertArrayEquals(new int[] {1, 1}, e.ends());
        assertEquals("😀", r50k.decode(e.ids()));
        assertEquals("\uFFFD", r50k.tokenText(222));
        assertEquals("<0x80>", r50k.displayText(222));
    }

    @Test
    void specialTokenTextIsOrdinaryText() {
        Tokenizer r50k = load("r50k");
        int[] ids = r50k.encodeIds("a<|endoftext|>b");
        assertTrue(ids.length > 3);
        assertFalse(Arrays.stream(ids).anyMatch(id -> id == 50256));
        assertEquals("a<|endoftext|>b", r50k.decode(ids));
    }

    @Test
    void vocabSizesEndAtTheLastSpecialToken() {
        int[][] sizeAndLastSpecial = {{50257, 50256}, {50281, 50256}, {100277, 100276}, {200019, 200018}};
        String[] names = {"r50k", "p50k", "cl100k", "o200k"};
        for (int i = 0; i < names.length; i++) {
            Tokenizer t = load(names[i]);
            assertEquals(sizeAndLastSpecial[i][0], t.vocabSize(), names[i]);
            assertTrue(t.tokenBytes(t.vocabSize() - 1).length > 0, names[i] + " last id has bytes");
            assertTrue(t.isSpecial(sizeAndLastSpecial[i][1]), names[i]);
            int outside = t.vocabSize();
            assertThrows(IllegalArgumentException.class, () -> t.tokenBytes(outside), names[i]);
        }
    }

    @Test
    void specialsAndGaps() {
        Tokenizer cl100k = load("cl100k");
        assertEquals("<|endoftext|>", cl100k.displayText(100257));
        assertEquals("<|endofprompt|>", cl100k.tokenText(100276));
        assertEquals(OptionalInt.of(100257), cl100k.tokenId("<|endoftext|>"));
        assertEquals(0, cl100k.tokenBytes(100256).length); // no token has this id
        assertEquals("∅", cl100k.displayText(100256));
        assertEquals(OptionalInt.of(279), cl100k.tokenId(" the"));
        assertEquals("␣the", cl100k.displayText(279));
        assertEquals(OptionalInt.empty(), cl100k.tokenId("Hello world"));
    }
}
