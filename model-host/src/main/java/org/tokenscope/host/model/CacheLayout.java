package org.tokenscope.host.model;

/** How a decoder graph takes its key/value cache. */
public enum CacheLayout {
    /** {@code past_key_values.{i}.key|value} of shape [batch, kv_heads, past, head_dim] (Optimum). */
    SEPARATE("separate"),
    /** {@code past_{i}} of shape [2, batch, heads, past, head_dim] (legacy GPT-2 exports). */
    COMBINED("combined"),
    /** No cache inputs: every step recomputes the whole sequence. */
    NONE("none");

    private final String label;

    CacheLayout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
