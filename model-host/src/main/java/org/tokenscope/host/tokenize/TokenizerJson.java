package org.tokenscope.host.tokenize;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What Tokenscope needs from a Hugging Face {@code tokenizer.json} that DJL does not expose: the vocabulary
 * strings by id, which ids are added or special tokens, and how vocabulary strings map to bytes.
 */
final class TokenizerJson {

    /** How a vocabulary string spells the bytes of its token. */
    enum Style {
        /** GPT-2 style: each byte is one character of {@link ByteLevelAlphabet}. */
        BYTE_LEVEL,
        /** SentencePiece style: {@code ▁} stands for a space, {@code <0xE2>} for a raw byte. */
        METASPACE,
        /** The vocabulary string is the text itself (WordPiece, WordLevel). */
        PLAIN
    }

    static final char METASPACE_CHAR = '▁';

    final Style style;
    final int vocabSize;
    /** Vocabulary string by id; null for ids that no token has. */
    final String[] tokens;
    final boolean[] added;
    final boolean[] special;
    final Map<String, Integer> idsByToken;
    /** What the post-processor adds around a sequence when special tokens are asked for. */
    final SpecialTokenTemplate template;

    private TokenizerJson(Style style, String[] tokens, boolean[] added, boolean[] special, Map<String, Integer> idsByToken,
            SpecialTokenTemplate template) {
        this.style = style;
        this.vocabSize = tokens.length;
        this.tokens = tokens;
        this.added = added;
        this.special = special;
        this.idsByToken = idsByToken;
        this.template = template;
    }

    static TokenizerJson read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
            throw new TokenizerException(file + " is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TokenizerException("cannot read " + file + ": " + TokenizerException.firstLine(e), e);
        }
        if (root == null || !root.isObject()) {
            throw new TokenizerException(file + " is not a tokenizer.json: expected a JSON object");
        }
        JsonNode vocab = root.path("model").path("vocab");
        if (!vocab.isObject() && !vocab.isArray()) {
            throw new TokenizerException(file + " is not a tokenizer.json: it has no model.vocab");
        }
        JsonNode addedTokens = root.path("added_tokens");

        Map<String, Integer> ids = new HashMap<>();
        int maxId = -1;
        if (vocab.isObject()) { // BPE, WordPiece, WordLevel: {"token": id}
            for (Map.Entry<String, JsonNode> entry : vocab.properties()) {
                int id = entry.getValue().asInt(-1);
                if (id >= 0) {
                    ids.put(entry.getKey(), id);
                    maxId = Math.max(maxId, id);
                }
            }
        } else { // Unigram: [["token", score], ...], the id being the position
            for (int id = 0; id < vocab.size(); id++) {
                ids.put(vocab.get(id).path(0).asText(), id);
            }
            maxId = vocab.size() - 1;
        }
        for (JsonNode token : addedTokens) {
            maxId = Math.max(maxId, token.path("id").asInt(-1));
        }

        String[] tokens = new String[maxId + 1];
        ids.forEach((token, id) -> tokens[id] = token);
        boolean[] added = new boolean[tokens.length];
        boolean[] special = new boolean[tokens.length];
        for (JsonNode token : addedTokens) {
            int id = token.path("id").asInt(-1);
            if (id >= 0) {
                tokens[id] = token.path("content").asText();
                added[id] = true;
                special[id] = token.path("special").asBoolean(false);
                ids.put(tokens[id], id);
            }
        }
        SpecialTokenTemplate template;
        try {
            template = SpecialTokenTemplate.read(root.path("post_processor"), ids, tokens.length);
        } catch (TokenizerException e) {
            throw new TokenizerException(file.getFileName() + ": " + e.getMessage(), e);
        }
        return new TokenizerJson(styleOf(root), tokens, added, special, ids, template);
    }

    /** The decoder says how ids become text; files without one fall back to the pre-tokenizer. */
    private static Style styleOf(JsonNode root) {
        for (String part : new String[] {"decoder", "pre_tokenizer"}) {
            JsonNode node = root.path(part);
            if (mentions(node, "ByteLevel")) {
                return Style.BYTE_LEVEL;
            }
            if (mentions(node, "Metaspace") || node.toString().contains("\"" + METASPACE_CHAR + "\"")) {
                return Style.METASPACE;
            }
        }
        return Style.PLAIN;
    }

    /** True when the component or any component nested in it (Sequence) has the given type. */
    private static boolean mentions(JsonNode node, String type) {
        if (node.isObject() && type.equals(node.path("type").asText())) {
            return true;
        }
        for (JsonNode child : node) {
            if (mentions(child, type)) {
                return true;
            }
        }
        return false;
    }
}
