package org.tokenscope.host.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tokenscope.host.premium.Corpora.lang;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;

/** The table as a whole: order, determinism across thread counts, progress, cancel, the bundled corpus. */
class PremiumTableTest {
    private static final ParallelCorpus CORPUS = Corpora.of(
            lang("eng_Latn", "The cat sat.", "It was warm."),
            lang("tur_Latn", "Kedi oturdu.", "Hava sıcaktı."),
            lang("hin_Deva", "बिल्ली बैठ गई।", "गर्मी थी।"));

    @Test
    void rowsComeLanguageByLanguageInCorpusOrder() {
        PremiumTable table = Corpora.table(CORPUS, Corpora.tokenizers("cl100k", "bytes"), Corpora.settings());
        assertEquals(List.of("eng_Latn", "tur_Latn", "hin_Deva"), table.languages());
        assertEquals(List.of("cl100k", "bytes"), table.tokenizers());
        assertEquals(List.of("eng_Latn/cl100k", "eng_Latn/bytes", "tur_Latn/cl100k", "tur_Latn/bytes", "hin_Deva/cl100k",
                "hin_Deva/bytes"), table.rows().stream().map(r -> r.language() + "/" + r.tokenizer()).toList());
        assertEquals(3, table.rowsFor("bytes").size());
        assertEquals("test", table.corpus());
        assertThrows(IllegalArgumentException.class, () -> table.row("fra_Latn", "bytes"));
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        List<PremiumRow> one = Corpora.table(CORPUS, Corpora.tokenizers("r50k", "o200k", "codepoints"),
                Corpora.settings().withThreads(1)).rows();
        List<PremiumRow> many = Corpora.table(CORPUS, Corpora.tokenizers("r50k", "o200k", "codepoints"),
                Corpora.settings().withThreads(5)).rows();
        assertEquals(one, many);
    }

    @Test
    void progressReachesTheTotal() {
        AtomicLong last = new AtomicLong();
        AtomicLong calls = new AtomicLong();
        Progress progress = (done, total, message) -> {
            assertEquals(6, total);
            last.accumulateAndGet(done, Math::max);
            calls.incrementAndGet();
        };
        PremiumTable.compute(CORPUS, Corpora.tokenizers("bytes", "codepoints"), Corpora.settings(), progress, Cancellation.none());
        assertEquals(6, last.get());
        assertEquals(7, calls.get()); // the start and one per (language, tokenizer)
    }

    @Test
    void cancelStopsTheComputation() {
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();
        assertThrows(CancellationException.class, () -> PremiumTable.compute(CORPUS, Corpora.tokenizers("bytes"),
                Corpora.settings(), Progress.NONE, cancelled));
    }

    @Test
    void bundledUdhrGivesAPremiumForEveryCompleteTranslation() {
        PremiumTable table = Corpora.table(ParallelCorpus.udhr(), Corpora.tokenizers("cl100k", "bytes"), Corpora.settings());
        assertEquals(499 * 2, table.rows().size());
        assertEquals(1.0, table.row("eng_Latn", "cl100k").premium());
        for (PremiumRow row : table.rows()) {
            assertTrue(row.premium() > 0.3 && row.premium() < 30, row.toString());
        }
        // the byte premium is the bytes tokenizer's premium
        PremiumRow hindi = table.row("hin_Deva", "bytes");
        assertEquals(hindi.premium(), table.row("hin_Deva", "cl100k").bytePremium());
        assertTrue(table.row("hin_Deva", "cl100k").premium() > 2, "Hindi costs more cl100k tokens than English");
    }
}
