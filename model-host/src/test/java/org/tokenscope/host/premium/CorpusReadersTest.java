package org.tokenscope.host.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loaders: TSV, JSONL, FLORES folders and the bundled UDHR. */
class CorpusReadersTest {
    @TempDir Path dir;

    @Test
    void tsvKeepsFileOrderTabsInTextAndSkipsAHeader() throws IOException {
        Path file = write("c.tsv", "lang\tid\ttext\ntur_Latn\t1\tev\neng_Latn\t1\thouse\ntur_Latn\t2\ta\tb\n\neng_Latn\t2\tc d\n");
        ParallelCorpus corpus = ParallelCorpus.file(file);
        assertEquals(List.of("tur_Latn", "eng_Latn"), corpus.codes());
        assertEquals(List.of(new Segment("1", "ev"), new Segment("2", "a\tb")), corpus.language("tur_Latn").segments());
        assertEquals("Latn", corpus.language("eng_Latn").script());
        assertTrue(corpus.isAligned());
        assertEquals(List.of("ev a\tb"), corpus.language("tur_Latn").texts(Convention.PETROV, Normalization.NONE));
    }

    @Test
    void jsonl() throws IOException {
        Path file = write("c.jsonl", "{\"lang\": \"eng_Latn\", \"id\": 1, \"text\": \"one\\ntwo\"}\n"
                + "{\"lang\": \"fra_Latn\", \"id\": \"1\", \"text\": \"un\"}\n");
        ParallelCorpus corpus = ParallelCorpus.open(file.toString());
        assertEquals(List.of("eng_Latn", "fra_Latn"), corpus.codes());
        assertEquals("one\ntwo", corpus.language("eng_Latn").segments().get(0).text());
        assertTrue(corpus.isAligned());
    }

    @Test
    void floresPetrovTextKeepsAnEmptyStringAfterEachFinalNewline() throws IOException {
        Files.createDirectories(dir.resolve("dev"));
        Files.createDirectories(dir.resolve("devtest"));
        write("dev/aaa_Latn.dev", "a b\nc\n");
        write("devtest/aaa_Latn.devtest", "d\n");
        write("dev/bbb_Latn.dev", "x\ny");
        write("devtest/bbb_Latn.devtest", "z\n");
        ParallelCorpus corpus = ParallelCorpus.open("flores:" + dir);
        assertEquals(List.of("aaa_Latn", "bbb_Latn"), corpus.codes());
        CorpusLanguage a = corpus.language("aaa_Latn");
        assertEquals(List.of("dev:1", "dev:2", "devtest:1"), a.segments().stream().map(Segment::id).toList());
        // Python: " ".join("a b\nc\n".split("\n") + "d\n".split("\n")) == "a b c  d "
        assertEquals(List.of("a b c  d "), a.texts(Convention.PETROV, Normalization.NONE));
        assertEquals(List.of("x y z "), corpus.language("bbb_Latn").texts(Convention.PETROV, Normalization.NONE));
        assertEquals(List.of("a b", "c", "d"), a.texts(Convention.SENTENCES, Normalization.NONE));
        assertTrue(corpus.isAligned());
    }

    @Test
    void aFolderWithoutSplitsHoldsOneFilePerLanguage() throws IOException {
        write("eng_Latn.txt", "one\ntwo\n");
        write("deu_Latn.txt", "eins\nzwei\n");
        ParallelCorpus corpus = ParallelCorpus.open(dir.toString()); // a folder is a FLORES-style folder
        assertEquals(List.of("deu_Latn", "eng_Latn"), corpus.codes());
        assertEquals(List.of("all:1", "all:2"), corpus.language("eng_Latn").segments().stream().map(Segment::id).toList());
    }

    @Test
    void bundledUdhrIsAlignedByArticle() {
        ParallelCorpus udhr = ParallelCorpus.open("udhr");
        assertEquals("udhr", udhr.source());
        assertEquals(499, udhr.size());
        assertTrue(udhr.isAligned());
        CorpusLanguage english = udhr.language("eng_Latn");
        assertEquals("English", english.name());
        assertEquals("Latn", english.script());
        assertFalse(english.partial());
        List<Segment> articles = english.segments();
        assertEquals(31, articles.size());
        assertEquals("preamble", articles.get(0).id());
        assertEquals("a30", articles.get(30).id());
        assertEquals("All human beings are born free and equal in dignity and rights. They are endowed with reason and "
                + "conscience and should act towards one another in a spirit of brotherhood.", articles.get(1).text());
        assertTrue(articles.get(11).text().contains("\n"), "article 11 has two paragraphs");
        assertEquals("Hans", udhr.language("cmn_Hans").script());
        assertTrue(udhr.contains("deu_Latn-1996"));
    }

    @Test
    void udhrPartialTranslationsAreMarkedAndLeftOutByDefault() {
        ParallelCorpus all = ParallelCorpus.udhr(true);
        assertEquals(532, all.size());
        assertTrue(all.language("khk_Mong").partial());
        assertFalse(ParallelCorpus.udhr().contains("khk_Mong"));
        assertFalse(all.isAligned());
        assertEquals(499, all.withoutPartial().size());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
