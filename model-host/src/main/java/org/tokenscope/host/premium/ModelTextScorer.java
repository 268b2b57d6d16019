package org.tokenscope.host.premium;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tokenscope.host.decode.Scorer;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.tokenize.Encoding;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * How well a model predicts each language of a corpus, on a bounded sample: the first segments of every language,
 * each scored teacher-forced after BOS alone (one forward pass per segment) and cut to the model's context. The
 * premium panel shows these next to the model tokenizer's premium, so "costs more tokens" can be read against
 * "is predicted worse". Runs on a job thread; the caller holds the model for the duration.
 */
public final class ModelTextScorer {
    /** Used when a model does not state its context length; long enough for a UDHR article. */
    private static final int FALLBACK_CONTEXT = 1024;

    /**
     * One language's sample.
     *
     * @param bitsPerByte total surprisal of the scored tokens in bits over their UTF-8 bytes (NaN: nothing scored)
     * @param meanEntropy mean entropy of the next-token distribution over the scored tokens, in nats (NaN: none)
     * @param tokens      tokens scored
     * @param bytes       UTF-8 bytes those tokens cover
     * @param segments    segments sampled (fewer than asked when the language has fewer)
     * @param truncated   true when some segment was longer than the context and was cut
     */
    public record LanguageScore(double bitsPerByte, double meanEntropy, long tokens, long bytes, int segments,
                                boolean truncated) {
    }

    private ModelTextScorer() {
    }

    /**
     * Scores the first {@code segments} segments of every language of {@code corpus}.
     *
     * @param segments segments per language, from the start of each language (at least 1)
     * @return by language code, in corpus order
     * @throws java.util.concurrent.CancellationException when cancelled between segments
     */
    public static Map<String, LanguageScore> score(LanguageModel model, ParallelCorpus corpus, int segments,
                                                   Progress progress, Cancellation cancel) {
        Map<String, LanguageScore> out = new LinkedHashMap<>();
        List<CorpusLanguage> languages = corpus.languages();
        for (int i = 0; i < languages.size(); i++) {
            CorpusLanguage language = languages.get(i);
            cancel.check();
            progress.update(i, languages.size(), "Scoring " + language.code() + " with " + model.name());
            out.put(language.code(), score(model, language.segments(), segments, cancel));
        }
        progress.update(languages.size(), languages.size(), "Scored " + languages.size() + " languages");
        return out;
    }

    /** Scores the first {@code segments} of {@code all}, each on its own after BOS. */
    public static LanguageScore score(LanguageModel model, List<Segment> all, int segments, Cancellation cancel) {
        Tokenizer tokenizer = model.requireTokenizer();
        int context = model.contextLength() > 1 ? model.contextLength() : FALLBACK_CONTEXT;
        int bos = model.config().bos();
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
        return new LanguageScore(bitsPerByte, meanEntropy, tokens, bytes, used, truncated);
    }

    /** UTF-8 length of code points {@code [from, to)} of {@code text}: the bytes the scored tokens spell. */
    static long utf8Bytes(String text, int fromCodePoint, int toCodePoint) {
        int codePoints = text.codePointCount(0, text.length());
        int from = text.offsetByCodePoints(0, Math.min(fromCodePoint, codePoints));
        int to = text.offsetByCodePoints(0, Math.min(toCodePoint, codePoints));
        return text.substring(from, Math.max(from, to)).getBytes(StandardCharsets.UTF_8).length;
    }
}
