package org.tokenscope.host.premium;

/**
 * Input the premium comparison cannot use. The message is one line saying what is wrong and what to do,
 * fit to show in a dialog or after {@code error: } on the command line; the cause, if any, is for the log.
 */
public class PremiumException extends RuntimeException {
    public PremiumException(String message) {
        super(message);
    }

    public PremiumException(String message, Throwable cause) {
        super(message, cause);
    }
}
