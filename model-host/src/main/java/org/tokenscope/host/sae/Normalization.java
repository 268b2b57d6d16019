package org.tokenscope.host.sae;

/** SAELens {@code normalize_activations}: what happens to an input before encoding and after decoding. */
public enum Normalization {
    NONE("none"),
    /**
     * Inputs were scaled during training so that E‖x‖ = √d_in. SAELens folds the factor into the weights when it
     * saves, so at inference this is the identity unless the config carries {@code norm_scaling_factor}.
     */
    EXPECTED_AVERAGE_ONLY_IN("expected_average_only_in"),
    /** x · √d_in / ‖x‖ in, divided back out. */
    CONSTANT_NORM_RESCALE("constant_norm_rescale"),
    /** (x − mean) / (std + 1e-5) in (std unbiased, as torch's), then × std + mean out. */
    LAYER_NORM("layer_norm");

    private final String saeLensName;

    Normalization(String saeLensName) {
        this.saeLensName = saeLensName;
    }

    public String saeLensName() {
        return saeLensName;
    }

    public static Normalization of(String name, String where) {
        if (name == null || name.isEmpty() || name.equals("null")) {
            return NONE;
        }
        for (Normalization n : values()) {
            if (n.saeLensName.equals(name)) {
                return n;
            }
        }
        throw new SaeException(where + " has normalize_activations \"" + name + "\"; Tokenscope knows none, "
                + "expected_average_only_in, constant_norm_rescale and layer_norm");
    }
}
