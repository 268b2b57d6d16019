package org.tokenscope.host.model;

/**
 * A model folder, model file or model input that cannot be used. The message is one line saying what is
 * wrong and what to do; the cause, when there is one, is for the log.
 */
public class ModelException extends RuntimeException {
    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
