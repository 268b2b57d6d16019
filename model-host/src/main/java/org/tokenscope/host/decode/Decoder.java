package org.tokenscope.host.decode;

import java.util.List;
import java.util.function.Consumer;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;

/** Runs a {@link DecodeSession} to the end, with progress, cancellation and a callback per step. */
public final class Decoder {
    private Decoder() {
    }

    public static Trace run(LanguageModel model, int[] promptIds, SamplerSettings sampler, CautiousSettings cautious,
            int maxTokens, boolean stopAtEos, int topN, Progress progress, Cancellation cancel, Consumer<List<Step>> onStep) {
        try (DecodeSession s = new DecodeSession(model, promptIds, sampler, cautious, maxTokens, stopAtEos, topN)) {
            while (!s.finished()) {
                cancel.check();
                List<Step> added = s.step();
                onStep.accept(added);
                int done = s.steps().size();
                progress.update(done, maxTokens, "token " + done + " of " + maxTokens);
            }
            return s.trace();
        }
    }

    /** Plain sampling without callbacks. */
    public static Trace plain(LanguageModel model, int[] promptIds, SamplerSettings sampler, int maxTokens, boolean stopAtEos,
            int topN) {
        return run(model, promptIds, sampler, null, maxTokens, stopAtEos, topN, Progress.NONE, Cancellation.none(), s -> { });
    }
}
