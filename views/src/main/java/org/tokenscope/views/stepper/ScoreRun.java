package org.tokenscope.views.stepper;

import java.util.Map;
import org.tokenscope.host.decode.Scorer;

/**
 * A teacher-forced score as the panel keeps and saves it: the text, the context it was scored after (the
 * prompt, or BOS alone when {@code prompt} is null), the engine's result and the display text of its tokens.
 */
public record ScoreRun(String text, String prompt, Scorer.Result result, Map<Integer, String> texts) {

    public ScoreRun {
        texts = Map.copyOf(texts);
    }

    public String display(int id) {
        return texts.getOrDefault(id, "#" + id);
    }
}
