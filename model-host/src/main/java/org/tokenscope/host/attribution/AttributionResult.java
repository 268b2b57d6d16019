package org.tokenscope.host.attribution;

import java.util.List;

/**
 * One finished (or stopped) attribution: the players with their φ and standard errors, the two ends of
 * the game, and what it cost. Immutable, so it can cross to the FX thread as is.
 *
 * @param players      the players, in text order
 * @param estimate     φ, standard errors, v(∅), v(N), samples and why it stopped
 * @param method       the estimator that ran
 * @param value        the value function's name (logprob, prob, choice, logit-diff)
 * @param masking      the masking's name (remove, baseline, filler)
 * @param evaluations  distinct coalitions this run sent to the model (cache hits excluded)
 * @param modelCalls   forward passes this run made
 * @param seconds      wall time of the run
 * @param settings     the settings with every automatic choice resolved
 */
public record AttributionResult(List<Player> players, Estimate estimate, Method method, String value, String masking,
        long evaluations, long modelCalls, double seconds, AttributionSettings settings) {

    public AttributionResult {
        players = List.copyOf(players);
    }

    public double[] phi() {
        return estimate.phi();
    }

    /** Standard errors; NaN for the exact method, where there is none. */
    public double[] stderr() {
        if (method == Method.EXACT) {
            double[] nan = new double[players.size()];
            java.util.Arrays.fill(nan, Double.NaN);
            return nan;
        }
        return estimate.stderr();
    }

    public double vEmpty() {
        return estimate.vEmpty();
    }

    public double vFull() {
        return estimate.vFull();
    }

    public double sumPhi() {
        return estimate.sumPhi();
    }

    /** Σφ − (v(N) − v(∅)): zero up to rounding; the panel shows it as the efficiency check. */
    public double efficiencyGap() {
        return sumPhi() - (vFull() - vEmpty());
    }
}
