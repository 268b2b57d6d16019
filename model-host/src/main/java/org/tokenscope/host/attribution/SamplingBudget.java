package org.tokenscope.host.attribution;

/**
 * When a sampling estimator stops: after {@code samples} (permutations, an antithetic pair counting 2; or
 * coalitions for KernelSHAP), or earlier when every standard error is below {@code tolerance}, when
 * {@code maxSeconds} have passed, or when {@code maxModelCalls} forward passes have run. Zero turns a
 * limit off (samples excepted, which must be positive).
 */
public record SamplingBudget(long samples, double tolerance, double maxSeconds, long maxModelCalls) {
    public SamplingBudget {
        if (samples < 1) {
            throw new AttributionException(AttributionException.Kind.BAD_SETTING, "samples must be ≥ 1, got " + samples);
        }
        if (tolerance < 0 || maxSeconds < 0 || maxModelCalls < 0 || Double.isNaN(tolerance) || Double.isNaN(maxSeconds)) {
            throw new AttributionException(AttributionException.Kind.BAD_SETTING,
                    "tolerance, max seconds and max model calls must be ≥ 0 (0 = no limit)");
        }
    }

    public static SamplingBudget ofSamples(long samples) {
        return new SamplingBudget(samples, 0, 0, 0);
    }

    /** Tracks the limits that depend on time and calls during one run. */
    final class Clock {
        private final long startNanos = System.nanoTime();
        private final long startCalls;
        private final CoalitionGame game;

        Clock(CoalitionGame game) {
            this.game = game;
            this.startCalls = game.modelCalls();
        }

        /** The limit that has been reached, or null. */
        Estimate.Stop exhausted() {
            if (maxSeconds > 0 && (System.nanoTime() - startNanos) / 1e9 >= maxSeconds) {
                return Estimate.Stop.TIME;
            }
            if (maxModelCalls > 0 && game.modelCalls() - startCalls >= maxModelCalls) {
                return Estimate.Stop.MODEL_CALLS;
            }
            return null;
        }

        double elapsedSeconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }
    }

    Clock start(CoalitionGame game) {
        return new Clock(game);
    }
}
