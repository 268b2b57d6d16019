package org.tokenscope.views.stepper;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.decode.Scorer;
import org.tokenscope.host.decode.Step;

/** Turns engine records into the rows the strip, charts and tables show. */
final class Rows {
    private Rows() {
    }

    /** Rows of a run's steps from {@code from} on; {@code before} is the row before {@code from} (null at 0). */
    static List<TokenRow> of(Run run, int from, TokenRow before) {
        List<Step> steps = run.steps();
        List<TokenRow> out = new ArrayList<>(steps.size() - from);
        int trials = before == null ? 0 : before.trials();
        for (int i = from; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s.cautious() != null) {
                trials = s.cautious().trials();
            } else if (!s.inTrial()) {
                trials = 0; // a plain step; in a cautious run every step that opens a group carries its info
            }
            List<TokenRow.Alternative> top = new ArrayList<>();
            for (int k = 0; k < s.topIds().length; k++) {
                top.add(new TokenRow.Alternative(s.topIds()[k], run.display(s.topIds()[k]), s.topProbs()[k]));
            }
            out.add(new TokenRow(i, s.id(), run.display(s.id()), s.prob(), s.entropy(), s.surprisal(), s.rank(),
                    run.cautious() ? trials : 0, s.inTrial(), top, s));
        }
        return out;
    }

    static List<TokenRow> of(Run run) {
        return run == null ? List.of() : of(run, 0, null);
    }

    static List<TokenRow> of(ScoreRun score) {
        if (score == null) {
            return List.of();
        }
        List<TokenRow> out = new ArrayList<>();
        for (Scorer.Scored t : score.result().tokens()) {
            out.add(new TokenRow(t.index(), t.id(), score.display(t.id()), t.prob(), t.entropy(), t.surprisal(), t.rank(), 0,
                    false, List.of(), null));
        }
        return out;
    }

    /** Index of the step that opened the group {@code index} belongs to (a cautious trial spans several tokens). */
    static int groupStart(List<Step> steps, int index) {
        int i = index;
        while (i > 0 && steps.get(i).inTrial()) {
            i--;
        }
        return i;
    }
}
