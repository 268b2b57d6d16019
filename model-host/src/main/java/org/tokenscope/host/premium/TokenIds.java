package org.tokenscope.host.premium;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.tokenscope.host.tokenize.ByteTokenizer;
import org.tokenscope.host.tokenize.CodePointTokenizer;
import org.tokenscope.host.tokenize.TiktokenTokenizer;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * Token ids of a text without the character spans {@link Tokenizer#encode} also computes. Counting needs
 * ids only, and for tiktoken vocabularies the spans cost three times the encoding itself on long texts,
 * so the built-in tokenizers take a direct path; every other tokenizer goes through its interface.
 */
final class TokenIds {
    private static final Map<String, EncodingType> TIKTOKEN_TYPES = Map.of(
            "r50k", EncodingType.R50K_BASE, "p50k", EncodingType.P50K_BASE,
            "cl100k", EncodingType.CL100K_BASE, "o200k", EncodingType.O200K_BASE);

    /** JTokkit encodings are thread-safe and slow to build: one lazily built copy of each, for all callers. */
    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    private TokenIds() {
    }

    static int[] of(Tokenizer tokenizer, String text) {
        if (tokenizer instanceof TiktokenTokenizer) {
            EncodingType type = TIKTOKEN_TYPES.get(tokenizer.name());
            if (type != null) {
                return REGISTRY.getEncoding(type).encodeOrdinary(text).toArray();
            }
        }
        if (tokenizer instanceof ByteTokenizer) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            int[] ids = new int[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                ids[i] = bytes[i] & 0xFF;
            }
            return ids;
        }
        if (tokenizer instanceof CodePointTokenizer) {
            return text.codePoints().toArray();
        }
        return tokenizer.encodeIds(text);
    }
}
