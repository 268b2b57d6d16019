package org.tokenscope.host.attribution;

/** Which value function to attribute; the game's {@link ValueFunction} is built from it. */
public enum ValueKind {
    /** Log-probability of a target continuation (the default with a target). */
    LOGPROB("logprob"),
    /** Probability of a target continuation. */
    PROB("prob"),
    /** p(choice) / Σ p(option) among options (the default with options). */
    CHOICE("choice"),
    /** logit(choice's first token) − logit(the other option's first token); exactly two options. */
    LOGIT_DIFF("logit-diff");

    private final String label;

    ValueKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True for the kinds that explain a target; the others choose among options. */
    public boolean needsTarget() {
        return this == LOGPROB || this == PROB;
    }

    public static ValueKind ofLabel(String label) {
        for (ValueKind k : values()) {
            if (k.label.equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown value '" + label + "': use logprob, prob, choice or logit-diff");
    }
}
