package org.tokenscope.host.decode;

/**
 * The three continuations of an intervention and how they differ: first generated position where the
 * counterfactual departs from the factual run (null if never), edit distances in tokens to the factual
 * ids, and KL(q‖q′) at each generated position after the intervention that both runs reached
 * ({@code kl[i]} at position {@code klStart + i}; +∞ where q′ drops a token q can produce).
 */
public record CounterfactualResult(Intervention intervention, Trace factual, Trace counterfactual, Trace interventional,
        Integer firstDivergence, int editDistanceCf, int editDistanceInt, int klStart, double[] kl) {
}
