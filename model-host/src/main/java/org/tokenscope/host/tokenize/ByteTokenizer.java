package org.tokenscope.host.tokenize;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/** One token per UTF-8 byte (ids 0..255): the baseline every subword vocabulary is compared against. */
public final class ByteTokenizer implements Tokenizer {
    public static final String NAME = "bytes";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int vocabSize() {
        return 256;
    }

    @Override
    public Encoding encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int[] ids = new int[bytes.length];
        int[] lengths = new int[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            ids[i] = bytes[i] & 0xFF;
            lengths[i] = 1;
        }
        return Utf8Spans.encoding(text, ids, lengths);
    }

    @Override
    public String decode(int[] ids) {
        byte[] bytes = new byte[ids.length];
        for (int i = 0; i < ids.length; i++) {
            bytes[i] = tokenBytes(ids[i])[0];
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] tokenBytes(int id) {
        if (id < 0 || id > 255) {
            throw new IllegalArgumentException("byte token id must be 0..255, got " + id);
        }
        return new byte[] {(byte) id};
    }

    /** Accepts a one-byte string or the {@code <0xE2>} form that {@link TokenDisplay} shows for partial bytes. */
    @Override
    public OptionalInt tokenId(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 1) {
            return OptionalInt.of(bytes[0] & 0xFF);
        }
        if (token.matches("<0x[0-9A-Fa-f]{2}>")) {
            return OptionalInt.of(Integer.parseInt(token.substring(3, 5), 16));
        }
        return OptionalInt.empty();
    }
}
