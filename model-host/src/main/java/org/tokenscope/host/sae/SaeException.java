package org.tokenscope.host.sae;

import org.tokenscope.host.model.ModelException;

/**
 * An SAE file, activation store or training request that cannot be used. A {@link ModelException} so every
 * caller that already shows model errors as one line (the CLI, the app's jobs layer) shows these too.
 */
public class SaeException extends ModelException {
    public SaeException(String message) {
        super(message);
    }

    public SaeException(String message, Throwable cause) {
        super(message, cause);
    }
}
