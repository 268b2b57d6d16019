package org.tokenscope.views.premium;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.tokenize.Encoding;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * One segment of one language under one tokenizer, as chips: the cell of the side-by-side sentence view.
 *
 * @param missing why there is nothing to show (the language lacks the segment), or null
 */
public record TokenizedSentence(String language, String languageName, String tokenizer, String segment,
                                List<Chip> chips, String missing) {

    /**
     * One token as the view shows it.
     *
     * @param text     the token's visible form ({@code ␣} for spaces, {@code <0xE2>} for a lone byte)
     * @param bytes    UTF-8 bytes the token stands for
     * @param fallback true when the token's bytes are not a whole UTF-8 character: the vocabulary had to
     *                 spell the text byte by byte (a chip of another colour)
     */
    public record Chip(int id, String text, int bytes, boolean fallback) {
    }

    public TokenizedSentence {
        chips = List.copyOf(chips);
    }

    /** Tokenizes {@code text} (no special tokens), keeping each token's visible form. */
    static TokenizedSentence of(String language, String languageName, Tokenizer tokenizer, String segment, String text) {
        Encoding enc = tokenizer.encode(text);
        List<Chip> chips = new ArrayList<>(enc.size());
        for (int id : enc.ids()) {
            byte[] bytes = tokenizer.tokenBytes(id);
            chips.add(new Chip(id, tokenizer.displayText(id), bytes.length, !wholeUtf8(bytes)));
        }
        return new TokenizedSentence(language, languageName, tokenizer.name(), segment, chips, null);
    }

    static TokenizedSentence missing(String language, String languageName, String tokenizer, String segment, String why) {
        return new TokenizedSentence(language, languageName, tokenizer, segment, List.of(), why);
    }

    public int tokens() {
        return chips.size();
    }

    private static boolean wholeUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
