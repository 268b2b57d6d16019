package org.tokenscope.views.premium;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tokenscope.host.decode.Scorer;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.premium.CorpusLanguage;
import org.tokenscope.host.premium.ParallelCorpus;
import org.tokenscope.host.premium.Segment;
import org.tokenscope.host.tokenize.Encoding;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * Scores a bounded sample of every language with the hosted model (teacher-forced, one forward pass per
 * segment). Runs on a job thread; the caller holds the model's lease for the duration.
 */
public final class ModelSampleScorer {
    /** Used when a model does not state its context length; long enough for a UDHR article. */
    private static final int FALLBACK_CONTEXT = 1024;

    private ModelSampleScorer() {
    }

    /**
     * @param segments segments per language, from the start of each language (at least 1)
     * @throws java.util.concurrent.CancellationException when cancelled between segments
     */
    public static ModelScores score(LanguageModel model, ParallelCorpus corpus, int segments, Progress progress,
                                    Cancellation cancel) {
        Tokenizer tokenizer = model.requireTokenizer();
        int context = model.contextLength() > 1 ? model.contextLength() : FALLBACK_CONTEXT;
        int bos = model.config().bos();
        Map<String, ModelScores.Language> out = new LinkedHashMap<>();
        List<CorpusLanguage> languages = corpus.languages();
        for (int i = 0; i < languages.size(); i++) {
            CorpusLanguage language = languages.get(i);
            cancel.check();
            progress.update(i, languages.size(), "Scoring " + language.code() + " with " + model.name());
            out.put(language.code(), language(model, tokenizer, bos, context, language.segments(), segments, cancel));
        }
        progress.update(languages.size(), languages.size(), "Scored " + languages.size() + " languages");
        return new ModelScores(model.name(), segments, out);
    }

    private static ModelScores.Language language(LanguageModel model, Tokenizer tokenizer, int bos, int context,
                                                 List<Segment> all, int segments, Cancellation cancel) {
        double nats = 0;
        double entropy = 0;
        long tokens = 0;
        long bytes = 0;
        int used = 0;
        boolean truncated = false;
        for (Segment segment : all.subList(0, Math.min(segments, all.size()))) {
            cancel.check();
            Encoding enc = tokenizer.encode(segment.text());
            // Without BOS the first token is the context and only the rest is scored.
            int first = bos >= 0 ? 0 : 1;
            int end = Math.min(enc.size(), first + context - 1); // one position holds BOS or the first token
            truncated |= end < enc.size();
            if (end - first <= 0) {
                continue;
            }
            int[] contextIds = bos >= 0 ? new int[] {bos} : new int[] {enc.ids()[0]};
            int[] ids = Arrays.copyOfRange(enc.ids(), first, end);
            long textBytes = utf8Bytes(segment.text(), first == 0 ? 0 : enc.ends()[0], enc.ends()[end - 1]);
            Scorer.Result r = Scorer.score(model, contextIds, ids, textBytes);
            for (Scorer.Scored s : r.tokens()) {
                nats += s.surprisal();
                entropy += s.entropy();
            }
            tokens += ids.length;
            bytes += textBytes;
            used++;
        }
        double bitsPerByte = bytes == 0 ? Double.NaN : nats / Math.log(2) / bytes;
        double meanEntropy = tokens == 0 ? Double.NaN : entropy / tokens;
        return new ModelScores.Language(bitsPerByte, meanEntropy, tokens, bytes, used, truncated);
    }

    /** UTF-8 length of code points {@code [from, to)} of {@code text}: the bytes the scored tokens spell. */
    static long utf8Bytes(String text, int fromCodePoint, int toCodePoint) {
        int from = text.offsetByCodePoints(0, Math.min(fromCodePoint, text.codePointCount(0, text.length())));
        int to = text.offsetByCodePoints(0, Math.min(toCodePoint, text.codePointCount(0, text.length())));
        return text.substring(from, Math.max(from, to)).getBytes(StandardCharsets.UTF_8).length;
    }
}
