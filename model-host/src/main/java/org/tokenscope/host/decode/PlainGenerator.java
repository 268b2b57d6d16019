package org.tokenscope.host.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.DecodeState;
import org.tokenscope.host.model.LanguageModel;

/** Ordinary sampling with the KV cache: trial 0 noise at every generated position. */
public final class PlainGenerator {
    private PlainGenerator() {
    }

    /**
     * Generates up to {@code maxTokens} tokens (fewer at EOS when {@code stopAtEos}, or at the context limit).
     * Listens for cancellation between tokens.
     */
    public static Generation generate(LanguageModel model, int[] promptIds, SamplerSettings settings, int maxTokens,
            boolean stopAtEos, int topN, Progress progress, Cancellation cancel) {
        model.checkIds(promptIds);
        Set<Integer> eos = model.config().eos();
        int limit = model.contextLength() > 0 ? Math.min(maxTokens, model.contextLength() - promptIds.length) : maxTokens;
        List<Step> steps = new ArrayList<>();
        String stop = Generation.LENGTH;
        try (DecodeState state = model.newState()) {
            float[] logits = state.append(promptIds);
            for (int t = 0; t < limit; t++) {
                cancel.check();
                StageStats st = StageStats.of(logits, settings);
                int id = Sampler.choose(st.warped(), settings, t, 0);
                steps.add(Step.of(t, id, st, topN));
                progress.update(t + 1, limit, "token " + (t + 1) + " of " + limit);
                if (stopAtEos && eos.contains(id)) {
                    stop = Generation.EOS;
                    break;
                }
                if (t + 1 < limit) {
                    logits = state.append(id);
                }
            }
        }
        return new Generation(promptIds, steps, stop);
    }
}
