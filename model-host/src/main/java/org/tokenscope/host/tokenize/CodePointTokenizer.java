package org.tokenscope.host.tokenize;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/** One token per Unicode code point, the id being the code point itself: the character-level baseline. */
public final class CodePointTokenizer implements Tokenizer {
    public static final String NAME = "codepoints";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int vocabSize() {
        return Character.MAX_CODE_POINT + 1;
    }

    @Override
    public Encoding encode(String text) {
        int[] ids = text.codePoints().toArray();
        int[] starts = new int[ids.length];
        int[] ends = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            starts[i] = i;
            ends[i] = i + 1;
        }
        return new Encoding(ids, starts, ends);
    }

    @Override
    public String decode(int[] ids) {
        StringBuilder out = new StringBuilder(ids.length);
        for (int id : ids) {
            checkId(id);
            // A surrogate code point cannot stand alone in well-formed text; U+FFFD matches tokenBytes.
            out.appendCodePoint(isSurrogate(id) ? 0xFFFD : id);
        }
        return out.toString();
    }

    @Override
    public byte[] tokenBytes(int id) {
        return decode(new int[] {id}).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public OptionalInt tokenId(String token) {
        if (token.isEmpty() || token.codePointCount(0, token.length()) != 1) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(token.codePointAt(0));
    }

    private static boolean isSurrogate(int id) {
        return id >= Character.MIN_SURROGATE && id <= Character.MAX_SURROGATE;
    }

    private static void checkId(int id) {
        if (id < 0 || id > Character.MAX_CODE_POINT) {
            throw new IllegalArgumentException("code point id must be 0..0x10FFFF, got " + id);
        }
    }
}
