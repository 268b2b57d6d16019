package org.tokenscope.host.decode;

/** The sampler stages in the order they are applied; each keeps a full-vocabulary distribution. */
public enum Stage {
    RAW("raw"), TEMPERATURE("temperature"), TOP_K("top_k"), TOP_P("top_p"), MIN_P("min_p");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
