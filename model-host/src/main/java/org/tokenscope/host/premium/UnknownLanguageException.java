package org.tokenscope.host.premium;

/** A language code (the reference, or the language of a lexicon) that the corpus does not have. */
public class UnknownLanguageException extends PremiumException {
    public UnknownLanguageException(String message) {
        super(message);
    }
}
