package org.tokenscope.host.tokenize;

/**
 * Code point spans for byte-level tokens: a token covers every code point whose UTF-8 bytes it touches, so
 * the tokens that split one character all share that character's span.
 */
final class Utf8Spans {
    private Utf8Spans() {}

    /**
     * Spans for tokens whose byte lengths, laid end to end, spell the UTF-8 of {@code text} (as
     * {@link String#getBytes} writes it: a lone surrogate is one byte). Tokens running past the text are
     * clamped to its end rather than failing, because a span is display information only.
     */
    static Encoding encoding(String text, int[] ids, int[] tokenByteLengths) {
        int[] codePointOfByte = codePointOfByte(text);
        int totalBytes = codePointOfByte.length - 1;
        int[] starts = new int[ids.length];
        int[] ends = new int[ids.length];
        int byteStart = 0;
        for (int i = 0; i < ids.length; i++) {
            int from = Math.min(byteStart, totalBytes);
            int to = Math.min(byteStart + tokenByteLengths[i], totalBytes);
            starts[i] = codePointOfByte[from];
            ends[i] = to > from ? codePointOfByte[to - 1] + 1 : starts[i];
            byteStart += tokenByteLengths[i];
        }
        return new Encoding(ids, starts, ends);
    }

    /** For each UTF-8 byte offset of {@code text}, the index of the code point it belongs to; one extra entry for the end. */
    private static int[] codePointOfByte(String text) {
        int byteCount = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byteCount += utf8Length(cp);
            i += Character.charCount(cp);
        }
        int[] map = new int[byteCount + 1];
        int at = 0;
        int cpIndex = 0;
        for (int i = 0; i < text.length(); cpIndex++) {
            int cp = text.codePointAt(i);
            for (int k = utf8Length(cp); k > 0; k--) {
                map[at++] = cpIndex;
            }
            i += Character.charCount(cp);
        }
        map[at] = cpIndex;
        return map;
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80 || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
            return 1; // String.getBytes writes a lone surrogate as a single '?'
        }
        return cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
}
