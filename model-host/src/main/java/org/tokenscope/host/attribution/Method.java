package org.tokenscope.host.attribution;

import java.util.Locale;

/** The Shapley estimator. */
public enum Method {
    EXACT, PERMUTATION, KERNEL;

    /** Up to this many players the automatic choice is exact (4,096 coalitions), beyond it permutation sampling. */
    public static final int AUTO_EXACT_LIMIT = 12;

    /** Exact up to {@link #AUTO_EXACT_LIMIT} players, else permutation sampling. */
    public static Method auto(int players) {
        return players <= AUTO_EXACT_LIMIT ? EXACT : PERMUTATION;
    }

    /** {@code exact}, {@code permutation} or {@code kernel}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
