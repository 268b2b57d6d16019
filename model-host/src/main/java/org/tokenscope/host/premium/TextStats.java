package org.tokenscope.host.premium;

import java.nio.charset.StandardCharsets;

/** Sizes of the text that was tokenized: UTF-8 bytes, code points and whitespace-separated words. */
record TextStats(long bytes, long chars, long words) {

    static TextStats of(Iterable<String> texts) {
        long bytes = 0;
        long chars = 0;
        long words = 0;
        for (String text : texts) {
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
            chars += text.codePointCount(0, text.length());
            words += words(text);
        }
        return new TextStats(bytes, chars, words);
    }

    /**
     * Maximal runs of non-space code points, as Python's {@code str.split()} counts them: Unicode space
     * separators (no-break spaces included) and other whitespace both separate words.
     */
    static long words(String text) {
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
            i += Character.charCount(cp);
        }
        return words;
    }
}
