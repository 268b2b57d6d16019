package org.tokenscope.views.counterfactual;

import org.tokenscope.host.decode.BranchTree;

/**
 * One node of the branch tree with what the panel shows and saves beside the engine's node: the baseline's
 * edit distance, the two continuations as text (so reports need no model), and KL(q‖q′) per step.
 *
 * @param klStart generated position of {@code kl[0]}
 */
public record Branch(BranchTree.Node node, int editDistanceInt, String text, String interventionalText, int klStart,
        double[] kl) {

    public int id() {
        return node.id();
    }

    /** Mean KL over the steps where it is finite, NaN when there are none. */
    public double meanKl() {
        double sum = 0;
        int n = 0;
        for (double x : kl) {
            if (Double.isFinite(x)) {
                sum += x;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
