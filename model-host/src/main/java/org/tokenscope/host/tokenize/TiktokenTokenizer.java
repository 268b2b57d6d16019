package org.tokenscope.host.tokenize;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * OpenAI's tiktoken vocabularies through JTokkit. Text is always encoded as ordinary text, so a literal
 * {@code <|endoftext|>} in a document is counted as the characters it is, as a pasted document would be.
 */
public final class TiktokenTokenizer implements Tokenizer {

    /** Short names with their JTokkit type, vocabulary size and special tokens (JTokkit exposes neither). */
    private enum Kind {
        R50K("r50k", EncodingType.R50K_BASE, 50_257, Map.of(50_256, "<|endoftext|>")),
        P50K("p50k", EncodingType.P50K_BASE, 50_281, Map.of(50_256, "<|endoftext|>")),
        CL100K("cl100k", EncodingType.CL100K_BASE, 100_277, Map.of(
                100_257, "<|endoftext|>", 100_258, "<|fim_prefix|>", 100_259, "<|fim_middle|>",
                100_260, "<|fim_suffix|>", 100_276, "<|endofprompt|>")),
        O200K("o200k", EncodingType.O200K_BASE, 200_019, Map.of(199_999, "<|endoftext|>", 200_018, "<|endofprompt|>"));

        final String shortName;
        final EncodingType type;
        final int vocabSize;
        final Map<Integer, String> specials;

        Kind(String shortName, EncodingType type, int vocabSize, Map<Integer, String> specials) {
            this.shortName = shortName;
            this.type = type;
            this.vocabSize = vocabSize;
            this.specials = specials;
        }
    }

    /** Lazy so that asking for one vocabulary does not load all of them (each takes a few hundred ms). */
    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    private final Kind kind;
    private final com.knuddels.jtokkit.api.Encoding encoding;

    private TiktokenTokenizer(Kind kind) {
        this.kind = kind;
        this.encoding = REGISTRY.getEncoding(kind.type);
    }

    /** Short names accepted by {@link #load}, in the order they are usually listed. */
    public static List<String> names() {
        return Arrays.stream(Kind.values()).map(k -> k.shortName).toList();
    }

    /** Loads {@code r50k}, {@code p50k}, {@code cl100k} or {@code o200k}; slow, so callers should cache. */
    public static TiktokenTokenizer load(String shortName) {
        for (Kind kind : Kind.values()) {
            if (kind.shortName.equals(shortName)) {
                return new TiktokenTokenizer(kind);
            }
        }
        throw new IllegalArgumentException("unknown tiktoken vocabulary '" + shortName + "'; valid: " + names());
    }

    @Override
    public String name() {
        return kind.shortName;
    }

    @Override
    public int vocabSize() {
        return kind.vocabSize;
    }

    @Override
    public Encoding encode(String text) {
        int[] ids = encoding.encodeOrdinary(text).toArray();
        int[] lengths = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            lengths[i] = tokenBytes(ids[i]).length;
        }
        return Utf8Spans.encoding(text, ids, lengths);
    }

    /** Joins the bytes before decoding, so a character split over several tokens comes back whole. */
    @Override
    public String decode(int[] ids) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(ids.length * 4);
        for (int id : ids) {
            bytes.writeBytes(tokenBytes(id));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Empty for the few unassigned ids below {@link #vocabSize()} (e.g. 100256 in cl100k). */
    @Override
    public byte[] tokenBytes(int id) {
        if (id < 0 || id >= kind.vocabSize) {
            throw new IllegalArgumentException(kind.shortName + " ids are 0.." + (kind.vocabSize - 1) + ", got " + id);
        }
        IntArrayList one = new IntArrayList(1);
        one.add(id);
        try {
            return encoding.decodeBytes(one);
        } catch (RuntimeException unassigned) {
            // JTokkit throws a NullPointerException for ids inside the range that no token has.
            return new byte[0];
        }
    }

    @Override
    public boolean isSpecial(int id) {
        return kind.specials.containsKey(id);
    }

    @Override
    public OptionalInt tokenId(String token) {
        for (Map.Entry<Integer, String> special : kind.specials.entrySet()) {
            if (special.getValue().equals(token)) {
                return OptionalInt.of(special.getKey());
            }
        }
        IntArrayList ids = encoding.encodeOrdinary(token);
        if (ids.size() == 1 && Arrays.equals(tokenBytes(ids.get(0)), token.getBytes(StandardCharsets.UTF_8))) {
            return OptionalInt.of(ids.get(0));
        }
        return OptionalInt.empty();
    }
}
