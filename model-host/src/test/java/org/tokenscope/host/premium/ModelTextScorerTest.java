package org.tokenscope.host.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tokenscope.host.premium.Corpora.lang;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.decode.Scorer;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/** The model-linked premium columns on the demo model (English, context 256, adds BOS): a bounded sample per language. */
class ModelTextScorerTest {
    private static final String SHORT = "It is a truth universally acknowledged.";
    private static LanguageModel model;

    @BeforeAll
    static void load() {
        model = DemoModel.load(1);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aSegmentThatFitsIsItsTeacherForcedScoreAfterBos() {
        ModelTextScorer.LanguageScore s = ModelTextScorer.score(model, Corpora.of(lang("eng_Latn", SHORT)).languages()
                .get(0).segments(), 5, Cancellation.none());
        int[] ids = model.requireTokenizer().encode(SHORT).ids();
        long bytes = utf8(SHORT);
        Scorer.Result direct = Scorer.score(model, new int[] {model.config().bos()}, ids, bytes);
        double nats = direct.tokens().stream().mapToDouble(Scorer.Scored::surprisal).sum();
        double entropy = direct.tokens().stream().mapToDouble(Scorer.Scored::entropy).sum();
        assertEquals(1, s.segments(), "fewer segments than asked when the language has fewer");
        assertEquals(ids.length, s.tokens());
        assertEquals(bytes, s.bytes());
        assertFalse(s.truncated());
        assertEquals(nats / Math.log(2) / bytes, s.bitsPerByte(), 1e-12);
        assertEquals(entropy / ids.length, s.meanEntropy(), 1e-12);
    }

    @Test
    void scoresTheFirstSegmentsOfEachLanguageInCorpusOrderCutToTheContext() {
        String longEnglish = "It is a truth universally acknowledged, that a single man in possession of a good fortune, "
                .repeat(30);
        ParallelCorpus corpus = Corpora.of(
                lang("zho_Hans", "这是一个举世公认的真理。", "凡是有钱的单身汉，总想娶位太太。", "她是两个女儿中最小的一个。"),
                lang("eng_Latn", SHORT, longEnglish, "She was the youngest of the two daughters."));
        List<String> messages = new ArrayList<>();
        Progress progress = (done, total, message) -> messages.add(done + "/" + total + " " + message);
        Map<String, ModelTextScorer.LanguageScore> scores = ModelTextScorer.score(model, corpus, 2, progress,
                Cancellation.none());
        assertEquals(List.of("zho_Hans", "eng_Latn"), List.copyOf(scores.keySet()));
        ModelTextScorer.LanguageScore english = scores.get("eng_Latn");
        ModelTextScorer.LanguageScore chinese = scores.get("zho_Hans");
        assertEquals(2, english.segments());
        assertTrue(english.truncated(), "the long segment is cut to the 256-token context");
        assertEquals(model.requireTokenizer().encode(SHORT).size() + 255, english.tokens(),
                "the short segment whole, then 255 tokens of the long one after BOS");
        int cut = longEnglish.offsetByCodePoints(0, model.requireTokenizer().encode(longEnglish).ends()[254]);
        assertEquals(utf8(SHORT) + utf8(longEnglish.substring(0, cut)), english.bytes(),
                "only the bytes the scored tokens spell, not the whole long segment");
        assertFalse(chinese.truncated());
        assertTrue(english.bitsPerByte() > 0 && english.bitsPerByte() < chinese.bitsPerByte(),
                english.bitsPerByte() + " vs " + chinese.bitsPerByte() + ": an English model reads English best");
        assertTrue(english.meanEntropy() > 0);
        assertEquals("2/2 Scored 2 languages", messages.get(messages.size() - 1));
    }

    @Test
    void anEmptySampleIsNotANumberAndCancellingStopsBetweenSegments() {
        ModelTextScorer.LanguageScore none = ModelTextScorer.score(model, List.of(), 3, Cancellation.none());
        assertEquals(0, none.tokens());
        assertTrue(Double.isNaN(none.bitsPerByte()) && Double.isNaN(none.meanEntropy()));
        Cancellation cancel = Cancellation.none();
        cancel.cancel();
        assertThrows(CancellationException.class, () -> ModelTextScorer.score(model,
                Corpora.of(lang("eng_Latn", SHORT)), 1, Progress.NONE, cancel));
    }

    @Test
    void bytesAreCountedOverTheCodePointsTheScoredTokensCover() {
        assertEquals(1, ModelTextScorer.utf8Bytes("a😀b", 2, 3));
        assertEquals(0, ModelTextScorer.utf8Bytes("a😀b", 0, 0));
        assertEquals(4, ModelTextScorer.utf8Bytes("a😀b", 1, 2), "one code point of four bytes");
        assertEquals(6, ModelTextScorer.utf8Bytes("a😀b", 0, 9), "an end past the text stops at the text");
    }
}
