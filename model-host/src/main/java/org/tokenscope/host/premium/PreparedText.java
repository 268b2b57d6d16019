package org.tokenscope.host.premium;

import java.util.List;

/**
 * A language's text ready to tokenize: the strings the convention asks for, after normalisation, with
 * their sizes. Built once per language and shared by that language's tokenizer tasks.
 */
record PreparedText(List<String> texts, TextStats stats, boolean usesSpaces) {
    private static final int SCRIPT_SAMPLE = 4096;

    static PreparedText of(CorpusLanguage language, Convention convention, Normalization normalization) {
        List<String> texts = language.texts(convention, normalization);
        StringBuilder sample = new StringBuilder();
        for (String text : texts) {
            if (sample.length() >= SCRIPT_SAMPLE) {
                break;
            }
            sample.append(text, 0, Math.min(text.length(), SCRIPT_SAMPLE)).append(' ');
        }
        return new PreparedText(texts, TextStats.of(texts), Scripts.usesSpaces(language.script(), sample.toString()));
    }
}
