package org.tokenscope.host.premium;

/** A lexicon file (Hunspell .dic/.aff or a word list) that cannot be read or is empty. */
public class LexiconException extends PremiumException {
    public LexiconException(String message) {
        super(message);
    }

    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
