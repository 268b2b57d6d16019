package org.tokenscope.views.stepper;

import org.tokenscope.views.testing.DemoProvider;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.decode.Punctuation;
import org.tokenscope.host.decode.Step;
import org.tokenscope.host.decode.TrialFormula;
import org.tokenscope.views.jobs.JobRunner;

/** The project section: everything the panel shows survives a write, a trip through text and a read. */
class StepperSectionTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    final List<String> errors = new ArrayList<>();

    StepperViewModel newVm() {
        return new StepperViewModel(DemoProvider.withDemo(), JobRunner.sameThread((h, t) -> errors.add(h + " " + t)), Runnable::run);
    }

    static ObjectNode throughText(ObjectNode n) throws Exception {
        return (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(n));
    }

    @Test
    void runsSettingsAndScoreReopenIntactAndTheRunGoesOn() throws Exception {
        StepperViewModel a = newVm();
        a.promptProperty().set(StepperViewModelTest.PROMPT);
        a.settings().seedProperty().set(9);
        a.settings().maxTokensProperty().set(30);
        a.run();
        a.keepForComparison();
        a.settings().cautiousProperty().set(true);
        a.settings().formulaProperty().set(TrialFormula.PAPER);
        a.settings().punctuationProperty().set(Punctuation.Mode.IDS);
        a.settings().temperatureProperty().set(0.8);
        for (int i = 0; i < 4; i++) {
            a.step();
        }
        a.metricProperty().set(TintMetric.TRIALS);
        a.scoreTextProperty().set("Emma Woodhouse, handsome, clever, and rich.");
        a.score();
        a.modeProperty().set(StepperViewModel.Mode.GENERATE);
        ObjectNode section = throughText(StepperSection.write(a, null));

        StepperViewModel b = newVm();
        assertEquals(List.of(), StepperSection.read(section, List.of("another prompt"), b));
        assertEquals(TraceJson.write(a.runProperty().get()), TraceJson.write(b.runProperty().get()));
        assertEquals(TraceJson.write(a.comparisonProperty().get()), TraceJson.write(b.comparisonProperty().get()));
        assertEquals(ScoreJson.write(a.scoreProperty().get()), ScoreJson.write(b.scoreProperty().get()));
        assertEquals(section, throughText(StepperSection.write(b, section)), "reading and writing again changes nothing");
        assertEquals(TintMetric.TRIALS, b.metricProperty().get());
        assertEquals(TrialFormula.PAPER, b.settings().formulaProperty().get());
        assertEquals(Punctuation.Mode.IDS, b.settings().punctuationProperty().get());
        assertEquals(0.8, b.settings().temperatureProperty().get());
        assertEquals(StepperViewModelTest.PROMPT, b.promptProperty().get());
        assertArrayEquals(StepperViewModelTest.ids(a.rows()), StepperViewModelTest.ids(b.rows()));
        assertEquals(a.rows().get(2).display(), b.rows().get(2).display());

        a.step();
        b.step(); // b has no session: it replays the saved steps on the model, then steps on
        assertEquals(List.of(), errors);
        assertArrayEquals(StepperViewModelTest.ids(a.rows()), StepperViewModelTest.ids(b.rows()));
    }

    @Test
    void inactiveStagesAreWrittenOnceAndReadBackAsCopies() {
        StepperViewModel a = newVm();
        a.promptProperty().set(StepperViewModelTest.PROMPT);
        a.settings().topPProperty().set(0.9); // temperature, top-k and min-p stay off
        a.step();
        ObjectNode run = TraceJson.write(a.runProperty().get());
        var stages = run.path("steps").get(0).path("stages");
        assertEquals(5, stages.size());
        assertTrue(stages.get(0).has("top_ids"));
        assertFalse(stages.get(1).has("top_ids"), "temperature 1 changes nothing");
        assertTrue(stages.get(3).has("top_ids"), "top-p 0.9 does");
        Step back = TraceJson.read(run).steps().get(0);
        Step original = a.runProperty().get().steps().get(0);
        assertEquals(5, back.stages().size());
        assertArrayEquals(original.stages().get(2).topProbs(), back.stages().get(2).topProbs());
        assertEquals(original.stages().get(4).entropy(), back.stages().get(4).entropy());
    }

    @Test
    void unknownFieldsStayAndABrokenTraceIsSkippedWithAMessage() throws Exception {
        ObjectNode section = (ObjectNode) MAPPER.readTree("{\"future_knob\": [1, 2], \"sampler\": {\"seed\": 3, \"top_p\": 0},"
                + " \"trace\": {\"steps\": 5}, \"prompt_index\": 1}");
        StepperViewModel vm = newVm();
        List<String> skipped = StepperSection.read(section, List.of("first", "second"), vm);
        assertEquals(2, skipped.size(), skipped.toString());
        assertTrue(vm.messageProperty().get().contains("top-p must be in (0, 1]"), vm.messageProperty().get());
        assertEquals("second", vm.promptProperty().get(), "prompt_index picks the project's prompt");
        assertNull(vm.runProperty().get());
        ObjectNode written = StepperSection.write(vm, section);
        assertEquals(MAPPER.readTree("[1, 2]"), written.get("future_knob"));
        assertFalse(written.has("trace"));
    }

    @Test
    void noSectionShowsDefaultsAndTheFirstProjectPrompt() {
        StepperViewModel vm = newVm();
        vm.settings().seedProperty().set(77);
        int before = vm.revisionProperty().get();
        StepperSection.read(null, List.of("only prompt"), vm);
        assertEquals("only prompt", vm.promptProperty().get());
        assertEquals(0, vm.settings().seedProperty().get());
        assertEquals(before, vm.revisionProperty().get(), "loading is not a change to save");
    }
}
