package org.tokenscope.views.stepper;

import org.tokenscope.host.decode.Trace;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.views.shell.ModelProvider;

/** The text of a run shortened by Back, decoded on the spot (a tokenizer decode takes microseconds). */
final class ContinuationText {
    private ContinuationText() {
    }

    static String of(ModelProvider models, Trace t, Run before) {
        LanguageModel m = models.modelProperty().get();
        if (m != null && m.tokenizer().isPresent()) {
            return t.continuationText(m.tokenizer().get());
        }
        // No tokenizer at hand: join the display texts, which differ from the text only in marked whitespace.
        StringBuilder b = new StringBuilder();
        t.steps().forEach(s -> b.append(before.display(s.id())));
        return b.toString();
    }
}
