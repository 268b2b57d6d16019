package org.tokenscope.host.premium;

/** Where a {@link Lexicon} looks words up: a Hunspell dictionary or a plain word list. */
interface WordSource {
    /** A word of the language, inflected forms included. */
    boolean isWord(String s);

    /** A root or an affix: the morphemes words are built from. */
    boolean isMorpheme(String s);
}
