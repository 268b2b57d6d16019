package org.tokenscope.views.premium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tokenscope.host.premium.Convention;
import org.tokenscope.host.premium.Normalization;
import org.tokenscope.host.premium.PremiumRow;

/**
 * A {@link PremiumResult} as the {@code result} object of the project's premium section. Rows are arrays
 * under a {@code columns} header (the command line's column names): a 500-language table stays a few hundred
 * kilobytes. Non-finite numbers are null, as in the command line's JSON.
 */
final class ResultCodec {
    static final List<String> COLUMNS = List.of("lang", "tokenizer", "tokens", "premium", "bytes", "chars", "byte_premium",
            "char_premium", "bytes_per_token", "chars_per_token", "words", "fertility", "unique_types", "vocab_share",
            "unknown_share", "valid_share", "pure_share");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ResultCodec() {
    }

    static ObjectNode write(PremiumResult r) {
        ObjectNode n = F.objectNode();
        PremiumResult.Counting c = r.counting();
        n.put("corpus", c.corpus().spec());
        n.put("reference", c.reference());
        n.put("convention", c.convention().key());
        n.put("convention_description", r.conventionLine());
        n.put("normalize", c.normalization().key());
        n.put("whole_document", c.wholeDocument());
        n.put("include_partial", c.includePartial());
        ObjectNode lexicons = n.putObject("lexicons");
        c.lexicons().forEach(lexicons::put);
        ArrayNode languages = n.putArray("languages");
        for (LanguageInfo l : r.languages()) {
            ObjectNode o = languages.addObject().put("code", l.code()).put("name", l.name());
            if (l.script() != null) {
                o.put("script", l.script());
            }
            if (l.partial()) {
                o.put("partial", true);
            }
        }
        r.tokenizers().forEach(n.putArray("tokenizers")::add);
        COLUMNS.forEach(n.putArray("columns")::add);
        ArrayNode rows = n.putArray("rows");
        for (PremiumRow row : r.rows()) {
            rows.addArray().add(row.language()).add(row.tokenizer()).add(row.tokens()).add(num(row.premium()))
                    .add(row.bytes()).add(row.chars()).add(num(row.bytePremium())).add(num(row.charPremium()))
                    .add(num(row.bytesPerToken())).add(num(row.charsPerToken())).add(row.words()).add(num(row.fertility()))
                    .add(row.uniqueTypes()).add(num(row.vocabShare())).add(num(row.unknownShare()))
                    .add(num(row.validShare())).add(num(row.pureShare()));
        }
        if (r.model() != null) {
            n.set("model", model(r.model()));
        }
        return n;
    }

    /** @throws IllegalArgumentException naming what is malformed */
    static PremiumResult read(JsonNode n) {
        PremiumResult.Counting counting = new PremiumResult.Counting(CorpusSpec.parse(n.path("corpus").asText("udhr")),
                text(n, "reference"), Convention.of(n.path("convention").asText("petrov")),
                Normalization.of(n.path("normalize").asText("none")), n.path("whole_document").asBoolean(false),
                n.path("include_partial").asBoolean(false), strings(n.path("lexicons")));
        List<LanguageInfo> languages = new ArrayList<>();
        for (JsonNode l : n.path("languages")) {
            String code = text(l, "code");
            languages.add(new LanguageInfo(code, l.path("name").asText(code), l.hasNonNull("script") ? l.get("script").asText() : null,
                    LanguageInfo.familyOf(code), l.path("partial").asBoolean(false)));
        }
        List<String> tokenizers = new ArrayList<>();
        n.path("tokenizers").forEach(t -> tokenizers.add(t.asText()));
        List<String> columns = new ArrayList<>();
        n.path("columns").forEach(c -> columns.add(c.asText()));
        if (!columns.equals(COLUMNS)) {
            throw new IllegalArgumentException("result columns are " + columns + ", expected " + COLUMNS);
        }
        List<PremiumRow> rows = new ArrayList<>();
        for (JsonNode a : n.path("rows")) {
            rows.add(new PremiumRow(a.get(0).asText(), a.get(1).asText(), a.get(2).asLong(), dbl(a.get(3)), a.get(4).asLong(),
                    a.get(5).asLong(), dbl(a.get(6)), dbl(a.get(7)), dbl(a.get(8)), dbl(a.get(9)), a.get(10).asLong(),
                    dbl(a.get(11)), a.get(12).asInt(), dbl(a.get(13)), dbl(a.get(14)), dbl(a.get(15)), dbl(a.get(16))));
        }
        ModelScores model = n.hasNonNull("model") ? model(n.get("model")) : null;
        return new PremiumResult(counting, languages, tokenizers, rows, model);
    }

    private static ObjectNode model(ModelScores m) {
        ObjectNode n = F.objectNode().put("name", m.model()).put("segments_per_language", m.segmentsPerLanguage());
        n.put("description", m.description());
        ObjectNode languages = n.putObject("languages");
        m.languages().forEach((code, l) -> {
            ObjectNode o = languages.putObject(code);
            o.set("bits_per_byte", num(l.bitsPerByte()));
            o.set("mean_entropy", num(l.meanEntropy()));
            o.put("tokens", l.tokens()).put("bytes", l.bytes()).put("segments", l.segments()).put("truncated", l.truncated());
        });
        return n;
    }

    private static ModelScores model(JsonNode n) {
        Map<String, ModelScores.Language> languages = new LinkedHashMap<>();
        n.path("languages").fields().forEachRemaining(e -> {
            JsonNode l = e.getValue();
            languages.put(e.getKey(), new ModelScores.Language(dbl(l.get("bits_per_byte")), dbl(l.get("mean_entropy")),
                    l.path("tokens").asLong(), l.path("bytes").asLong(), l.path("segments").asInt(),
                    l.path("truncated").asBoolean(false)));
        });
        return new ModelScores(n.path("name").asText("model"), n.path("segments_per_language").asInt(1), languages);
    }

    private static JsonNode num(double x) {
        return Double.isFinite(x) ? F.numberNode(x) : F.nullNode();
    }

    private static double dbl(JsonNode n) {
        return n == null || n.isNull() || !n.isNumber() ? Double.NaN : n.asDouble();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("the result has no \"" + field + "\"");
        }
        return v.asText();
    }

    static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
