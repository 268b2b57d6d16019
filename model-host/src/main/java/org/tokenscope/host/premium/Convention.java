package org.tokenscope.host.premium;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a language's text is turned into one token count. Neither adds special tokens (no BOS/EOS).
 * Shown with every result, because the two give different numbers for the same corpus.
 */
public enum Convention {
    /**
     * Petrov et al. (2023): each file split on {@code \n} keeping the trailing empty string after a final
     * newline, the lists concatenated, joined with one space, and the one string tokenized once.
     */
    PETROV("petrov", "one string per language (files split on newlines, joined with spaces), tokenized once"),
    /** Each segment tokenized on its own and the counts summed: no token spans two segments. */
    SENTENCES("sentences", "each segment tokenized separately, counts summed");

    private final String key;
    private final String description;

    Convention(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** The name used on the command line and in exports. */
    public String key() {
        return key;
    }

    /** One line for the UI and reports, e.g. under a table. */
    public String description() {
        return description + "; no special tokens";
    }

    /** Parses {@code petrov} or {@code sentences} (any case). */
    public static Convention of(String key) {
        for (Convention c : values()) {
            if (c.key.equals(key.strip().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown convention '" + key + "'; valid: "
                + String.join(", ", Arrays.stream(values()).map(Convention::key).toList()));
    }
}
