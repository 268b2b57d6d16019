package org.tokenscope.host.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * What the JSON configs of a folder say about the model: special tokens, the BOS policy, context length
 * and shape hints. Every field is optional because folders differ in which files they carry.
 *
 * @param bos          BOS id, or -1
 * @param eos          EOS ids (generation_config.json may list several)
 * @param specials     the special tokens put around a prompt, and which file decided
 * @param context      maximum sequence length, or -1 when no config says
 * @param layers       hidden layers, or -1
 * @param heads        attention heads, or -1
 * @param kvHeads      key/value heads (smaller than heads under grouped-query attention), or -1
 * @param headDim      size of one head, or -1
 * @param configVocab  vocab_size from the configs, or -1
 */
public record ModelConfig(int bos, Set<Integer> eos, PromptSpecials specials, int context, int layers, int heads,
        int kvHeads, int headDim, int configVocab) {

    /** Whether prompts start with BOS. */
    public boolean addBos() {
        return specials.prefix().length > 0;
    }

    /** Reads the configs; the tokenizer (null when none is usable) resolves special-token strings. */
    static ModelConfig read(ModelFolder f, Tokenizer tokenizer, List<String> warnings) {
        Function<String, OptionalInt> tokenId = s -> tokenizer == null ? OptionalInt.empty() : tokenizer.tokenId(s);
        JsonNode cfg = f.config();
        JsonNode genai = f.genaiConfig().path("model");
        JsonNode gen = f.generationConfig();
        JsonNode tokCfg = f.tokenizerConfig();
        JsonNode dec = genai.path("decoder");

        int bos = firstInt(gen.path("bos_token_id"), cfg.path("bos_token_id"), genai.path("bos_token_id"));
        if (bos < 0) {
            bos = tokenString(tokCfg.path("bos_token")).map(tokenId).filter(OptionalInt::isPresent)
                    .map(OptionalInt::getAsInt).orElse(-1);
        }
        Set<Integer> eos = new LinkedHashSet<>();
        for (JsonNode n : List.of(gen.path("eos_token_id"), cfg.path("eos_token_id"), genai.path("eos_token_id"))) {
            if (eos.isEmpty()) {
                eos.addAll(ints(n));
            }
        }
        if (eos.isEmpty()) {
            tokenString(tokCfg.path("eos_token")).map(tokenId).filter(OptionalInt::isPresent)
                    .ifPresent(id -> eos.add(id.getAsInt()));
        }
        PromptSpecials specials = PromptSpecials.decide(tokCfg, tokenizer, bos, List.copyOf(eos), warnings);
        if (bos < 0 && specials.bos() >= 0) {
            bos = specials.bos(); // e.g. a genai folder whose only word on BOS is the tokenizer's template
        }

        int context = firstInt(cfg.path("max_position_embeddings"), cfg.path("n_positions"), cfg.path("n_ctx"),
                genai.path("context_length"), cfg.path("seq_length"));
        if (context < 0) {
            long max = tokCfg.path("model_max_length").asLong(-1);
            context = max > 0 && max < 10_000_000 ? (int) max : -1;
        }
        int layers = firstInt(cfg.path("num_hidden_layers"), cfg.path("n_layer"), dec.path("num_hidden_layers"));
        int heads = firstInt(cfg.path("num_attention_heads"), cfg.path("n_head"), dec.path("num_attention_heads"));
        int kvHeads = firstInt(cfg.path("num_key_value_heads"), dec.path("num_key_value_heads"));
        if (kvHeads < 0) {
            kvHeads = heads;
        }
        int headDim = firstInt(cfg.path("head_dim"), dec.path("head_size"));
        int hidden = firstInt(cfg.path("hidden_size"), cfg.path("n_embd"), dec.path("hidden_size"));
        if (headDim < 0 && hidden > 0 && heads > 0) {
            headDim = hidden / heads;
        }
        int vocab = firstInt(cfg.path("vocab_size"), genai.path("vocab_size"));
        return new ModelConfig(bos, Set.copyOf(eos), specials, context, layers, heads, kvHeads, headDim, vocab);
    }

    private static int firstInt(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n.isIntegralNumber()) {
                return n.asInt();
            }
            if (n.isArray() && n.size() > 0 && n.get(0).isIntegralNumber()) {
                return n.get(0).asInt();
            }
        }
        return -1;
    }

    private static List<Integer> ints(JsonNode n) {
        List<Integer> out = new ArrayList<>();
        if (n.isIntegralNumber()) {
            out.add(n.asInt());
        } else if (n.isArray()) {
            n.forEach(x -> {
                if (x.isIntegralNumber()) {
                    out.add(x.asInt());
                }
            });
        }
        return out;
    }

    /** tokenizer_config.json writes special tokens as a string or as {"content": ...}. */
    static java.util.Optional<String> tokenString(JsonNode n) {
        if (n.isTextual()) {
            return java.util.Optional.of(n.asText());
        }
        if (n.isObject() && n.path("content").isTextual()) {
            return java.util.Optional.of(n.path("content").asText());
        }
        return java.util.Optional.empty();
    }
}
