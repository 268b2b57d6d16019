package org.tokenscope.views.stepper;

import java.util.List;
import org.tokenscope.host.decode.Step;

/**
 * One token as the panel shows it, whether generated or scored: its numbers under the distribution it was
 * chosen from (after every active warper for a generated token, softmax of the logits for a scored one) and the
 * most probable alternatives.
 *
 * @param trials CNTP trials of the step the token belongs to; 0 when the run was not cautious
 * @param step   the engine's record, null for a scored token
 */
public record TokenRow(int index, int id, String display, double prob, double entropy, double surprisal, int rank,
        int trials, boolean inTrial, List<Alternative> top, Step step) {

    /** A token the model could have chosen instead, with its probability. */
    public record Alternative(int id, String display, double prob) {
    }

    public TokenRow {
        top = List.copyOf(top);
    }
}
