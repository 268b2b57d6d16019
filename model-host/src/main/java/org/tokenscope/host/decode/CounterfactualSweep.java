package org.tokenscope.host.decode;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;

/** Replaces the token at one position by each of its top alternatives and tabulates the counterfactuals. */
public final class CounterfactualSweep {
    private CounterfactualSweep() {
    }

    /** One alternative: its raw probability and rank at the position, and what its counterfactual did. */
    public record Row(int id, double probRaw, int rankRaw, Integer firstDivergence, int editDistance, int[] ids) {
    }

    public static List<Row> sweep(LanguageModel model, Trace factual, int position, int m, Progress progress,
            Cancellation cancel) {
        if (position < 0 || position >= factual.steps().size()) {
            throw new org.tokenscope.host.model.ModelException("position " + position + " is beyond the trace ("
                    + factual.steps().size() + " tokens)");
        }
        Step step = factual.steps().get(position);
        StageSummary raw = step.stages().get(0);
        List<Row> rows = new ArrayList<>();
        int[] f = factual.generatedIds();
        for (int k = 0; k < raw.topIds().length && rows.size() < m; k++) {
            cancel.check();
            int alt = raw.topIds()[k];
            if (alt == step.id()) {
                continue;
            }
            progress.update(rows.size(), m, "alternative " + (rows.size() + 1) + " of " + m);
            try (DecodeSession s = new DecodeSession(model, factual.promptIds(), factual.sampler(), factual.cautious(),
                    factual.maxTokens(), factual.stopAtEos(), raw.topIds().length)) {
                s.force(position, alt);
                while (!s.finished()) {
                    cancel.check();
                    s.step();
                }
                int[] c = s.trace().generatedIds();
                Integer first = null;
                for (int i = 0; i < Math.max(f.length, c.length); i++) {
                    if (i >= f.length || i >= c.length || f[i] != c[i]) {
                        first = i;
                        break;
                    }
                }
                rows.add(new Row(alt, raw.topProbs()[k], k + 1, first, Levenshtein.distance(f, c), c));
            }
        }
        progress.update(m, m, "done");
        return rows;
    }
}
