package org.tokenscope.host.tokenize;

/**
 * Token ids with their character spans: token i covers code points {@code [starts[i], ends[i])} of the
 * encoded text (several tokens may share a span when one character spans several byte tokens).
 */
public record Encoding(int[] ids, int[] starts, int[] ends) {
    public Encoding {
        if (ids.length != starts.length || ids.length != ends.length) {
            throw new IllegalArgumentException("ids, starts and ends must have the same length");
        }
    }

    public int size() {
        return ids.length;
    }
}
