package org.tokenscope.views.stepper;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.decode.CautiousInfo;

/**
 * One CNTP trial of a cautious step as the trials view lists it: its tokens with their probabilities under the
 * sampled-from distributions, its perplexity, and whether it won (lowest perplexity, ties to the lowest index).
 */
public record TrialRow(int trial, double ppl, boolean chosen, List<String> tokens, List<Double> probs) {

    public TrialRow {
        tokens = List.copyOf(tokens);
        probs = List.copyOf(probs);
    }

    /** The trials of a cautious step, in trial order; empty when it ran none (one trial is plain sampling). */
    static List<TrialRow> of(CautiousInfo info, Run run) {
        List<TrialRow> out = new ArrayList<>();
        if (info == null) {
            return out;
        }
        for (int r = 0; r < info.details().size(); r++) {
            CautiousInfo.Trial t = info.details().get(r);
            List<String> tokens = new ArrayList<>();
            List<Double> probs = new ArrayList<>();
            for (int k = 0; k < t.ids().length; k++) {
                tokens.add(run.display(t.ids()[k]));
                probs.add(t.probs()[k]);
            }
            out.add(new TrialRow(r, t.ppl(), r == info.chosen(), tokens, probs));
        }
        return out;
    }
}
