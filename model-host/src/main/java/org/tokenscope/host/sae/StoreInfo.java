package org.tokenscope.host.sae;

/**
 * What an activation store holds and where it came from ({@code store.json}).
 *
 * @param count       activation vectors stored (special tokens excluded)
 * @param sequences   model inputs the vectors came from
 * @param contextSize tokens per model input, BOS included
 */
public record StoreInfo(int dIn, long count, String tap, String modelName, String modelSha256, int contextSize,
        boolean prependBos, String corpus, int sequences) {
}
