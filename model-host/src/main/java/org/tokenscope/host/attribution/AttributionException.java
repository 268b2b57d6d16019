package org.tokenscope.host.attribution;

import org.tokenscope.host.model.ModelException;

/**
 * An attribution that cannot run as asked. The message is one line saying what is wrong and what to do;
 * {@link #kind()} lets a panel react (e.g. offer sampling when there are too many players for exact).
 */
public final class AttributionException extends ModelException {

    /** What went wrong, for callers that react differently to each. */
    public enum Kind {
        /** Neither a target nor options were given. */
        NO_TARGET,
        /** The target, an option or the filler tokenises to no tokens. */
        EMPTY_TARGET,
        /** Options, choice or value function do not fit together. */
        BAD_OPTIONS,
        /** More players than the exact estimator enumerates. */
        TOO_MANY_PLAYERS,
        /** The prompt (with its target or filler) does not fit the model's context. */
        PROMPT_TOO_LONG,
        /** The segmentation leaves no player, or custom spans are unusable. */
        BAD_PLAYERS,
        /** A setting is out of range (samples, baseline token, ...). */
        BAD_SETTING
    }

    private final Kind kind;

    public AttributionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
