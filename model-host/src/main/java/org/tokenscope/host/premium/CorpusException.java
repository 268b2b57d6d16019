package org.tokenscope.host.premium;

/** A corpus file or folder that cannot be read: missing, empty, not UTF-8, or a malformed line. */
public class CorpusException extends PremiumException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
