package org.tokenscope.host.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tokenscope.host.premium.Corpora.lang;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.tokenize.HfTokenizer;

/**
 * Each metric on corpora small enough to count by hand. Bytes and code points are their own tokenizers,
 * so their counts can be read off the text; the comments show the arithmetic.
 */
class MetricsTest {
    // Petrov convention, one part without a final newline: segments joined with one space.
    //   eng "ab cd éf": 9 bytes (é is 2), 8 code points, 3 words
    //   deu "abc de fg h": 11 bytes, 11 code points, 4 words
    //   zho "中文 字": 10 bytes (3 per character), 4 code points, written without spaces
    private static final ParallelCorpus CORPUS = Corpora.of(
            lang("eng_Latn", "ab cd", "éf"),
            lang("deu_Latn", "abc de fg", "h"),
            lang("zho_Hans", "中文", "字"));

    private final PremiumTable table = Corpora.table(CORPUS, Corpora.tokenizers("bytes", "codepoints"), Corpora.settings());

    @Test
    void tokensBytesAndChars() {
        PremiumRow eng = table.row("eng_Latn", "bytes");
        assertEquals(9, eng.tokens());
        assertEquals(9, eng.bytes());
        assertEquals(8, eng.chars());
        assertEquals(3, eng.words());
        assertEquals(8, table.row("eng_Latn", "codepoints").tokens());
        assertEquals(10, table.row("zho_Hans", "bytes").tokens());
        assertEquals(4, table.row("zho_Hans", "codepoints").tokens());
    }

    @Test
    void premiumsAreRelativeToTheReferenceUnderTheSameTokenizer() {
        assertEquals(1.0, table.row("eng_Latn", "bytes").premium());
        assertEquals(11.0 / 9, table.row("deu_Latn", "bytes").premium(), 1e-15);
        assertEquals(11.0 / 8, table.row("deu_Latn", "codepoints").premium(), 1e-15);
        assertEquals(4.0 / 8, table.row("zho_Hans", "codepoints").premium(), 1e-15);
        // byte and char premiums do not depend on the tokenizer
        for (String tokenizer : List.of("bytes", "codepoints")) {
            assertEquals(10.0 / 9, table.row("zho_Hans", tokenizer).bytePremium(), 1e-15);
            assertEquals(4.0 / 8, table.row("zho_Hans", tokenizer).charPremium(), 1e-15);
        }
        PremiumTable vsGerman = Corpora.table(CORPUS, Corpora.tokenizers("bytes"), Corpora.settings().withReference("deu_Latn"));
        assertEquals(9.0 / 11, vsGerman.row("eng_Latn", "bytes").premium(), 1e-15);
    }

    @Test
    void bytesAndCharsPerToken() {
        assertEquals(1.0, table.row("eng_Latn", "bytes").bytesPerToken());
        assertEquals(8.0 / 9, table.row("eng_Latn", "bytes").charsPerToken(), 1e-15);
        assertEquals(9.0 / 8, table.row("eng_Latn", "codepoints").bytesPerToken(), 1e-15);
        assertEquals(10.0 / 4, table.row("zho_Hans", "codepoints").bytesPerToken(), 1e-15);
    }

    @Test
    void fertilityOnlyWhereTheScriptUsesSpaces() {
        assertEquals(9.0 / 3, table.row("eng_Latn", "bytes").fertility(), 1e-15);
        assertEquals(11.0 / 4, table.row("deu_Latn", "codepoints").fertility(), 1e-15);
        assertTrue(Double.isNaN(table.row("zho_Hans", "bytes").fertility()));
        // without a script in the code, the script of the letters decides
        ParallelCorpus unnamed = Corpora.of(lang("en", "a b"), lang("zh", "中文字"));
        PremiumTable t = Corpora.table(unnamed, Corpora.tokenizers("codepoints"), Corpora.settings().withReference("en"));
        assertEquals(3.0 / 2, t.row("en", "codepoints").fertility(), 1e-15);
        assertTrue(Double.isNaN(t.row("zh", "codepoints").fertility()));
    }

    @Test
    void whitespaceWordsCountLikePythonSplit() {
        assertEquals(0, TextStats.words(""));
        assertEquals(0, TextStats.words(" \t\n"));
        assertEquals(3, TextStats.words("  a b\u00A0c  ")); // a no-break space separates too
        assertEquals(2, TextStats.words("x\u3000y")); // ideographic space
    }

    @Test
    void uniqueTypesAndVocabularyShare() {
        // bytes of "ab cd éf": 61 62 20 63 64 20 C3 A9 66 -> 8 distinct
        PremiumRow eng = table.row("eng_Latn", "bytes");
        assertEquals(8, eng.uniqueTypes());
        assertEquals(8.0 / 256, eng.vocabShare(), 1e-15);
        // code points of "中文 字": 4 distinct out of 0x110000
        assertEquals(4, table.row("zho_Hans", "codepoints").uniqueTypes());
        assertEquals(4.0 / 0x110000, table.row("zho_Hans", "codepoints").vocabShare(), 1e-18);
    }

    @Test
    void unknownShareCountsIncompleteUtf8Bytes() {
        assertEquals(2.0 / 9, table.row("eng_Latn", "bytes").unknownShare(), 1e-15); // C3 and A9 of é
        assertEquals(9.0 / 10, table.row("zho_Hans", "bytes").unknownShare(), 1e-15); // all but the space
        assertEquals(0.0, table.row("zho_Hans", "codepoints").unknownShare());
        // r50k spells 😀 as two byte tokens [47249, 222], neither a whole character
        ParallelCorpus emoji = Corpora.of(lang("eng_Latn", "😀"));
        PremiumRow r50k = Corpora.table(emoji, Corpora.tokenizers("r50k"), Corpora.settings()).row("eng_Latn", "r50k");
        assertEquals(2, r50k.tokens());
        assertEquals(1.0, r50k.unknownShare());
        assertEquals(0.0, Corpora.table(Corpora.of(lang("eng_Latn", "Hello world")), Corpora.tokenizers("r50k"),
                Corpora.settings()).row("eng_Latn", "r50k").unknownShare());
    }

    @Test
    void unknownShareCountsSentencePieceByteFallback() throws URISyntaxException {
        // "hi é€ hi" -> ▁hi ▁ é <0xE2> <0x82> <0xAC> ▁hi: three byte-fallback tokens of seven
        Path file = Path.of(MetricsTest.class.getResource("/tokenize/sentencepiece-mini.json").toURI());
        try (HfTokenizer sp = HfTokenizer.load(file)) {
            PremiumRow row = Corpora.table(Corpora.of(lang("eng_Latn", "hi é€ hi")), List.of(sp), Corpora.settings())
                    .row("eng_Latn", "sentencepiece-mini");
            assertEquals(7, row.tokens());
            assertEquals(6, row.uniqueTypes());
            assertEquals(3.0 / 7, row.unknownShare(), 1e-15);
            assertEquals(6.0 / 264, row.vocabShare(), 1e-15);
        }
    }

    @Test
    void unknownShareCountsTheUnknownToken() throws URISyntaxException {
        // WordPiece: "walk zzz" -> walk [UNK]
        try (HfTokenizer wp = HfTokenizer.load(resource("wordpiece-mini.json"))) {
            PremiumRow row = Corpora.table(Corpora.of(lang("eng_Latn", "walk zzz")), List.of(wp), Corpora.settings())
                    .row("eng_Latn", "wordpiece-mini");
            assertEquals(2, row.tokens());
            assertEquals(0.5, row.unknownShare());
        }
    }

    @Test
    void sentencesConventionSumsSegmentsWithoutSeparators() {
        PremiumTable sentences = Corpora.table(CORPUS, Corpora.tokenizers("bytes", "codepoints"),
                Corpora.settings().withConvention(Convention.SENTENCES));
        // eng "ab cd" + "éf": 5 + 3 bytes, 5 + 2 code points, 2 + 1 words
        PremiumRow eng = sentences.row("eng_Latn", "bytes");
        assertEquals(8, eng.tokens());
        assertEquals(8, eng.bytes());
        assertEquals(7, eng.chars());
        assertEquals(3, eng.words());
        assertEquals(9.0 / 3, sentences.row("zho_Hans", "codepoints").bytesPerToken(), 1e-15); // "中文" + "字"
        assertEquals(10.0 / 8, sentences.row("deu_Latn", "bytes").premium(), 1e-15);
    }

    @Test
    void normalizationIsAppliedBeforeCounting() {
        ParallelCorpus decomposed = Corpora.of(lang("eng_Latn", "e\u0301 \uFB01")); // e + combining acute, the fi ligature
        assertEquals(4, Corpora.table(decomposed, Corpora.tokenizers("codepoints"), Corpora.settings())
                .row("eng_Latn", "codepoints").tokens());
        assertEquals(3, Corpora.table(decomposed, Corpora.tokenizers("codepoints"),
                Corpora.settings().withNormalization(Normalization.NFC)).row("eng_Latn", "codepoints").tokens());
        assertEquals(4, Corpora.table(decomposed, Corpora.tokenizers("codepoints"),
                Corpora.settings().withNormalization(Normalization.NFKC)).row("eng_Latn", "codepoints").tokens());
        PremiumRow nfkc = Corpora.table(decomposed, Corpora.tokenizers("bytes"),
                Corpora.settings().withNormalization(Normalization.NFKC)).row("eng_Latn", "bytes");
        assertEquals(5, nfkc.tokens()); // "é fi": 2 + 1 + 2
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(MetricsTest.class.getResource("/premium/" + name).toURI());
    }
}
