package org.tokenscope.app.cli;

/** Input the command cannot use (exit code 1); the message is the one line printed after "error: ". */
public class InputException extends RuntimeException {
    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
