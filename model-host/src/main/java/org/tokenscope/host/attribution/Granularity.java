package org.tokenscope.host.attribution;

/** What one player is: a token, a word, a sentence, or a span the user drew. */
public enum Granularity {
    TOKENS, WORDS, SENTENCES, SPANS;

    /** The command-line spelling: {@code tokens}, {@code words}, {@code sentences}, {@code spans}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
