package org.tokenscope.host.premium;

/**
 * What one (language, tokenizer) task measures; everything relative to the reference is derived later.
 *
 * @param validTypes unique types that are words per the language's lexicon; -1 without a lexicon
 * @param pureTypes  unique types that are roots or affixes; -1 without a lexicon
 */
record LanguageCounts(long tokens, TextStats text, boolean usesSpaces, int uniqueTypes, int vocabSize,
                      long unknownTokens, int validTypes, int pureTypes) {
}
