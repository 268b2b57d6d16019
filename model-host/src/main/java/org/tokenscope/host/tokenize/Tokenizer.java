package org.tokenscope.host.tokenize;

import java.util.OptionalInt;

/**
 * Text to token ids and back. Every implementation encodes without adding special tokens; callers that
 * need BOS add it themselves from the model's tokenizer configuration.
 */
public interface Tokenizer {

    /** Short name shown in tables and used on the command line, e.g. {@code cl100k} or a file stem. */
    String name();

    /** Number of ids this tokenizer can produce (largest id + 1, added tokens included). */
    int vocabSize();

    /** Ids plus, for each id, the {@code [start, end)} span in Unicode code points of {@code text}. */
    Encoding encode(String text);

    default int[] encodeIds(String text) {
        return encode(text).ids();
    }

    default int countTokens(String text) {
        return encode(text).ids().length;
    }

    /** Decodes ids to text; byte sequences that are not valid UTF-8 become U+FFFD. */
    String decode(int[] ids);

    /**
     * The text that {@code continuation} adds after {@code context}: decode(context + continuation) minus
     * decode(context). Decoding the continuation alone is wrong for SentencePiece-style decoders, which strip
     * the leading space of a whole text ("Once" + "upon a time"), and for a character split across the
     * boundary; the difference is exact for both (where the texts part, the continuation's text begins).
     */
    default String decodeAfter(int[] context, int[] continuation) {
        if (context.length == 0) {
            return decode(continuation);
        }
        int[] all = java.util.Arrays.copyOf(context, context.length + continuation.length);
        System.arraycopy(continuation, 0, all, context.length, continuation.length);
        String full = decode(all);
        String before = decode(context);
        int common = 0;
        int limit = Math.min(full.length(), before.length());
        while (common < limit && full.charAt(common) == before.charAt(common)) {
            common++;
        }
        if (common > 0 && common < full.length() && Character.isLowSurrogate(full.charAt(common))) {
            common--; // never split a surrogate pair
        }
        return full.substring(common);
    }

    /** The raw bytes a token stands for (UTF-8 of its text for tokenizers that are not byte-level). */
    byte[] tokenBytes(int id);

    /** The decoded string of this token alone; an incomplete UTF-8 sequence shows U+FFFD. */
    default String tokenText(int id) {
        return decode(new int[] {id});
    }

    /** The visible form of a token: {@code ␣} for spaces, {@code ↵} for newlines, {@code <0xE2>} for partial bytes. */
    default String displayText(int id) {
        return TokenDisplay.visible(tokenBytes(id), isSpecial(id) ? tokenText(id) : null);
    }

    /** True for added special tokens such as {@code <|endoftext|>}. */
    default boolean isSpecial(int id) {
        return false;
    }

    /** Id of a token given by its exact vocabulary string (special tokens included), if present. */
    OptionalInt tokenId(String token);
}
