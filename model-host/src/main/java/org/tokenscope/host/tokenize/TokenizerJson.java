package org.tokenscope.host.tokenize;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.tokenscope.host.io.BoundedFiles;
import org.tokenscope.host.io.UnusableFileException;

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

    /** The most ids a vocabulary may span (2^24, 64 times the largest public vocabularies). */
    static final int MAX_IDS = 1 << 24;
    /** Ids may leave gaps, but not gaps this much larger than the entries that are there. */
    static final long SPARE_IDS = 1_000_000;

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
        try {
            BoundedFiles.requireRegularFile(file, "tokenizer file", BoundedFiles.TOKENIZER_FILE_LIMIT);
        } catch (UnusableFileException e) {
            throw new TokenizerException(e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (StreamConstraintsException e) {
            throw new TokenizerException(file + " cannot be read: " + BoundedFiles.reason(e), e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
            throw new TokenizerException(file + " is not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TokenizerException("cannot read " + file + ": " + BoundedFiles.reason(e), e);
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
        String maxToken = null;
        if (vocab.isObject()) { // BPE, WordPiece, WordLevel: {"token": id}
            for (Map.Entry<String, JsonNode> entry : vocab.properties()) {
                int id = id(file, "vocabulary token", entry.getKey(), entry.getValue());
                ids.put(entry.getKey(), id);
                if (id > maxId) {
                    maxId = id;
                    maxToken = entry.getKey();
                }
            }
        } else { // Unigram: [["token", score], ...], the id being the position
            for (int id = 0; id < vocab.size(); id++) {
                ids.put(vocab.get(id).path(0).asText(), id);
            }
            maxId = vocab.size() - 1;
        }
        for (JsonNode token : addedTokens) {
            if (token.has("id")) {
                int id = id(file, "added token", token.path("content").asText(), token.get("id"));
                if (id > maxId) {
                    maxId = id;
                    maxToken = token.path("content").asText();
                }
            }
        }
        long entries = (long) vocab.size() + addedTokens.size();
        if (maxId > 4 * entries + SPARE_IDS) {
            throw new TokenizerException(file + ": token " + quote(maxToken) + " has id " + maxId + ", far beyond the "
                    + entries + " entries of the file (at most 4 × entries + " + SPARE_IDS + "); the file is damaged");
        }

        String[] tokens = new String[maxId + 1];
        ids.forEach((token, id) -> tokens[id] = token);
        boolean[] added = new boolean[tokens.length];
        boolean[] special = new boolean[tokens.length];
        for (JsonNode token : addedTokens) {
            if (token.has("id")) {
                int id = token.get("id").asInt();
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

    /**
     * A token id as the file gives it: a whole number from 0 to {@link #MAX_IDS} − 1. Anything else (negative,
     * fractional, a string, beyond int range) is refused naming the file, the token and the id, instead of being
     * truncated or allocating an array as large as the id.
     */
    private static int id(Path file, String kind, String token, JsonNode value) {
        if (!value.isIntegralNumber()) {
            throw new TokenizerException(file + ": " + kind + " " + quote(token) + " has id " + value
                    + ", not a whole number");
        }
        if (value.bigIntegerValue().signum() < 0) {
            throw new TokenizerException(file + ": " + kind + " " + quote(token) + " has id " + value
                    + "; ids must not be negative");
        }
        if (!value.canConvertToLong() || value.asLong() >= MAX_IDS) {
            throw new TokenizerException(file + ": " + kind + " " + quote(token) + " has id " + value
                    + "; ids above " + (MAX_IDS - 1) + " are refused");
        }
        return value.intValue();
    }

    private static String quote(String token) {
        if (token == null) {
            return "''";
        }
        String shown = token.length() > 40 ? token.substring(0, 40) + "…" : token;
        return "'" + shown.replace("\n", "↵") + "'";
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
