package org.tokenscope.host.premium;

/**
 * One language under one tokenizer. Counts are over the text as the convention tokenized it; ratios that
 * cannot be computed (a script without spaces, no lexicon, an empty reference) are {@code NaN}.
 *
 * @param tokens        tokens produced, no special tokens
 * @param premium       tokens / the reference language's tokens under the same tokenizer
 * @param bytes         UTF-8 bytes of the tokenized text
 * @param chars         Unicode code points of the tokenized text
 * @param bytePremium   bytes / the reference's bytes (the same for every tokenizer)
 * @param charPremium   chars / the reference's chars
 * @param words         whitespace-separated words
 * @param fertility     tokens per word; NaN for scripts written without spaces
 * @param uniqueTypes   distinct token ids used
 * @param vocabShare    uniqueTypes / the tokenizer's vocabulary size
 * @param unknownShare  fraction of tokens that are the unknown token or byte fallback
 * @param validShare    fraction of unique types (boundary markers stripped) that are words per the lexicon
 * @param pureShare     fraction of unique types that are roots or affixes per the lexicon
 */
public record PremiumRow(String language, String tokenizer, long tokens, double premium, long bytes, long chars,
                         double bytePremium, double charPremium, double bytesPerToken, double charsPerToken,
                         long words, double fertility, int uniqueTypes, double vocabShare, double unknownShare,
                         double validShare, double pureShare) {
}
