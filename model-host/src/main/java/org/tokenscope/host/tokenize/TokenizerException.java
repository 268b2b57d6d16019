package org.tokenscope.host.tokenize;

/**
 * A tokenizer file that cannot be used. The message is one line naming the file and what is wrong with
 * it; the cause, when there is one, is for the log.
 */
public class TokenizerException extends RuntimeException {
    public TokenizerException(String message) {
        super(message);
    }

    public TokenizerException(String message, Throwable cause) {
        super(message, cause);
    }

    /** First line of a library message: Jackson and DJL messages can run over several lines. */
    static String firstLine(Throwable t) {
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
