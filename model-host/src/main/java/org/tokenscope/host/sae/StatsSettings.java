package org.tokenscope.host.sae;

/**
 * What feature statistics collect.
 *
 * @param topContexts      top-activating contexts per feature
 * @param quantileBands    activation quantile bands with example contexts (0: none)
 * @param perBand          contexts per band
 * @param before           tokens of context before the activating token
 * @param after            tokens of context after it
 * @param histogramBins    bins of the activation histogram
 * @param logits           top and bottom logit effects per feature
 * @param neighbours       nearest features by decoder cosine
 */
public record StatsSettings(int topContexts, int quantileBands, int perBand, int before, int after, int histogramBins,
        int logits, int neighbours, int threads) {

    public static StatsSettings defaults() {
        return new StatsSettings(10, 5, 2, 12, 4, 32, 10, 10, Runtime.getRuntime().availableProcessors());
    }

    public StatsSettings withTop(int n) {
        return new StatsSettings(n, quantileBands, perBand, before, after, histogramBins, n, neighbours, threads);
    }

    public StatsSettings withThreads(int n) {
        return new StatsSettings(topContexts, quantileBands, perBand, before, after, histogramBins, logits, neighbours, n);
    }
}
