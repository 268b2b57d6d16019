package org.tokenscope.views.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The side-by-side view: two languages × two tokenizers of one segment. */
class SentenceModelTest {
    @TempDir
    Path dir;

    @Test
    void aResultFillsTheChoicesAndFourCellsShowTheChips() throws Exception {
        PremiumFixtures f = new PremiumFixtures();
        f.compute(dir, PremiumFixtures.ALIGNED, false, "bytes", "cl100k");
        SentenceModel s = f.vm.sentence();
        assertEquals("eng_Latn", s.languageAProperty().get());
        assertEquals("deu_Latn", s.languageBProperty().get(), "the language of highest premium under the first tokenizer");
        assertEquals("bytes", s.tokenizerAProperty().get());
        assertEquals("cl100k", s.tokenizerBProperty().get());
        assertEquals(List.of("s1", "s2"), s.segments());
        assertEquals("s1", s.segmentProperty().get());
        List<TokenizedSentence> cells = s.cells();
        assertEquals(List.of("eng_Latn/bytes", "eng_Latn/cl100k", "deu_Latn/bytes", "deu_Latn/cl100k"),
                cells.stream().map(c -> c.language() + "/" + c.tokenizer()).toList());
        assertEquals(12, cells.get(0).tokens(), "\"The cat sat.\" is 12 bytes");
        assertEquals(15, cells.get(2).tokens(), "\"Die Katze saß.\" is 15 bytes");
        assertEquals("T", cells.get(0).chips().get(0).text());
        long partial = cells.get(2).chips().stream().filter(TokenizedSentence.Chip::fallback).count();
        assertEquals(2, partial, "ß is two bytes, neither a whole character");

        s.languageBProperty().set("zho_Hans");
        s.segmentProperty().set("s2");
        assertEquals(21, s.cells().get(2).tokens(), "seven Chinese characters, three bytes each");
        assertEquals(List.of(), f.errors);
    }

    @Test
    void aSegmentOneLanguageLacksIsSaidInItsCell() throws Exception {
        PremiumFixtures f = new PremiumFixtures();
        f.compute(dir, PremiumFixtures.MISALIGNED, true, "codepoints");
        SentenceModel s = f.vm.sentence();
        s.languageBProperty().set("deu_Latn");
        s.segmentProperty().set("s2");
        TokenizedSentence german = s.cells().get(2);
        assertEquals("deu_Latn", german.language());
        assertTrue(german.missing().endsWith("has no segment s2"), german.missing());
        assertEquals(0, german.tokens());
    }
}
