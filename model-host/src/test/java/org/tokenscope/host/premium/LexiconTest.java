package org.tokenscope.host.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tokenscope.host.premium.Corpora.lang;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.tokenize.HfTokenizer;

/**
 * %valid and %pure against the hand-made Hunspell pair {@code premium/affixes.dic} + {@code .aff}:
 * stems walk/SD, happy/UY, talk, party/Y, day/Y, kind/N; affixes -s, -ed/-d, un-, y→ies after a
 * consonant, and -ness which may take -s after it.
 */
class LexiconTest {
    @TempDir Path dir;

    private static Lexicon hunspell() throws URISyntaxException {
        return Lexicon.load(MetricsTest.resource("affixes.dic"), Locale.ENGLISH);
    }

    @Test
    void hunspellWordsAreStemsAndTheFormsTheirFlagsAllow() throws URISyntaxException {
        Lexicon lexicon = hunspell();
        assertEquals("affixes.dic + affixes.aff", lexicon.name());
        for (String word : List.of("walk", "walks", "walked", "talk", "happy", "unhappy", "party", "parties", "day",
                "kind", "kindness", "happies", "unhappies", "kindnesss", "Walks")) {
            assertTrue(lexicon.isWord(word), word);
        }
        // talk has no flags; walk has no U; day fails the [^aeiou]y condition; affixes alone are not words
        for (String word : List.of("talks", "talked", "unwalk", "daies", "days", "s", "un", "ness", "walkness", "")) {
            assertFalse(lexicon.isWord(word), word);
        }
    }

    @Test
    void hunspellMorphemesAreStemsAndAffixes() throws URISyntaxException {
        Lexicon lexicon = hunspell();
        for (String piece : List.of("walk", "happy", "talk", "day", "s", "ed", "d", "un", "ies", "ness")) {
            assertTrue(lexicon.isMorpheme(piece), piece);
        }
        for (String piece : List.of("walks", "unhappy", "parties", "wal", "y")) {
            assertFalse(lexicon.isMorpheme(piece), piece);
        }
    }

    @Test
    void sharesDivideByUniqueTypes() throws URISyntaxException {
        // WordPiece: walk | walks | walked | un ##happy | talks -> 6 tokens, 6 types
        //   valid: walk walks walked happy            = 4 of 6
        //   pure:  walk un happy                      = 3 of 6
        try (HfTokenizer wp = HfTokenizer.load(MetricsTest.resource("wordpiece-mini.json"))) {
            PremiumTable table = Corpora.table(Corpora.of(lang("eng_Latn", "walk walks walked unhappy talks")), List.of(wp),
                    Corpora.settings().withLexicon("eng_Latn", hunspell()));
            PremiumRow row = table.row("eng_Latn", "wordpiece-mini");
            assertEquals(6, row.tokens());
            assertEquals(6, row.uniqueTypes());
            assertEquals(4.0 / 6, row.validShare(), 1e-15);
            assertEquals(3.0 / 6, row.pureShare(), 1e-15);
            assertEquals(6.0 / 5, row.fertility(), 1e-15);
            assertEquals("affixes.dic + affixes.aff", table.lexiconNames().get("eng_Latn"));
        }
    }

    @Test
    void languagesWithoutALexiconHaveNoShares() throws URISyntaxException {
        PremiumTable table = Corpora.table(Corpora.of(lang("eng_Latn", "walk"), lang("deu_Latn", "gehen")),
                Corpora.tokenizers("r50k"), Corpora.settings().withLexicon("eng_Latn", hunspell()));
        assertEquals(1.0, table.row("eng_Latn", "r50k").validShare()); // "walk" is one r50k token
        assertTrue(Double.isNaN(table.row("deu_Latn", "r50k").validShare()));
        assertTrue(Double.isNaN(table.row("deu_Latn", "r50k").pureShare()));
    }

    @Test
    void tokenSurfacesLoseBoundaryMarkers() {
        // r50k: " walk" is one token whose text starts with a space (Ġ in the vocabulary)
        PremiumTable table = Corpora.table(Corpora.of(lang("eng_Latn", "a walk")), Corpora.tokenizers("r50k"),
                Corpora.settings().withLexicon("eng_Latn", wordList("walk\n")));
        PremiumRow row = table.row("eng_Latn", "r50k");
        assertEquals(2, row.uniqueTypes()); // "a", " walk"
        assertEquals(0.5, row.validShare());
    }

    @Test
    void wordListsAreCaseFoldedInTheLanguagesLocale() throws IOException {
        Path file = dir.resolve("turkish.txt");
        Files.writeString(file, "ılık\nev\n", StandardCharsets.UTF_8);
        Lexicon turkish = Lexicon.forLanguage(file, "tur_Latn");
        assertTrue(turkish.isWord("ILIK")); // Turkish lower-cases I to dotless ı
        assertTrue(turkish.isWord("Ev"));
        assertTrue(turkish.isMorpheme("ev")); // a word list's morphemes are its words
        assertFalse(turkish.isWord("evler"));
        assertFalse(Lexicon.load(file, Locale.ROOT).isWord("ILIK"));
        assertEquals("turkish.txt", turkish.name());
    }

    @Test
    void aDicWithoutItsAffIsAWordList() throws IOException {
        Path dic = dir.resolve("lonely.dic");
        Files.writeString(dic, "2\nwalk/SD\nhappy\n", StandardCharsets.UTF_8);
        Lexicon lexicon = Lexicon.load(dic, Locale.ENGLISH);
        assertTrue(lexicon.isWord("walk"));
        assertTrue(lexicon.isWord("happy"));
        assertFalse(lexicon.isWord("walks"));
        assertFalse(lexicon.isWord("2"));
    }

    @Test
    void longAndNumericFlagsAndALatin1Charset() throws IOException {
        Files.writeString(dir.resolve("long.aff"), "SET ISO8859-1\nFLAG long\nSFX Aa Y 1\nSFX Aa 0 s .\n", StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("long.dic"), "1\ncafé/AaBb\n", StandardCharsets.ISO_8859_1);
        Lexicon longFlags = Lexicon.load(dir.resolve("long.dic"), Locale.FRENCH);
        assertTrue(longFlags.isWord("cafés"));
        Files.writeString(dir.resolve("num.aff"), "FLAG num\nPFX 101 Y 1\nPFX 101 0 re .\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("num.dic"), "1\ndo/7,101\n", StandardCharsets.UTF_8);
        Lexicon numeric = Lexicon.load(dir.resolve("num.aff"), Locale.ENGLISH);
        assertTrue(numeric.isWord("redo"));
        assertFalse(numeric.isWord("undo"));
    }

    private Lexicon wordList(String content) {
        try {
            Path file = dir.resolve("words-" + content.hashCode() + ".txt");
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return Lexicon.load(file, Locale.ENGLISH);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
