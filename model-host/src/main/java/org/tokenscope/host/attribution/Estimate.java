package org.tokenscope.host.attribution;

/**
 * Shapley values of a game as an estimator left them.
 *
 * @param phi     φ_i per player
 * @param stderr  standard error per player: 0 when exact, NaN when it cannot be estimated (one sample)
 * @param vEmpty  v(∅)
 * @param vFull   v(N)
 * @param samples permutations walked (an antithetic pair counts 2), coalitions sampled (KernelSHAP),
 *                or 2^M (exact)
 * @param stop    why the estimator stopped
 */
public record Estimate(double[] phi, double[] stderr, double vEmpty, double vFull, long samples, Stop stop) {

    /** Why an estimator stopped. */
    public enum Stop {
        /** Every coalition was evaluated, or the planned samples were all walked. */
        COMPLETE,
        /** Every standard error fell below the tolerance. */
        TOLERANCE,
        /** The time limit was reached. */
        TIME,
        /** The model-call budget was spent. */
        MODEL_CALLS
    }

    public Estimate {
        phi = phi.clone();
        stderr = stderr.clone();
    }

    @Override
    public double[] phi() {
        return phi.clone();
    }

    @Override
    public double[] stderr() {
        return stderr.clone();
    }

    public int players() {
        return phi.length;
    }

    /** Σ φ_i: equals v(N) − v(∅) (efficiency) up to rounding for every estimator here. */
    public double sumPhi() {
        double s = 0;
        for (double p : phi) {
            s += p;
        }
        return s;
    }
}
