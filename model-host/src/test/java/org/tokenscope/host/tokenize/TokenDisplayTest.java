package org.tokenscope.host.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TokenDisplayTest {

    private static String show(String text) {
        return TokenDisplay.visible(text.getBytes(StandardCharsets.UTF_8), null);
    }

    private static String show(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return TokenDisplay.visible(b, null);
    }

    @Test
    void whitespaceBecomesVisibleMarks() {
        assertEquals("␣the", show(" the"));
        assertEquals("↵", show("\n"));
        assertEquals("⏎↵", show("\r\n"));
        assertEquals("⇥x", show("\tx"));
    }

    @Test
    void partialUtf8BytesAreShownAsHex() {
        assertEquals("<0xE2>", show(0xE2));
        assertEquals("<0xE2><0x82>", show(0xE2, 0x82));
        assertEquals("<0x80>", show(0x80));
        assertEquals("a<0xF0><0x9F>", show('a', 0xF0, 0x9F));
    }

    @Test
    void completeSequencesDecode() {
        assertEquals("€", show(0xE2, 0x82, 0xAC));
        assertEquals("😀", show("😀"));
        assertEquals("naïve", show("naïve"));
    }

    @Test
    void invalidSequencesAreShownByteByByte() {
        assertEquals("<0xC0><0xAF>", show(0xC0, 0xAF)); // overlong '/'
        assertEquals("<0xED><0xA0><0x80>", show(0xED, 0xA0, 0x80)); // encoded surrogate
        assertEquals("<0xE2>x", show(0xE2, 'x'));
    }

    @Test
    void otherControlCharactersAreShownAsBytes() {
        assertEquals("<0x00>", show(0x00));
        assertEquals("<0x1B>[", show(0x1B, '['));
        assertEquals("<0x7F>", show(0x7F));
        assertEquals("<0xC2><0x85>", show("\u0085"));
    }

    @Test
    void neverEmpty() {
        assertEquals("∅", TokenDisplay.visible(new byte[0], null));
        assertEquals("∅", TokenDisplay.visible(null, null));
        assertEquals("∅", TokenDisplay.visible(new byte[0], ""));
    }

    @Test
    void specialTextIsShownAsIs() {
        assertEquals("<|endoftext|>", TokenDisplay.visible(new byte[] {1, 2}, "<|endoftext|>"));
    }
}
