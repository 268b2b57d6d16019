package org.tokenscope.views.premium;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tokenscope.host.premium.Convention;
import org.tokenscope.host.premium.Normalization;
import org.tokenscope.host.premium.PremiumRow;
import org.tokenscope.host.premium.PremiumTable;

/**
 * One computed comparison, everything needed to show, export and reopen it without the corpus: the settings
 * that produced it, the languages with their names and scripts, the engine's rows, and the model's scores
 * when they were asked for. Immutable; it crosses from the job thread to the FX thread as is. Rows are
 * indexed once, because the table and charts look cells up by (language, tokenizer) many times over.
 */
public final class PremiumResult {
    private final Counting counting;
    private final List<LanguageInfo> languages;
    private final List<String> tokenizers;
    private final List<PremiumRow> rows;
    private final ModelScores model;
    private final Map<String, PremiumRow> byKey = new HashMap<>();
    private final Map<String, LanguageInfo> byCode = new HashMap<>();

    /**
     * How the numbers were counted: the part of the settings every result must be shown with.
     *
     * @param lexicons lexicon file names by language code (for %valid and %pure)
     */
    public record Counting(CorpusSpec corpus, String reference, Convention convention, Normalization normalization,
                           boolean wholeDocument, boolean includePartial, Map<String, String> lexicons) {
        public Counting {
            Objects.requireNonNull(corpus, "corpus");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(convention, "convention");
            Objects.requireNonNull(normalization, "normalization");
            lexicons = Collections.unmodifiableMap(new LinkedHashMap<>(lexicons));
        }

        /** The one line shown under the table and in every export. */
        public String line(int languageCount, String referenceLabel) {
            StringBuilder b = new StringBuilder();
            b.append("Counted per ").append(convention.key()).append(" convention: ").append(convention.description());
            b.append(" · ").append(normalization == Normalization.NONE ? "raw UTF-8 text"
                    : normalization.key().toUpperCase(java.util.Locale.ROOT) + "-normalised text");
            b.append(" · reference ").append(referenceLabel);
            b.append(" · ").append(corpus.label()).append(", ").append(languageCount).append(" languages");
            if (corpus.kind() == CorpusSpec.Kind.UDHR) {
                b.append(includePartial ? " (partial translations included)" : " (partial translations left out)");
            }
            if (wholeDocument) {
                b.append(" · whole documents");
            }
            lexicons.forEach((language, name) -> b.append(" · lexicon ").append(language).append(": ").append(name));
            return b.toString();
        }
    }

    public PremiumResult(Counting counting, List<LanguageInfo> languages, List<String> tokenizers, List<PremiumRow> rows,
                         ModelScores model) {
        this.counting = Objects.requireNonNull(counting, "counting");
        this.languages = List.copyOf(languages);
        this.tokenizers = List.copyOf(tokenizers);
        this.rows = List.copyOf(rows);
        this.model = model;
        rows.forEach(r -> byKey.put(key(r.language(), r.tokenizer()), r));
        languages.forEach(l -> byCode.put(l.code(), l));
    }

    /** Builds a result from the engine's table and the corpus languages it covered. */
    public static PremiumResult of(Counting counting, List<LanguageInfo> languages, PremiumTable table, ModelScores model) {
        return new PremiumResult(counting, languages, table.tokenizers(), table.rows(), model);
    }

    public Counting counting() {
        return counting;
    }

    /** Languages in corpus order. */
    public List<LanguageInfo> languages() {
        return languages;
    }

    /** Tokenizer names in the order they were compared. */
    public List<String> tokenizers() {
        return tokenizers;
    }

    public List<PremiumRow> rows() {
        return rows;
    }

    /** The model's scores, or null when none were computed. */
    public ModelScores model() {
        return model;
    }

    /** The row of a language and tokenizer, or null when the result has none. */
    public PremiumRow row(String language, String tokenizer) {
        return byKey.get(key(language, tokenizer));
    }

    /** The language's name, script and family, or a bare entry for a code the result does not know. */
    public LanguageInfo language(String code) {
        LanguageInfo info = byCode.get(code);
        return info != null ? info : new LanguageInfo(code, code, null, LanguageInfo.familyOf(code), false);
    }

    private static String key(String language, String tokenizer) {
        return language + '\u0000' + tokenizer;
    }

    /** The counting line with this result's language count and reference name. */
    public String conventionLine() {
        return counting.line(languages.size(), language(counting.reference()).label());
    }

    /** The metric of a language under a tokenizer; NaN when missing. */
    public double value(PremiumMetric metric, String language, String tokenizer) {
        PremiumRow r = row(language, tokenizer);
        return r == null ? Double.NaN : metric.of(r);
    }
}
