package org.tokenscope.host.attribution;

import java.util.Locale;

/** Which {@link Masking} takes absent players out of the prompt. */
public enum MaskingKind {
    REMOVE, BASELINE, FILLER;

    /** {@code remove}, {@code baseline} or {@code filler}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
