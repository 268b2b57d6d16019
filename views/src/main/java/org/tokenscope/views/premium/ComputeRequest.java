package org.tokenscope.views.premium;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.premium.Lexicon;
import org.tokenscope.host.premium.ParallelCorpus;
import org.tokenscope.host.premium.PremiumSettings;
import org.tokenscope.host.premium.PremiumTable;
import org.tokenscope.host.tokenize.Tokenizer;
import org.tokenscope.views.shell.ModelProvider;

/**
 * Everything one computation needs, copied from the setup on the FX thread so the job thread reads no
 * properties; {@link #run} is the job's body.
 *
 * @param languages      codes to compare, empty for all
 * @param modelTokenizer the hosted model's tokenizer.json, null when no model is loaded
 * @param modelSegments  segments per language to score with the model; 0 to skip scoring
 */
record ComputeRequest(CorpusSpec corpus, boolean includePartial, List<String> languages, List<TokenizerSpec> tokenizers,
                      PremiumSettings settings, Map<String, Path> lexicons, Path modelTokenizer, int modelSegments) {

    ComputeRequest {
        languages = List.copyOf(languages);
        tokenizers = List.copyOf(tokenizers);
        lexicons = new LinkedHashMap<>(lexicons);
    }

    static ComputeRequest of(PremiumSetup setup, Path modelTokenizer, boolean modelLoaded) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        boolean score = setup.scoreModelProperty().get() && modelLoaded;
        return new ComputeRequest(setup.corpusProperty().get(), setup.includePartialProperty().get(),
                new ArrayList<>(setup.languages()), new ArrayList<>(setup.tokenizers()), setup.settings(Map.of(), threads),
                setup.lexicons(), modelTokenizer, score ? setup.modelSegmentsProperty().get() : 0);
    }

    /** Reads, tokenizes and (when asked) scores; progress runs 0–1000, the model's share at the end. */
    PremiumResult run(PremiumWorkspace workspace, ModelProvider models, Progress progress, Cancellation cancel) {
        progress.update(0, 1000, "Reading " + corpus.label());
        ParallelCorpus all = workspace.corpus(corpus, includePartial);
        ParallelCorpus chosen = languages.isEmpty() ? all : all.select(languages);
        List<Tokenizer> loaded = new ArrayList<>();
        for (TokenizerSpec spec : tokenizers) {
            progress.update(0, 1000, "Loading tokenizer " + spec.name());
            loaded.add(workspace.tokenizer(spec, modelTokenizer));
        }
        Map<String, Lexicon> lexicon = new LinkedHashMap<>();
        lexicons.forEach((code, file) -> lexicon.put(code, Lexicon.forLanguage(file, code)));
        PremiumSettings withLexicons = new PremiumSettings(settings.reference(), settings.convention(),
                settings.normalization(), settings.wholeDocument(), lexicon, settings.threads());
        int split = modelSegments > 0 ? 800 : 1000;
        PremiumTable table = PremiumTable.compute(chosen, loaded, withLexicons, scaled(progress, 0, split), cancel);
        ModelScores scores = modelSegments > 0 ? score(models, chosen, scaled(progress, split, 1000), cancel) : null;
        List<LanguageInfo> infos = chosen.languages().stream().map(LanguageInfo::of).toList();
        return PremiumResult.of(counting(withLexicons), infos, table, scores);
    }

    private PremiumResult.Counting counting(PremiumSettings s) {
        Map<String, String> names = new LinkedHashMap<>();
        s.lexicons().forEach((language, lexicon) -> names.put(language, lexicon.name()));
        return new PremiumResult.Counting(corpus, s.reference(), s.convention(), s.normalization(), s.wholeDocument(),
                includePartial, names);
    }

    /** Borrows the model for the scoring only; a model unloaded meanwhile leaves the scores out. */
    private ModelScores score(ModelProvider models, ParallelCorpus chosen, Progress progress, Cancellation cancel) {
        var lease = models.borrow();
        if (lease.isEmpty()) {
            return null;
        }
        try (ModelProvider.Lease l = lease.get()) {
            LanguageModel model = l.model();
            if (model.tokenizer().isEmpty()) {
                return null; // a model without a tokenizer cannot read the corpus
            }
            return ModelSampleScorer.score(model, chosen, modelSegments, progress, cancel);
        }
    }

    /** Maps a phase's own done/total onto [from, to) of the 0–1000 scale. */
    private static Progress scaled(Progress out, long from, long to) {
        return (done, total, message) -> {
            double f = total > 0 ? Math.min(1, (double) done / total) : 0;
            out.update(from + Math.round(f * (to - from)), 1000, message);
        };
    }
}
