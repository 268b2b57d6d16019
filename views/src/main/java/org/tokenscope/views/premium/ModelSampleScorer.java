package org.tokenscope.views.premium;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.premium.ModelTextScorer;
import org.tokenscope.host.premium.ParallelCorpus;

/**
 * The engine's {@link ModelTextScorer} packaged as the panel's {@link ModelScores}, which also carries the model's
 * name and the sample size for labels and saved results. Runs on a job thread; the caller holds the model's lease.
 */
final class ModelSampleScorer {
    private ModelSampleScorer() {
    }

    /**
     * @param segments segments per language, from the start of each language (at least 1)
     * @throws java.util.concurrent.CancellationException when cancelled between segments
     */
    static ModelScores score(LanguageModel model, ParallelCorpus corpus, int segments, Progress progress,
                             Cancellation cancel) {
        Map<String, ModelScores.Language> out = new LinkedHashMap<>();
        ModelTextScorer.score(model, corpus, segments, progress, cancel).forEach((code, s) -> out.put(code,
                new ModelScores.Language(s.bitsPerByte(), s.meanEntropy(), s.tokens(), s.bytes(), s.segments(), s.truncated())));
        return new ModelScores(model.name(), segments, out);
    }
}
