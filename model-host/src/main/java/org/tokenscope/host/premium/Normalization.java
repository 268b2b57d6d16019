package org.tokenscope.host.premium;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Unicode normalisation applied to every segment before counting. Raw text is the default because
 * published counts are made on raw FLORES files, some of which (hin_Deva, arb_Arab) are not NFC.
 */
public enum Normalization {
    NONE("none", null),
    NFC("nfc", Normalizer.Form.NFC),
    NFKC("nfkc", Normalizer.Form.NFKC);

    private final String key;
    private final Normalizer.Form form;

    Normalization(String key, Normalizer.Form form) {
        this.key = key;
        this.form = form;
    }

    public String key() {
        return key;
    }

    public String apply(String text) {
        return form == null ? text : Normalizer.normalize(text, form);
    }

    /** Parses {@code none}, {@code nfc} or {@code nfkc} (any case). */
    public static Normalization of(String key) {
        for (Normalization n : values()) {
            if (n.key.equals(key.strip().toLowerCase(Locale.ROOT))) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown normalization '" + key + "'; valid: "
                + String.join(", ", Arrays.stream(values()).map(Normalization::key).toList()));
    }
}
