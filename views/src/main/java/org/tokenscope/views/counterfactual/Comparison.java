package org.tokenscope.views.counterfactual;

import java.util.List;
import org.tokenscope.host.decode.CounterfactualResult;
import org.tokenscope.host.decode.Intervention;

/**
 * One intervention's three continuations as the panel shows them: the engine's result, the node it belongs
 * to, the decoded texts, and per-token diff marks of the counterfactual and interventional rows against the
 * factual one (the run the intervention was made on).
 *
 * @param counterfactualPrompt the counterfactual run's prompt as text (it differs from the factual prompt when a
 *                             prompt token was changed on the way)
 */
public record Comparison(int nodeId, CounterfactualResult result, String counterfactualPrompt, String factualText,
        String counterfactualText, String interventionalText, List<TokenDiff.Mark> counterfactualMarks,
        List<TokenDiff.Mark> interventionalMarks) {

    public Comparison {
        counterfactualMarks = List.copyOf(counterfactualMarks);
        interventionalMarks = List.copyOf(interventionalMarks);
    }

    /** Builds the marks from the result's ids. */
    public static Comparison of(int nodeId, CounterfactualResult r, String cfPrompt, String factualText, String cfText, String intText) {
        int[] f = r.factual().generatedIds();
        Intervention iv = r.intervention();
        return new Comparison(nodeId, r, cfPrompt, factualText, cfText, intText,
                TokenDiff.marks(f, r.counterfactual().generatedIds(), iv),
                TokenDiff.marks(f, r.interventional().generatedIds(), iv));
    }

    public Intervention intervention() {
        return result.intervention();
    }
}
