package org.tokenscope.host.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tokenscope.host.premium.Corpora.lang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;
import org.tokenscope.host.tokenize.TokenizerCatalog;
import org.tokenscope.host.tokenize.TokenizerException;

/** Every refusal names the problem and what to do, in one line. */
class BadPremiumInputTest {
    @TempDir Path dir;

    @Test
    void misalignedCorpusIsRefusedUnlessWholeDocument() {
        ParallelCorpus corpus = Corpora.of(lang("eng_Latn", "a", "b"), lang("deu_Latn", "c"));
        String message = oneLine(MisalignedCorpusException.class,
                () -> Corpora.table(corpus, Corpora.tokenizers("bytes"), Corpora.settings()));
        assertEquals("test is not aligned: eng_Latn has 2 segments, deu_Latn has 1; "
                + "use whole-document mode to compare whole texts only", message);
        PremiumTable whole = Corpora.table(corpus, Corpora.tokenizers("bytes"), Corpora.settings().withWholeDocument(true));
        assertEquals(1.0 / 3, whole.row("deu_Latn", "bytes").premium(), 1e-15); // "c" vs "a b"
    }

    @Test
    void differentIdsAreMisalignedToo() throws IOException {
        Path file = write("c.tsv", "eng_Latn\t1\ta\neng_Latn\t2\tb\ndeu_Latn\t1\tc\ndeu_Latn\t3\td\n");
        String message = oneLine(MisalignedCorpusException.class, () -> ParallelCorpus.file(file).requireAligned());
        assertTrue(message.contains("segment 2 is '2' in eng_Latn but '3' in deu_Latn"), message);
    }

    @Test
    void unknownReference() {
        ParallelCorpus corpus = Corpora.of(lang("eng_Latn", "a"), lang("deu_Latn", "b"));
        String message = oneLine(UnknownLanguageException.class,
                () -> Corpora.table(corpus, Corpora.tokenizers("bytes"), Corpora.settings().withReference("english")));
        assertEquals("unknown reference language 'english': test has 2 languages: eng_Latn, deu_Latn", message);
    }

    @Test
    void lexiconForALanguageTheCorpusLacks() throws IOException {
        Path words = write("words.txt", "walk\n");
        ParallelCorpus corpus = Corpora.of(lang("eng_Latn", "a"));
        String message = oneLine(UnknownLanguageException.class, () -> Corpora.table(corpus, Corpora.tokenizers("bytes"),
                Corpora.settings().withLexicon("tur_Latn", Lexicon.load(words, Locale.ROOT))));
        assertTrue(message.startsWith("lexicon given for 'tur_Latn'"), message);
    }

    @Test
    void brokenTokenizerJson() throws IOException {
        Path broken = write("broken.json", "{\"model\": {\"vocab\": ");
        String message = oneLine(TokenizerException.class, () -> TokenizerCatalog.byName(broken.toString(), null));
        assertTrue(message.startsWith(broken + " is not valid JSON"), message);
        Path notTokenizer = write("other.json", "{\"hello\": 1}");
        message = oneLine(TokenizerException.class, () -> TokenizerCatalog.byName(notTokenizer.toString(), null));
        assertTrue(message.contains("has no model.vocab"), message);
    }

    @Test
    void emptyFiles() throws IOException {
        Path empty = write("empty.tsv", "");
        assertEquals(empty + " is empty", oneLine(CorpusException.class, () -> ParallelCorpus.file(empty)));
        Path blank = write("blank.tsv", "\n\n");
        assertEquals(blank + " is empty: expected lines lang<TAB>id<TAB>text",
                oneLine(CorpusException.class, () -> ParallelCorpus.file(blank)));
        Files.createDirectories(dir.resolve("flores/dev"));
        Path emptyDev = write("flores/dev/eng_Latn.dev", "");
        assertEquals(emptyDev + " is empty", oneLine(CorpusException.class, () -> ParallelCorpus.flores(dir.resolve("flores"))));
        Path emptyLexicon = write("empty.dic", "");
        assertEquals("lexicon file " + emptyLexicon + " is empty",
                oneLine(LexiconException.class, () -> Lexicon.load(emptyLexicon, Locale.ROOT)));
    }

    @Test
    void missingFilesAndFolders() {
        Path nowhere = dir.resolve("nowhere.tsv");
        assertEquals("corpus file not found: " + nowhere, oneLine(CorpusException.class, () -> ParallelCorpus.file(nowhere)));
        assertTrue(oneLine(CorpusException.class, () -> ParallelCorpus.open("flores:" + dir.resolve("none")))
                .startsWith("FLORES folder not found"));
        assertTrue(oneLine(CorpusException.class, () -> ParallelCorpus.flores(dir)).startsWith("no FLORES files in"));
    }

    @Test
    void malformedLines() throws IOException {
        Path tsv = write("bad.tsv", "eng_Latn\t1\tok\neng_Latn 2 no tabs\n");
        assertEquals(tsv + " line 2: expected lang<TAB>id<TAB>text, got 1 field",
                oneLine(CorpusException.class, () -> ParallelCorpus.file(tsv)));
        Path jsonl = write("bad.jsonl", "{\"lang\": \"eng_Latn\", \"id\": 1}\n");
        assertEquals(jsonl + " line 1: expected {\"lang\", \"id\", \"text\"}, missing \"text\"",
                oneLine(CorpusException.class, () -> ParallelCorpus.file(jsonl)));
        Path duplicate = write("dup.tsv", "eng_Latn\t1\ta\neng_Latn\t1\tb\n");
        assertTrue(oneLine(CorpusException.class, () -> ParallelCorpus.file(duplicate)).contains("id '1' appears twice"));
        Path latin1 = dir.resolve("latin1.tsv");
        Files.write(latin1, "eng_Latn\t1\tcaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(latin1 + " is not valid UTF-8 at line 1: save it as UTF-8",
                oneLine(CorpusException.class, () -> ParallelCorpus.file(latin1)));
    }

    @Test
    void tokenizersMustBeGivenAndNamedApart() {
        ParallelCorpus corpus = Corpora.of(lang("eng_Latn", "a"));
        assertEquals("no tokenizers to compare: choose at least one",
                oneLine(PremiumException.class, () -> Corpora.table(corpus, List.of(), Corpora.settings())));
        assertEquals("two tokenizers are named 'bytes'; rename one of the files", oneLine(PremiumException.class,
                () -> Corpora.table(corpus, Corpora.tokenizers("bytes", "bytes"), Corpora.settings())));
    }

    private static String oneLine(Class<? extends RuntimeException> type, Executable action) {
        String message = assertThrows(type, action).getMessage();
        assertFalse(message.contains("\n"), "message is one line: " + message);
        return message;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
