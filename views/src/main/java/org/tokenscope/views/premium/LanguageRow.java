package org.tokenscope.views.premium;

import java.util.List;

/**
 * A line of the languages × tokenizers table: a language with the chosen metric under each tokenizer (in the
 * result's tokenizer order) and the model's scores, or a group heading ("Latin · 412 languages") that the
 * table draws across the row.
 *
 * @param info      null for a heading
 * @param heading   the group's title, null for a language
 * @param reference true for the reference language, which stays pinned at the top
 * @param values    metric per tokenizer, NaN where missing; empty for a heading
 */
public record LanguageRow(LanguageInfo info, String heading, boolean reference, List<Double> values,
                          double bitsPerByte, double meanEntropy) {

    public LanguageRow {
        values = List.copyOf(values);
    }

    static LanguageRow heading(String title) {
        return new LanguageRow(null, title, false, List.of(), Double.NaN, Double.NaN);
    }

    public boolean isHeading() {
        return heading != null;
    }

    /** The value under the {@code i}-th tokenizer, NaN for a heading. */
    public double value(int i) {
        return i < values.size() ? values.get(i) : Double.NaN;
    }
}
