package org.tokenscope.host.premium;

import org.tokenscope.host.tokenize.Tokenizer;

/**
 * The string a token contributes to a word, for lexicon lookup: its text without the word-boundary
 * markers tokenizers attach ({@code Ġ} and {@code ▁} both decode to a leading space; WordPiece writes
 * {@code ##} for a continuation) and without surrounding whitespace.
 */
final class TokenSurface {
    private TokenSurface() {
    }

    /** Null when the token cannot be a word: a special token, a partial UTF-8 sequence, or only whitespace. */
    static String of(Tokenizer tokenizer, int id) {
        if (tokenizer.isSpecial(id)) {
            return null;
        }
        String text = tokenizer.tokenText(id);
        if (text.indexOf('\uFFFD') >= 0) {
            return null;
        }
        String s = text.strip();
        for (String marker : new String[] {"▁", "Ġ", "##"}) {
            if (s.startsWith(marker)) {
                s = s.substring(marker.length()).strip();
            }
        }
        return s.isEmpty() ? null : s;
    }
}
