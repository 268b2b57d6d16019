package org.tokenscope.host.premium;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that decides a premium table besides the corpus and the tokenizers.
 *
 * @param reference     the language premiums are relative to ({@code eng_Latn} by default)
 * @param wholeDocument accept a corpus whose languages hold different segments, comparing whole texts
 * @param lexicons      lexicon per language code, for %valid and %pure (languages without one get NaN)
 * @param threads       worker threads; results do not depend on it
 */
public record PremiumSettings(String reference, Convention convention, Normalization normalization, boolean wholeDocument,
                              Map<String, Lexicon> lexicons, int threads) {
    public static final String DEFAULT_REFERENCE = "eng_Latn";

    public PremiumSettings {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(normalization, "normalization");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        lexicons = Collections.unmodifiableMap(new LinkedHashMap<>(lexicons)); // keeps the order they were given
    }

    /** English reference, Petrov's convention, raw text, aligned corpora only, no lexicons, one thread per CPU. */
    public static PremiumSettings defaults() {
        return new PremiumSettings(DEFAULT_REFERENCE, Convention.PETROV, Normalization.NONE, false, Map.of(),
                Runtime.getRuntime().availableProcessors());
    }

    public PremiumSettings withReference(String code) {
        return new PremiumSettings(code, convention, normalization, wholeDocument, lexicons, threads);
    }

    public PremiumSettings withConvention(Convention c) {
        return new PremiumSettings(reference, c, normalization, wholeDocument, lexicons, threads);
    }

    public PremiumSettings withNormalization(Normalization n) {
        return new PremiumSettings(reference, convention, n, wholeDocument, lexicons, threads);
    }

    public PremiumSettings withWholeDocument(boolean whole) {
        return new PremiumSettings(reference, convention, normalization, whole, lexicons, threads);
    }

    public PremiumSettings withLexicon(String language, Lexicon lexicon) {
        Map<String, Lexicon> more = new LinkedHashMap<>(lexicons);
        more.put(language, lexicon);
        return new PremiumSettings(reference, convention, normalization, wholeDocument, more, threads);
    }

    public PremiumSettings withThreads(int n) {
        return new PremiumSettings(reference, convention, normalization, wholeDocument, lexicons, n);
    }
}
