package org.tokenscope.host.attribution;

/** How coalition inputs reach the model; all give the same values up to float rounding. */
public enum Evaluation {
    /** Many coalitions per forward pass ({@code logitsBatch}, right-padded): the default and the fastest. */
    BATCHED,
    /** One forward pass per coalition over its whole input: the baseline the benchmark compares against. */
    ONE_AT_A_TIME,
    /**
     * One coalition at a time, but the shared prefix (BOS and pinned text before the first player) is run
     * once and its KV cache forked for every coalition; only the rest of each input is computed.
     */
    PREFIX_KV
}
