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
    /** Most contexts, logits or neighbours listed per feature ({@code sae features --top}). */
    public static final int MAX_TOP = 1000;
    /** Most corpus tokens examined ({@code sae features --tokens}): every token's code is kept in memory. */
    public static final int MAX_TOKENS = 10_000_000;

    /**
     * Checks every value's range, with messages naming the range (the CLI shows them as usage errors).
     *
     * @throws SaeException naming the first value out of range
     */
    public StatsSettings {
        check("top contexts per feature (--top)", topContexts, 0, MAX_TOP);
        check("quantile bands", quantileBands, 0, 100);
        check("contexts per band", perBand, 0, MAX_TOP);
        check("tokens of context before", before, 0, 1024);
        check("tokens of context after", after, 0, 1024);
        check("histogram bins", histogramBins, 1, 10_000);
        check("logit effects per feature (--top)", logits, 0, MAX_TOP);
        check("neighbours per feature", neighbours, 0, MAX_TOP);
        check("the thread count (--threads)", threads, 1, TrainerSettings.MAX_THREADS);
    }

    /** Checks a number of corpus tokens to examine: 1..{@link #MAX_TOKENS}. */
    public static void checkTokens(long tokens) {
        check("the tokens to examine (--tokens)", tokens, 1, MAX_TOKENS);
    }

    private static void check(String what, long v, long min, long max) {
        if (v < min || v > max) {
            throw new SaeException(String.format(java.util.Locale.ROOT, "%s must be in %,d..%,d, got %,d", what, min, max, v));
        }
    }

    public static StatsSettings defaults() {
        return new StatsSettings(10, 5, 2, 12, 4, 32, 10, 10,
                Math.min(TrainerSettings.MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    public StatsSettings withTop(int n) {
        return new StatsSettings(n, quantileBands, perBand, before, after, histogramBins, n, neighbours, threads);
    }

    public StatsSettings withThreads(int n) {
        return new StatsSettings(topContexts, quantileBands, perBand, before, after, histogramBins, logits, neighbours, n);
    }
}
