package org.tokenscope.host.tokenize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SimpleTokenizersTest {
    private final ByteTokenizer bytes = new ByteTokenizer();
    private final CodePointTokenizer codePoints = new CodePointTokenizer();

    @Test
    void helloWorldIsElevenOfEach() {
        assertEquals(11, bytes.countTokens("Hello world"));
        assertEquals(11, codePoints.countTokens("Hello world"));
        assertArrayEquals(new int[] {72, 101}, java.util.Arrays.copyOf(bytes.encodeIds("Hello world"), 2));
    }

    @Test
    void byteSpansShareTheCharacterTheySplit() {
        Encoding e = bytes.encode("a€😀");
        assertArrayEquals(new int[] {0x61, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80}, e.ids());
        assertArrayEquals(new int[] {0, 1, 1, 1, 2, 2, 2, 2}, e.starts());
        assertArrayEquals(new int[] {1, 2, 2, 2, 3, 3, 3, 3}, e.ends());
        assertEquals("a€😀", bytes.decode(e.ids()));
    }

    @Test
    void bytesShowPartialCharacters() {
        assertEquals("<0xE2>", bytes.displayText(0xE2));
        assertEquals("\uFFFD", bytes.tokenText(0xE2));
        assertEquals("␣", bytes.displayText(' '));
        assertEquals(256, bytes.vocabSize());
        assertEquals(OptionalInt.of(0xE2), bytes.tokenId("<0xE2>"));
        assertEquals(OptionalInt.of('a'), bytes.tokenId("a"));
        assertThrows(IllegalArgumentException.class, () -> bytes.tokenBytes(256));
    }

    @Test
    void codePointIdsAreTheCodePoints() {
        Encoding e = codePoints.encode("é😀!");
        assertArrayEquals(new int[] {0xE9, 0x1F600, '!'}, e.ids());
        assertArrayEquals(new int[] {0, 1, 2}, e.starts());
        assertArrayEquals(new int[] {1, 2, 3}, e.ends());
        assertEquals("é😀!", codePoints.decode(e.ids()));
        assertEquals(0x110000, codePoints.vocabSize());
        assertEquals("codepoints", codePoints.name());
        assertEquals(OptionalInt.of(0x1F600), codePoints.tokenId("😀"));
        assertEquals("\uFFFD", codePoints.tokenText(0xD800));
        assertThrows(IllegalArgumentException.class, () -> codePoints.decode(new int[] {0x110000}));
    }
}
