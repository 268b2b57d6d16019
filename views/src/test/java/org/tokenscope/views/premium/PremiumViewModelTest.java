package org.tokenscope.views.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.premium.Convention;
import org.tokenscope.views.jobs.JobRunner;

/** The view model on hand-made corpora, with jobs on the calling thread. */
class PremiumViewModelTest {
    @TempDir
    Path dir;

    @Test
    void computesPremiumsAgainstTheReference() throws Exception {
        PremiumFixtures f = new PremiumFixtures();
        PremiumResult r = f.compute(dir, PremiumFixtures.ALIGNED, false, "bytes", "codepoints");
        assertEquals(List.of(), f.errors);
        assertEquals(List.of("bytes", "codepoints"), r.tokenizers());
        assertEquals(List.of("eng_Latn", "deu_Latn", "zho_Hans"), r.languages().stream().map(LanguageInfo::code).toList());
        // "The cat sat. It rained all day." is 31 bytes; German has an ß (2 bytes); Chinese is 3 bytes a character.
        assertEquals(31, r.row("eng_Latn", "bytes").tokens());
        assertEquals(42, r.row("deu_Latn", "bytes").tokens());
        assertEquals(34, r.row("zho_Hans", "bytes").tokens());
        assertEquals(12, r.row("zho_Hans", "codepoints").tokens());
        assertEquals(1.0, r.value(PremiumMetric.PREMIUM, "eng_Latn", "bytes"));
        assertEquals(42 / 31.0, r.value(PremiumMetric.PREMIUM, "deu_Latn", "bytes"), 1e-12);
        assertEquals(12 / 31.0, r.value(PremiumMetric.PREMIUM, "zho_Hans", "codepoints"), 1e-12);
        assertTrue(Double.isNaN(r.value(PremiumMetric.FERTILITY, "zho_Hans", "bytes")), "no fertility without spaces");
        assertEquals("Compared 3 languages × 2 tokenizers", f.vm.statusProperty().get().replaceAll(" in .*", ""));
        assertFalse(f.vm.busyProperty().get());
        assertFalse(f.vm.staleProperty().get());
        assertEquals("Latn", r.language("deu_Latn").script());
        assertEquals("Indo-European", r.language("deu_Latn").family());
        assertTrue(r.conventionLine().startsWith("Counted per petrov convention: one string per language"), r.conventionLine());
        assertTrue(r.conventionLine().contains("no special tokens"), r.conventionLine());
        assertTrue(r.conventionLine().contains("raw UTF-8 text · reference eng_Latn"), r.conventionLine());
    }

    @Test
    void theSentenceConventionIsRecordedWithTheResult() throws Exception {
        PremiumFixtures f = new PremiumFixtures();
        f.vm.setup().conventionProperty().set(Convention.SENTENCES);
        PremiumResult r = f.compute(dir, PremiumFixtures.ALIGNED, false, "bytes");
        assertEquals(30, r.row("eng_Latn", "bytes").tokens(), "the joining space is not counted per sentence");
        assertTrue(r.conventionLine().startsWith("Counted per sentences convention"), r.conventionLine());
        f.vm.setup().conventionProperty().set(Convention.PETROV);
        assertTrue(f.vm.staleProperty().get(), "a changed setup marks the result stale");
    }

    @Test
    void aMisalignedCorpusIsRefusedUnlessWholeDocumentModeIsTicked() throws Exception {
        PremiumFixtures f = new PremiumFixtures();
        Path file = PremiumFixtures.write(dir, "misaligned.tsv", PremiumFixtures.MISALIGNED);
        List<String> answers = new ArrayList<>();
        f.vm.openCorpus(CorpusSpec.file(file), false, answers::add);
        assertEquals(1, answers.size());
        assertTrue(answers.get(0).contains("is not aligned: eng_Latn has 2 segments, deu_Latn has 1"), answers.get(0));
        assertTrue(answers.get(0).contains("whole-document mode"), answers.get(0));
        assertEquals(CorpusSpec.UDHR, f.vm.setup().corpusProperty().get(), "the refused corpus is not taken");

        f.vm.openCorpus(CorpusSpec.file(file), true, answers::add);
        assertNull(answers.get(1));
        assertTrue(f.vm.setup().wholeDocumentProperty().get());
        f.vm.setup().tokenizers().setAll(TokenizerSpec.builtIn("bytes"));
        f.vm.compute();
        assertEquals(15 / 31.0, f.vm.resultProperty().get().value(PremiumMetric.PREMIUM, "deu_Latn", "bytes"), 1e-12);
        assertEquals(List.of(), f.errors);
    }

    @Test
    void aFloresFolderOpensWithItsDevAndDevtestFiles() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("dev"));
        java.nio.file.Files.createDirectories(dir.resolve("devtest"));
        PremiumFixtures.write(dir.resolve("dev"), "eng_Latn.dev", "One.\nTwo.\n");
        PremiumFixtures.write(dir.resolve("dev"), "tur_Latn.dev", "Bir.\nİki.\n");
        PremiumFixtures.write(dir.resolve("devtest"), "eng_Latn.devtest", "Three.\n");
        PremiumFixtures.write(dir.resolve("devtest"), "tur_Latn.devtest", "Üç.\n");
        PremiumFixtures f = new PremiumFixtures();
        List<String> answers = new ArrayList<>();
        f.vm.openCorpus(CorpusSpec.flores(dir), false, answers::add);
        assertEquals(java.util.Arrays.asList((String) null), answers);
        assertEquals(List.of("eng_Latn", "tur_Latn"), f.vm.corpusLanguages().stream().map(LanguageInfo::code).toList());
        assertEquals("flores:" + dir, f.vm.setup().corpusProperty().get().spec());
        f.vm.setup().tokenizers().setAll(TokenizerSpec.builtIn("codepoints"));
        f.vm.compute();
        // Petrov's reading keeps an empty string after each file's final newline: "One. Two.  Three. " is 18 code points.
        assertEquals(18, f.vm.resultProperty().get().row("eng_Latn", "codepoints").tokens());
    }

    @Test
    void anEmptyFileAndAMissingFolderGetOneLineMessages() throws Exception {
        PremiumFixtures f = new PremiumFixtures();
        List<String> answers = new ArrayList<>();
        f.vm.openCorpus(CorpusSpec.file(PremiumFixtures.write(dir, "empty.tsv", "\n\n")), false, answers::add);
        f.vm.openCorpus(CorpusSpec.flores(dir.resolve("no-such-folder")), false, answers::add);
        assertTrue(answers.get(0).endsWith("empty.tsv is empty: expected lines lang<TAB>id<TAB>text"), answers.get(0));
        assertTrue(answers.get(1).contains("no-such-folder"), answers.get(1));
        answers.forEach(a -> assertEquals(1, a.lines().count(), a));
        assertEquals(List.of(), f.errors, "bad input is an answer, not an error dialog");
    }

    @Test
    void aTokenizerJsonThatFailsToLoadIsRefusedWithItsMessage() throws Exception {
        PremiumFixtures f = new PremiumFixtures();
        Path broken = PremiumFixtures.write(dir, "broken.json", "{\"model\": ");
        List<String> answers = new ArrayList<>();
        f.vm.addTokenizer(TokenizerSpec.file(broken), answers::add);
        f.vm.addTokenizer(TokenizerSpec.builtIn("cl100k"), answers::add);
        f.vm.addTokenizer(TokenizerSpec.builtIn("p50k"), answers::add);
        f.vm.addTokenizer(TokenizerSpec.model(), answers::add);
        assertTrue(answers.get(0).contains("broken.json"), answers.get(0));
        assertEquals(1, answers.get(0).lines().count());
        assertTrue(answers.get(1).startsWith("a tokenizer named 'cl100k' is already compared"), answers.get(1));
        assertNull(answers.get(2));
        assertEquals("no model with a tokenizer.json is loaded, so 'model' cannot be compared", answers.get(3));
        assertEquals(List.of("r50k", "cl100k", "o200k", "p50k"), f.vm.setup().tokenizers().stream().map(TokenizerSpec::name).toList());
        assertEquals(List.of(), f.errors);
    }

    @Test
    void anUnknownReferenceIsRefusedAndThePreviousResultStays() throws Exception {
        PremiumFixtures f = new PremiumFixtures();
        PremiumResult before = f.compute(dir, PremiumFixtures.ALIGNED, false, "bytes");
        f.vm.setup().referenceProperty().set("xxx_Latn");
        f.vm.compute();
        assertTrue(f.vm.problemProperty().get().startsWith("unknown reference language 'xxx_Latn'"), f.vm.problemProperty().get());
        assertEquals(before, f.vm.resultProperty().get());
        assertEquals("Not computed", f.vm.statusProperty().get());
        f.vm.setup().tokenizers().clear();
        f.vm.compute();
        assertEquals("no tokenizers to compare: add at least one", f.vm.problemProperty().get());
    }

    @Test
    void cancelStopsTheComputationAndKeepsThePreviousResult() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        PremiumViewModel vm = new PremiumViewModel(new JobRunner(queued::add, Runnable::run, (h, c) -> errors.add(h)),
                PremiumFixtures.provider(null));
        vm.compute();
        assertTrue(vm.busyProperty().get());
        vm.cancel();
        queued.remove(0).run();
        assertFalse(vm.busyProperty().get());
        assertEquals("Cancelled; the previous result is kept", vm.statusProperty().get());
        assertNull(vm.resultProperty().get());
        assertEquals(List.of(), errors, "a cancel is not an error");
    }

    @Test
    void onlyChosenLanguagesAreCompared() throws Exception {
        PremiumFixtures f = new PremiumFixtures();
        f.open(dir, PremiumFixtures.ALIGNED, false, "bytes");
        f.vm.setup().languages().setAll("eng_Latn", "zho_Hans");
        f.vm.compute();
        PremiumResult r = f.vm.resultProperty().get();
        assertEquals(List.of("eng_Latn", "zho_Hans"), r.languages().stream().map(LanguageInfo::code).toList());
        assertNotNull(r.row("zho_Hans", "bytes"));
    }
}
