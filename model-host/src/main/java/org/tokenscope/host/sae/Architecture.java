package org.tokenscope.host.sae;

/** How an SAE turns pre-activations into feature activations at inference (SAELens {@code architecture}). */
public enum Architecture {
    /** f = relu(pre). */
    STANDARD("standard"),
    /** f = relu(pre) · [pre > threshold]. */
    JUMPRELU("jumprelu"),
    /** keep the k largest pre-activations, then relu. */
    TOPK("topk");

    private final String saeLensName;

    Architecture(String saeLensName) {
        this.saeLensName = saeLensName;
    }

    public String saeLensName() {
        return saeLensName;
    }

    /** From {@code cfg.json}; unknown names (gated, transcoders, ...) get a message naming what is supported. */
    public static Architecture of(String name, String where) {
        for (Architecture a : values()) {
            if (a.saeLensName.equalsIgnoreCase(name)) {
                return a;
            }
        }
        throw new SaeException(where + " has architecture \"" + name + "\", which Tokenscope cannot run: it reads standard, "
                + "jumprelu and topk SAEs (BatchTopK and Matryoshka SAEs saved for inference are jumprelu)");
    }
}
