package org.tokenscope.host.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.tokenscope.host.tokenize.HfTokenizer;
import org.tokenscope.host.tokenize.SpecialTokenTemplate;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * The special tokens put around a prompt, decided as {@code transformers} decides them for
 * {@code tokenizer(text)}: {@code add_bos_token}/{@code add_eos_token} in {@code tokenizer_config.json} when
 * present (they rewrite the post-processor), else the {@code tokenizer.json} post-processor's template
 * (Llama 3 adds {@code <|begin_of_text|>} only there), else nothing. {@code config.json}'s
 * {@code bos_token_id} names the token but never decides whether it is added, as in {@code transformers}.
 *
 * @param prefix ids before the text
 * @param suffix ids after it
 * @param source which file decided: {@link #TOKENIZER_CONFIG}, {@link #POST_PROCESSOR} or {@link #NONE}
 */
public record PromptSpecials(int[] prefix, int[] suffix, String source) {
    public static final String TOKENIZER_CONFIG = "tokenizer_config.json";
    public static final String POST_PROCESSOR = "tokenizer.json post_processor";
    public static final String NONE = "none";

    static PromptSpecials none() {
        return new PromptSpecials(new int[0], new int[0], NONE);
    }

    /** The single BOS id put before every prompt, or -1 when none (or more than one token) is. */
    public int bos() {
        return prefix.length == 1 ? prefix[0] : -1;
    }

    public int[] wrap(int[] body) {
        int[] out = new int[prefix.length + body.length + suffix.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(body, 0, out, prefix.length, body.length);
        System.arraycopy(suffix, 0, out, prefix.length + body.length, suffix.length);
        return out;
    }

    /**
     * Decides from the tokenizer config and the tokenizer file; {@code bos}/{@code eos} are the config's ids,
     * used when {@code tokenizer_config.json} asks for a token without naming it.
     */
    static PromptSpecials decide(JsonNode tokenizerConfig, Tokenizer tokenizer, int bos, List<Integer> eos,
            List<String> warnings) {
        SpecialTokenTemplate template = tokenizer instanceof HfTokenizer hf ? hf.template() : SpecialTokenTemplate.NONE;
        JsonNode addBos = tokenizerConfig.path("add_bos_token");
        JsonNode addEos = tokenizerConfig.path("add_eos_token");
        if (addBos.isBoolean() || addEos.isBoolean()) {
            int[] prefix = addBos.isBoolean() ? flagged(addBos.asBoolean(), "bos_token", tokenizerConfig, tokenizer,
                    bos, warnings) : template.prefix();
            int[] suffix = addEos.isBoolean() ? flagged(addEos.asBoolean(), "eos_token", tokenizerConfig, tokenizer,
                    eos.isEmpty() ? -1 : eos.get(0), warnings) : template.suffix();
            return new PromptSpecials(prefix, suffix, TOKENIZER_CONFIG);
        }
        if (template.addsAnything()) {
            return new PromptSpecials(template.prefix(), template.suffix(), POST_PROCESSOR);
        }
        return none();
    }

    /** The token a true {@code add_*_token} flag adds: the tokenizer config's own, else the model config's. */
    private static int[] flagged(boolean add, String field, JsonNode tokenizerConfig, Tokenizer tokenizer,
            int configured, List<String> warnings) {
        if (!add) {
            return new int[0];
        }
        OptionalInt named = ModelConfig.tokenString(tokenizerConfig.path(field))
                .filter(s -> tokenizer != null)
                .map(tokenizer::tokenId)
                .orElse(OptionalInt.empty());
        int id = named.orElse(configured);
        if (id < 0) {
            warnings.add("tokenizer_config.json sets add_" + field + " but no config names the token: prompts are "
                    + "encoded without it");
            return new int[0];
        }
        return new int[] {id};
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PromptSpecials p && Arrays.equals(prefix, p.prefix) && Arrays.equals(suffix, p.suffix)
                && source.equals(p.source);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(prefix) + Arrays.hashCode(suffix)) + source.hashCode();
    }

    @Override
    public String toString() {
        return Arrays.toString(prefix) + " text " + Arrays.toString(suffix) + " (" + source + ")";
    }
}
