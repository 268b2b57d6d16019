package org.tokenscope.host.decode;

/**
 * "What if this token": replace the token at a generated position (or a prompt position) by
 * {@code forcedIds}, forced in order from there. Ids, never re-encoded text, so noise stays aligned.
 */
public record Intervention(boolean inPrompt, int position, int[] forcedIds) {
    public static Intervention generated(int position, int... ids) {
        return new Intervention(false, position, ids);
    }

    public static Intervention prompt(int position, int... ids) {
        return new Intervention(true, position, ids);
    }
}
