package org.tokenscope.host.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The special tokens a {@code tokenizer.json} post-processor puts around a single sequence, as Hugging Face
 * {@code tokenizers} does when {@code add_special_tokens=True}: Llama 3's {@code TemplateProcessing} adds
 * {@code <|begin_of_text|>} this way and says so nowhere else. Read from the file because DJL applies the
 * post-processor but does not tell which ids it added.
 *
 * @param prefix ids before the sequence
 * @param suffix ids after it
 * @param kind   the post-processor type that decided ({@code TemplateProcessing}, {@code RobertaProcessing}, ...)
 */
public record SpecialTokenTemplate(int[] prefix, int[] suffix, String kind) {
    public static final SpecialTokenTemplate NONE = new SpecialTokenTemplate(new int[0], new int[0], "none");

    public boolean addsAnything() {
        return prefix.length > 0 || suffix.length > 0;
    }

    /**
     * Reads {@code post_processor}; {@code ids} resolves a token string for the processors that name tokens
     * without ids. Throws a one-line message when the template names a token it does not define.
     */
    static SpecialTokenTemplate read(JsonNode processor, Map<String, Integer> ids, int vocabSize) {
        if (processor == null || processor.isMissingNode() || processor.isNull()) {
            return NONE;
        }
        String type = processor.path("type").asText("");
        switch (type) {
            case "TemplateProcessing":
                return template(processor, vocabSize);
            case "Sequence": {
                // The last processor that adds tokens wins, as each one rewrites the encoding in turn.
                SpecialTokenTemplate found = NONE;
                for (JsonNode p : processor.path("processors")) {
                    SpecialTokenTemplate t = read(p, ids, vocabSize);
                    if (t.addsAnything()) {
                        found = t;
                    }
                }
                return found;
            }
            case "BertProcessing":
            case "RobertaProcessing": {
                // [cls] A [sep], each written as ["token", id].
                int cls = pairId(processor.path("cls"), type, "cls", vocabSize);
                int sep = pairId(processor.path("sep"), type, "sep", vocabSize);
                return new SpecialTokenTemplate(new int[] {cls}, new int[] {sep}, type);
            }
            default:
                return NONE; // ByteLevel and friends only fix offsets
        }
    }

    private static SpecialTokenTemplate template(JsonNode processor, int vocabSize) {
        JsonNode specials = processor.path("special_tokens");
        List<Integer> before = new ArrayList<>(), after = new ArrayList<>();
        boolean seenSequence = false;
        for (JsonNode piece : processor.path("single")) {
            if (piece.has("Sequence")) {
                seenSequence = true;
                continue;
            }
            String name = piece.path("SpecialToken").path("id").asText(null);
            if (name == null) {
                throw new TokenizerException("its post_processor template has a piece that is neither a "
                        + "SpecialToken nor a Sequence: " + piece);
            }
            JsonNode def = specials.path(name);
            if (!def.path("ids").isArray() || def.path("ids").isEmpty()) {
                throw new TokenizerException("its post_processor template adds '" + name
                        + "', which the template's special_tokens do not define");
            }
            for (JsonNode id : def.path("ids")) {
                long v = id.asLong(-1);
                if (!id.isIntegralNumber() || v < 0 || v >= vocabSize) {
                    throw new TokenizerException("its post_processor template gives '" + name + "' the id " + id
                            + ", outside the vocabulary of " + vocabSize + " ids");
                }
                (seenSequence ? after : before).add((int) v);
            }
        }
        if (!seenSequence && !processor.path("single").isEmpty()) {
            throw new TokenizerException("its post_processor template has no Sequence piece for the text itself");
        }
        return new SpecialTokenTemplate(ints(before), ints(after), "TemplateProcessing");
    }

    private static int pairId(JsonNode pair, String type, String field, int vocabSize) {
        long id = pair.path(1).asLong(-1);
        if (!pair.isArray() || !pair.path(1).isIntegralNumber() || id < 0 || id >= vocabSize) {
            throw new TokenizerException("its " + type + " post_processor has no usable " + field + " token: " + pair);
        }
        return (int) id;
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        return kind + Arrays.toString(prefix) + "+A+" + Arrays.toString(suffix);
    }
}
