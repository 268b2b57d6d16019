package org.tokenscope.host.premium;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.tokenscope.host.tokenize.CodePointTokenizer;
import org.tokenscope.host.tokenize.HfTokenizer;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * Tells which tokens stand for text the vocabulary could not spell: the unknown token, SentencePiece
 * byte-fallback tokens ({@code <0xE2>}), and any token whose bytes are not a complete UTF-8 sequence on
 * their own (how byte-level BPE spells a character it has no token for). Code points never fall back.
 */
final class FallbackTokens {
    /** Spellings of the unknown token in common tokenizer.json files. */
    private static final Set<String> UNKNOWN_NAMES = Set.of("<unk>", "[UNK]", "<|unk|>", "<UNK>");

    private final Tokenizer tokenizer;
    private final Set<Integer> named = new HashSet<>();

    FallbackTokens(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        if (tokenizer instanceof HfTokenizer) { // ByteTokenizer also accepts "<0xE2>", for every byte
            for (int b = 0; b < 256; b++) {
                tokenizer.tokenId(String.format(Locale.ROOT, "<0x%02X>", b)).ifPresent(named::add);
            }
            UNKNOWN_NAMES.forEach(name -> tokenizer.tokenId(name).ifPresent(named::add));
        }
    }

    boolean isFallback(int id) {
        if (tokenizer instanceof CodePointTokenizer) {
            return false;
        }
        if (named.contains(id)) {
            return true;
        }
        byte[] bytes = tokenizer.tokenBytes(id);
        return bytes.length > 0 && !isCompleteUtf8(bytes);
    }

    /** Decoding replaces a malformed or cut-off sequence with U+FFFD, so the bytes would not survive the round trip. */
    static boolean isCompleteUtf8(byte[] bytes) {
        return Arrays.equals(bytes, new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }
}
