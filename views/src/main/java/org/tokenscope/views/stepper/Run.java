package org.tokenscope.views.stepper;

import java.util.List;
import java.util.Map;
import org.tokenscope.host.decode.Step;
import org.tokenscope.host.decode.Trace;

/**
 * A decoding run as the panel keeps and saves it: the prompt text, the engine's trace (settings, prompt ids,
 * steps, why it stopped), the decoded continuation, and the display text of every token id the trace
 * mentions, so a saved run shows its tokens and alternatives without the model.
 *
 * @param topN how many alternatives each step records
 */
public record Run(String prompt, Trace trace, String text, Map<Integer, String> texts, int topN) {

    public Run {
        texts = Map.copyOf(texts);
    }

    public List<Step> steps() {
        return trace.steps();
    }

    public boolean cautious() {
        return trace.cautious() != null;
    }

    public boolean finished() {
        return !Trace.RUNNING.equals(trace.stop());
    }

    /** The trace without its last step (a token, or a whole cautious trial), running again. */
    public Trace withoutLastStep() {
        Trace t = trace;
        List<Step> steps = t.steps();
        int from = steps.isEmpty() ? 0 : Rows.groupStart(steps, steps.size() - 1);
        return new Trace(t.sampler(), t.cautious(), t.maxTokens(), t.stopAtEos(), t.promptIds(), steps.subList(0, from), Trace.RUNNING);
    }

    /** The display text of a token ({@code #id} when the run does not know it). */
    public String display(int id) {
        return texts.getOrDefault(id, "#" + id);
    }
}
