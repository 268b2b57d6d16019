package org.tokenscope.views.premium;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well the hosted model predicts each language of the corpus, on a bounded sample: the first
 * {@code segmentsPerLanguage} segments of every language, each scored after BOS alone and cut to the
 * model's context. Shown next to the model tokenizer's premium, so "costs more tokens" can be read
 * against "is predicted worse".
 *
 * @param model               the model's display name
 * @param segmentsPerLanguage the sample size stated in the UI and exports
 * @param languages           by language code, in corpus order
 */
public record ModelScores(String model, int segmentsPerLanguage, Map<String, Language> languages) {

    /**
     * One language's sample.
     *
     * @param bitsPerByte  total surprisal of the scored tokens in bits over their UTF-8 bytes
     * @param meanEntropy  mean entropy of the next-token distribution over the scored tokens, in nats
     * @param tokens       tokens scored
     * @param bytes        UTF-8 bytes those tokens cover
     * @param segments     segments sampled (fewer than asked when the language has fewer)
     * @param truncated    true when some segment was longer than the context and was cut
     */
    public record Language(double bitsPerByte, double meanEntropy, long tokens, long bytes, int segments,
                           boolean truncated) {
    }

    public ModelScores {
        Objects.requireNonNull(model, "model");
        languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
    }

    /** The language's scores, or null when it was not scored. */
    public Language of(String code) {
        return languages.get(code);
    }

    /** A line for labels and exports saying what the numbers are. */
    public String description() {
        return model + ": bits per byte and mean next-token entropy (nats) on the first " + segmentsPerLanguage
                + " segment" + (segmentsPerLanguage == 1 ? "" : "s") + " of each language, each scored after BOS";
    }
}
