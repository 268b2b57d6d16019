package org.tokenscope.views.counterfactual;

import java.util.List;
import org.tokenscope.host.decode.Trace;

/**
 * The factual run the tree branches from, with the ranked alternatives of each prompt token (teacher-forced:
 * what the model expected there), so prompt tokens can be replaced from a list as generated ones are.
 *
 * @param promptAlternatives one entry per prompt position; position 0 has none (nothing predicts it)
 * @param text               the continuation decoded as text
 */
public record FactualRun(FactualSettings settings, Trace trace, List<Ranked> promptAlternatives, String text) {

    public FactualRun {
        promptAlternatives = List.copyOf(promptAlternatives);
    }

    /** Token ids by decreasing probability, with their probabilities. */
    public record Ranked(int[] ids, double[] probs) {
        public static final Ranked NONE = new Ranked(new int[0], new double[0]);
    }
}
