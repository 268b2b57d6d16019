package org.tokenscope.views.stepper;

import org.tokenscope.views.testing.DemoProvider;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.Decoder;
import org.tokenscope.host.decode.Punctuation;
import org.tokenscope.host.decode.SamplerSettings;
import org.tokenscope.host.decode.Step;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.tokenize.Tokenizer;
import org.tokenscope.views.jobs.JobRunner;

/** The stepper's view model on the demo model, with a same-thread job runner: no toolkit, no threads. */
class StepperViewModelTest {
    static final String PROMPT = "It is a truth universally acknowledged, that a single man in possession of a good fortune";

    final List<String> errors = new ArrayList<>();
    final DemoProvider models = DemoProvider.withDemo();
    final StepperViewModel vm = new StepperViewModel(models, JobRunner.sameThread((h, t) -> errors.add(h + " " + t)), Runnable::run);

    void settings(int seed, double temperature, double topP, int maxTokens, boolean cautious) {
        StepperSettings s = vm.settings();
        s.seedProperty().set(seed);
        s.temperatureProperty().set(temperature);
        s.topPProperty().set(topP);
        s.maxTokensProperty().set(maxTokens);
        s.cautiousProperty().set(cautious);
        vm.promptProperty().set(PROMPT);
    }

    static Trace engine(int seed, double temperature, double topP, int maxTokens, CautiousSettings cautious) {
        LanguageModel m = DemoProvider.demo();
        return Decoder.run(m, m.encodePrompt(PROMPT), new SamplerSettings(temperature, 0, topP, 0, seed), cautious, maxTokens, true, 10,
                Progress.NONE, Cancellation.none(), s -> { });
    }

    static int[] ids(List<TokenRow> rows) {
        return rows.stream().mapToInt(TokenRow::id).toArray();
    }

    @Test
    void fiveStepsGiveTheEnginesFirstFiveTokensWithTheirStatistics() {
        settings(7, 1.0, 1.0, 20, false);
        for (int i = 0; i < 5; i++) {
            vm.step();
        }
        assertEquals(List.of(), errors);
        assertEquals(5, vm.rows().size());
        Trace expected = engine(7, 1.0, 1.0, 20, null);
        assertArrayEquals(Arrays.copyOf(expected.generatedIds(), 5), ids(vm.rows()));
        for (int i = 0; i < 5; i++) {
            Step s = expected.steps().get(i);
            TokenRow r = vm.rows().get(i);
            assertEquals(s.entropy(), r.entropy(), 0.0);
            assertEquals(s.prob(), r.prob(), 0.0);
            assertEquals(s.rank(), r.rank());
            assertEquals(0, r.trials(), "a plain run has no trial counts");
            assertEquals(10, r.top().size());
        }
        assertEquals(4, vm.selectedIndexProperty().get(), "the selection follows the newest token");
        assertNotNull(vm.selection().distributionProperty().get());
        assertEquals(5, vm.selection().stageTableProperty().get().rows().size(), "one row per sampler stage");
        assertTrue(vm.selection().summaryProperty().get().startsWith("5 tokens · seed 7 · plain sampling"),
                vm.selection().summaryProperty().get());
        assertEquals(0, models.open.get() - 1, "only the kept session holds a lease");
    }

    @Test
    void aCautiousRunToTheEndIsTheEnginesRunAndShowsItsTrials() {
        settings(42, 0.9, 0.95, 32, true);
        vm.run();
        assertEquals(List.of(), errors);
        Trace expected = engine(42, 0.9, 0.95, 32, CautiousSettings.DEFAULT);
        assertArrayEquals(expected.generatedIds(), ids(vm.rows()));
        assertTrue(vm.runProperty().get().finished());
        int withTrials = -1;
        for (TokenRow r : vm.rows()) {
            if (r.step().cautious() != null && r.step().cautious().trials() > 1) {
                withTrials = r.index();
                break;
            }
        }
        assertTrue(withTrials >= 0, "the demo model is uncertain somewhere in 32 tokens");
        vm.selectedIndexProperty().set(withTrials);
        List<TrialRow> trials = vm.selection().trials();
        assertEquals(vm.rows().get(withTrials).trials(), trials.size());
        assertEquals(1, trials.stream().filter(TrialRow::chosen).count(), "exactly one winner");
        TrialRow won = trials.stream().filter(TrialRow::chosen).findFirst().orElseThrow();
        assertTrue(trials.stream().allMatch(t -> t.ppl() >= won.ppl()), "the winner has the lowest perplexity");
        assertTrue(vm.selection().trialsCaptionProperty().get().contains("code formula"));
        assertEquals(2, vm.selection().entropyChartProperty().get().thresholds().size(), "H_low and H_high are drawn");
        assertEquals(CautiousSettings.DEFAULT.hHigh(), vm.selection().entropyChartProperty().get().thresholds().get(1).y());
    }

    @Test
    void pausingKeepsTheTokensAndRunningOnFinishesTheSameRun() {
        settings(3, 1.0, 1.0, 16, false);
        vm.rows().addListener((ListChangeListener<TokenRow>) c -> {
            if (vm.rows().size() == 3) {
                vm.pause();
            }
        });
        vm.run();
        assertEquals(3, vm.rows().size());
        assertFalse(vm.busyProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Paused after 3 tokens"), vm.messageProperty().get());
        assertEquals(List.of(), errors, "a pause is not an error");
        vm.run();
        assertArrayEquals(engine(3, 1.0, 1.0, 16, null).generatedIds(), ids(vm.rows()));
    }

    @Test
    void backUndoesAWholeStepAndSteppingAgainRepeatsIt() {
        settings(42, 0.9, 0.95, 40, true);
        vm.run();
        List<TokenRow> full = List.copyOf(vm.rows());
        vm.back();
        int start = Rows.groupStart(vm.runProperty().get().steps().isEmpty() ? List.of() : full.stream().map(TokenRow::step).toList(),
                full.size() - 1);
        assertEquals(start, vm.rows().size(), "Back removes the last step's whole trial");
        assertFalse(vm.runProperty().get().finished());
        vm.step();
        assertArrayEquals(ids(full), ids(vm.rows()), "the same step comes out again");
        assertEquals(List.of(), errors);
    }

    /**
     * Seed 11 reaches its first punctuation (a full stop) well before EOS and the 60-token limit, so a run that
     * ignored punctuation would end "finished" instead and fail here.
     */
    @Test
    void stepToPunctuationStopsAtAPunctuationToken() {
        settings(11, 1.0, 1.0, 60, false);
        vm.stepToPunctuation();
        assertEquals(List.of(), errors);
        Trace t = vm.runProperty().get().trace();
        assertEquals(Trace.RUNNING, t.stop(), "stopped at punctuation, not at EOS or the length limit");
        int n = vm.rows().size();
        assertTrue(n > 1 && n < 60, n + " tokens");
        Tokenizer tok = DemoProvider.demo().requireTokenizer();
        assertEquals(".", tok.tokenText(vm.rows().get(n - 1).id()), "after " + n + " tokens");
        int[] full = engine(11, 1.0, 1.0, 60, null).generatedIds();
        assertArrayEquals(Arrays.copyOf(full, n), ids(vm.rows()), "the engine's run, up to its first punctuation");
        for (int i = 0; i < n - 1; i++) {
            assertFalse(Punctuation.isPunctuationText(tok.tokenText(full[i])), "an earlier stop was missed at " + i);
        }
    }

    @Test
    void resetDropsTheRunAndTheNextStepUsesTheNewSettings() {
        settings(5, 1.0, 1.0, 10, false);
        vm.step();
        vm.settings().seedProperty().set(6);
        vm.step();
        assertEquals(5, vm.runProperty().get().trace().sampler().seed(), "a run keeps the settings it started with");
        vm.reset();
        assertNull(vm.runProperty().get());
        assertEquals(0, vm.rows().size());
        vm.step();
        assertEquals(6, vm.runProperty().get().trace().sampler().seed());
        assertEquals(engine(6, 1.0, 1.0, 10, null).generatedIds()[0], vm.rows().get(0).id());
    }

    @Test
    void keepingARunForComparisonShowsItBesideTheNextRun() {
        settings(42, 0.9, 0.95, 12, true);
        vm.run();
        int[] cautious = ids(vm.rows());
        vm.keepForComparison();
        assertNull(vm.runProperty().get());
        assertArrayEquals(cautious, ids(vm.comparisonRows()));
        vm.settings().cautiousProperty().set(false);
        vm.run();
        assertEquals(3, vm.selection().entropyChartProperty().get().series().size(), "entropy, surprisal, comparison entropy");
        assertArrayEquals(engine(42, 0.9, 0.95, 12, null).generatedIds(), ids(vm.rows()));
    }

    @Test
    void scoreModeScoresThePastedTextTeacherForced() {
        vm.scoreTextProperty().set("She was the youngest of the two daughters of a most affectionate, indulgent father.");
        vm.score();
        assertEquals(List.of(), errors);
        assertEquals(StepperViewModel.Mode.SCORE, vm.modeProperty().get());
        ScoreRun s = vm.scoreProperty().get();
        LanguageModel m = DemoProvider.demo();
        int[] ids = m.requireTokenizer().encodeIds(vm.scoreTextProperty().get());
        var expected = org.tokenscope.host.decode.Scorer.score(m, new int[] {m.config().bos()}, ids,
                vm.scoreTextProperty().get().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertEquals(expected.ppl(), s.result().ppl(), 1e-12);
        assertEquals(expected.bitsPerByte(), s.result().bitsPerByte(), 1e-12);
        assertArrayEquals(ids, ids(vm.rows()));
        assertTrue(vm.selection().summaryProperty().get().contains("perplexity"));
        vm.selectedIndexProperty().set(2);
        assertNull(vm.selection().distributionProperty().get(), "scored tokens have no sampler stages");
        vm.modeProperty().set(StepperViewModel.Mode.GENERATE);
        assertEquals(0, vm.rows().size(), "generate mode shows the (empty) run again");
    }

    @Test
    void anOpenedTextFileIsScored(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("emma.txt"), "Emma Woodhouse, handsome, clever, and rich.");
        vm.openScoreText(file);
        assertEquals("Emma Woodhouse, handsome, clever, and rich.", vm.scoreTextProperty().get());
        vm.score();
        assertEquals(DemoProvider.demo().requireTokenizer().encodeIds(vm.scoreTextProperty().get()).length, vm.rows().size());
        assertEquals(List.of(), errors);
    }

    /** A text several contexts long is scored in sliding windows (half a context apart), every token once. */
    @Test
    void aLongOpenedTextIsScoredInSlidingWindows(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append("Chapter ").append(i + 1).append(". Anne walked to Uppercross with Mary, and Captain Wentworth said nothing. ");
        }
        String text = b.toString();
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("long.txt"), text);
        vm.openScoreText(file);
        assertEquals(text, vm.scoreTextProperty().get());
        vm.score();
        assertEquals(List.of(), errors);
        assertEquals("", vm.messageProperty().get(), "a text longer than the context is no longer refused");
        LanguageModel m = DemoProvider.demo();
        int[] context = {m.config().bos()};
        int[] ids = m.requireTokenizer().encodeIds(text);
        var expected = org.tokenscope.host.decode.Scorer.score(m, context, ids, text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                org.tokenscope.host.decode.Scorer.defaultStride(m, context), Progress.NONE, Cancellation.none());
        ScoreRun s = vm.scoreProperty().get();
        assertTrue(s.result().windows() > 1, "windows: " + s.result().windows());
        assertEquals(expected.windows(), s.result().windows());
        assertEquals(128, s.result().stride());
        assertEquals(expected.ppl(), s.result().ppl(), 1e-9);
        assertEquals(expected.bitsPerByte(), s.result().bitsPerByte(), 1e-12);
        assertArrayEquals(ids, ids(vm.rows()));
        assertTrue(vm.selection().summaryProperty().get().contains("windows, stride 128"), vm.selection().summaryProperty().get());
        ScoreRun back = ScoreJson.read(ScoreJson.write(s));
        assertEquals(s.result().windows(), back.result().windows(), "windows survive a project save");
        assertEquals(0, models.open.get(), "the lease was returned");
    }

    @Test
    void aFileThatIsNotTextIsRefusedInTheMessageLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        vm.scoreTextProperty().set("kept");
        java.nio.file.Path latin1 = java.nio.file.Files.write(dir.resolve("latin1.txt"),
                "caf\u00e9 au lait".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        vm.openScoreText(latin1);
        assertTrue(vm.messageProperty().get().startsWith("latin1.txt is not UTF-8 text"), vm.messageProperty().get());
        java.nio.file.Path binary = java.nio.file.Files.write(dir.resolve("data.bin"), new byte[] {1, 0, 2, 0, 3});
        vm.openScoreText(binary);
        assertTrue(vm.messageProperty().get().contains("not text"), vm.messageProperty().get());
        vm.openScoreText(dir.resolve("missing.txt"));
        assertEquals("missing.txt was not found.", vm.messageProperty().get());
        vm.openScoreText(dir);
        assertTrue(vm.messageProperty().get().contains("is not a file"), vm.messageProperty().get());
        assertEquals("kept", vm.scoreTextProperty().get(), "a refused file leaves the text as it was");
        assertEquals(List.of(), errors, "a file that is not text is no error dialog");
    }

    @Test
    void badInputShowsOneLineAndStartsNothing() {
        vm.step();
        assertTrue(vm.messageProperty().get().startsWith("Type a prompt"), vm.messageProperty().get());
        vm.promptProperty().set("word ".repeat(400));
        vm.step();
        assertTrue(vm.messageProperty().get().contains("context is 256"), vm.messageProperty().get());
        assertNull(vm.runProperty().get());
        vm.promptProperty().set(PROMPT);
        vm.settings().hHighProperty().set(0.0);
        vm.settings().cautiousProperty().set(true);
        vm.step();
        assertEquals("Settings: h-high must be greater than h-low", vm.messageProperty().get());
        vm.score();
        assertTrue(vm.messageProperty().get().startsWith("Paste or type a text"), vm.messageProperty().get());
        assertEquals(List.of(), errors, "bad input is no error dialog");
        assertEquals(0, models.open.get(), "every lease was returned");
    }

    @Test
    void withoutAModelTheStepSaysHowToGetOne() {
        StepperViewModel none = new StepperViewModel(DemoProvider.empty(), JobRunner.sameThread((h, t) -> errors.add(h)), Runnable::run);
        none.promptProperty().set(PROMPT);
        none.step();
        assertEquals(StepperWork.NO_MODEL, none.messageProperty().get());
        assertEquals(List.of(), errors);
    }
}
