package org.tokenscope.views.counterfactual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.decode.Step;

/** The view model on the demo model with a same-thread job runner: factual run, branches, sweep, bad input. */
class CounterfactualViewModelTest {
    static final String PROMPT = "Once upon a time, in a quiet village in Hampshire, there lived a young lady, Miss";
    private final TestModels models = new TestModels();

    private CounterfactualViewModel generated() {
        CounterfactualViewModel vm = models.viewModel(PROMPT, 5, 24);
        vm.generate();
        assertEquals("", vm.messageProperty().get());
        assertNotNull(vm.factualProperty().get());
        return vm;
    }

    /** The most probable raw alternative at {@code pos} of the run on show that is not the token there. */
    private static int alternative(CounterfactualViewModel vm, int pos) {
        Step step = vm.baseProperty().get().steps().get(pos);
        for (int id : step.stages().get(0).topIds()) {
            if (id != step.id()) {
                return id;
            }
        }
        throw new AssertionError("no alternative at " + pos);
    }

    @Test
    void pickingATokenShowsTheThreeContinuationsAndAddsABranch() {
        CounterfactualViewModel vm = generated();
        assertEquals(24, vm.baseProperty().get().steps().size());
        int alt = alternative(vm, 2);
        vm.replaceToken(false, 2, alt);
        Comparison c = vm.comparisonProperty().get();
        assertEquals("", vm.messageProperty().get());
        assertEquals(0, c.nodeId());
        assertEquals(0, vm.selectedProperty().get());
        int[] f = vm.factualProperty().get().trace().generatedIds();
        int[] cf = c.result().counterfactual().generatedIds();
        assertEquals(f[0], cf[0]);
        assertEquals(alt, cf[2]);
        assertEquals(TokenDiff.Mark.FORCED, c.counterfactualMarks().get(2));
        assertEquals(TokenDiff.Mark.SAME, c.counterfactualMarks().get(0));
        assertEquals(2, c.result().firstDivergence());
        assertTrue(c.result().kl().length > 0, "KL after the intervention");
        assertEquals(1, vm.branchesProperty().get().size());
        assertTrue(vm.branchesProperty().get().get(0).node().label().startsWith("pos 2: "), vm.branchesProperty().get().get(0).node().label());
        assertArrayEquals(cf, vm.baseProperty().get().generatedIds(), "the branch's run is the one clicks change now");
        assertEquals(List.of(), models.failures);
        assertEquals(0, models.borrowed, "every lease is closed");
    }

    @Test
    void replacingATokenByItselfReproducesTheFactualRun() {
        CounterfactualViewModel vm = generated();
        int same = vm.baseProperty().get().steps().get(3).id();
        vm.replaceToken(false, 3, same);
        Comparison c = vm.comparisonProperty().get();
        assertNull(c.result().firstDivergence());
        assertEquals(0, c.result().editDistanceCf());
    }

    @Test
    void aBranchOfABranchKeepsBothInterventions() {
        CounterfactualViewModel vm = generated();
        vm.replaceToken(false, 1, alternative(vm, 1));
        int alt = alternative(vm, 6);
        vm.replaceToken(false, 6, alt);
        Branches b = vm.branchesProperty().get();
        assertEquals(2, b.size());
        assertEquals(0, b.get(1).node().parent());
        assertEquals(2, b.path(1).size());
        int[] cf = vm.comparisonProperty().get().result().counterfactual().generatedIds();
        assertEquals(b.get(0).node().ids()[1], cf[1], "the first intervention still holds");
        assertEquals(alt, cf[6]);
        vm.select(null);
        assertArrayEquals(vm.factualProperty().get().trace().generatedIds(), vm.baseProperty().get().generatedIds());
        vm.select(0);
        assertEquals(0, vm.comparisonProperty().get().nodeId());
    }

    @Test
    void typedTextIsForcedTokenByTokenAndPromptTokensCanBeReplaced() {
        CounterfactualViewModel vm = generated();
        vm.replaceText(false, 0, " Woodhouse and Mr");
        Comparison c = vm.comparisonProperty().get();
        int n = c.intervention().forcedIds().length;
        assertTrue(n >= 2, "several tokens");
        for (int i = 0; i < n; i++) {
            assertEquals(TokenDiff.Mark.FORCED, c.counterfactualMarks().get(i));
        }
        vm.select(null);
        FactualRun run = vm.factualProperty().get();
        int last = run.trace().promptIds().length - 1;
        int alt = run.promptAlternatives().get(last).ids()[0];
        vm.replaceToken(true, last, alt);
        assertEquals("", vm.messageProperty().get());
        assertTrue(vm.comparisonProperty().get().intervention().inPrompt());
        assertTrue(vm.branchesProperty().get().get(1).node().label().startsWith("prompt " + last + ": "));
    }

    @Test
    void badInputIsAClearMessageAndChangesNothing() {
        CounterfactualViewModel vm = generated();
        vm.replaceText(false, 0, "");
        assertTrue(vm.messageProperty().get().startsWith("The replacement is empty: it tokenises to nothing"), vm.messageProperty().get());
        vm.replaceToken(false, 24, 5);
        assertEquals("Position 24 is beyond the trace (24 tokens): pick a token of the run on show.", vm.messageProperty().get());
        vm.sweep(99, 3);
        assertTrue(vm.messageProperty().get().startsWith("Position 99 is beyond the trace"), vm.messageProperty().get());
        assertTrue(vm.branchesProperty().get().isEmpty());
        assertEquals(List.of(), models.failures, "no error dialog for the user's own input");
    }

    @Test
    void withoutAModelTheMessageSaysSo() {
        models.model.set(null);
        CounterfactualViewModel vm = models.viewModel(PROMPT, 1, 8);
        vm.generate();
        assertEquals("No model is loaded: open one from the Model menu.", vm.messageProperty().get());
    }

    @Test
    void sweepTabulatesTheTopAlternativesOnTheFactualRunAndOnABranch() {
        CounterfactualViewModel vm = generated();
        vm.sweep(0, 3);
        SweepResult s = vm.sweepProperty().get();
        assertEquals(3, s.rows().size());
        assertNull(s.baseNode());
        int factualId = vm.baseProperty().get().steps().get(0).id();
        assertTrue(s.rows().stream().noneMatch(r -> r.id() == factualId));
        assertTrue(s.rows().stream().allMatch(r -> r.firstDivergence() != null && r.firstDivergence() == 0));
        vm.replaceToken(false, 0, s.rows().get(0).id());
        vm.sweep(4, 2);
        assertEquals(0, vm.sweepProperty().get().baseNode());
        assertEquals(2, vm.sweepProperty().get().rows().size());
        assertTrue(vm.sweepProperty().get().rows().stream().allMatch(r -> r.firstDivergence() != null && r.firstDivergence() >= 4));
    }

    @Test
    void theSectionRestoresTheTreeAndShowsTheLastBranch() {
        CounterfactualViewModel vm = generated();
        vm.replaceToken(false, 0, alternative(vm, 0));
        vm.replaceToken(false, 5, alternative(vm, 5));
        vm.sweep(5, 2);
        ObjectNode section = vm.sectionProperty().get();
        section.put("future_field", "kept");

        CounterfactualViewModel again = new CounterfactualViewModel(models, models.jobs);
        again.restore(section, null);
        assertEquals("", again.messageProperty().get());
        assertNotNull(again.factualProperty().get(), "the factual run is regenerated");
        assertEquals(2, again.branchesProperty().get().size());
        assertEquals(1, again.selectedProperty().get());
        assertArrayEquals(vm.comparisonProperty().get().result().counterfactual().generatedIds(),
                again.comparisonProperty().get().result().counterfactual().generatedIds());
        assertEquals(2, again.sweepProperty().get().rows().size());
        assertNull(again.sectionProperty().get(), "restoring changes nothing to save");
        again.select(0);
        again.replaceToken(false, 9, alternative(again, 9));
        assertEquals("kept", again.sectionProperty().get().path("future_field").asText());
        assertEquals(3, again.sectionProperty().get().path("branches").size());
    }

    @Test
    void aSectionFromAnotherModelOrRunIsReported() {
        CounterfactualViewModel vm = generated();
        vm.replaceToken(false, 0, alternative(vm, 0));
        ObjectNode other = vm.sectionProperty().get().deepCopy();
        other.put("model_sha256", "0".repeat(64));
        CounterfactualViewModel again = new CounterfactualViewModel(models, models.jobs);
        again.restore(other, null);
        assertTrue(again.messageProperty().get().startsWith("The factual run and its branches were made with another model (SHA-256 000000000000…)"),
                again.messageProperty().get());
        assertEquals(1, again.branchesProperty().get().size(), "the tree is still shown");
        again.replaceToken(false, 0, 5);
        assertTrue(again.messageProperty().get().startsWith("The factual run and its branches were made with another model"));

        ObjectNode tampered = vm.sectionProperty().get().deepCopy();
        tampered.withObjectProperty("factual").withArrayProperty("ids").set(0, 7);
        again.restore(tampered, null);
        assertTrue(again.messageProperty().get().startsWith("The saved factual run does not reproduce on the loaded model"),
                again.messageProperty().get());
        assertNull(again.factualProperty().get());

        again.restore(vm.sectionProperty().get(), "f".repeat(64));
        assertEquals("", again.messageProperty().get(), "the section's own hash wins over the project's");
    }

    @Test
    void theSampleReproducesOnTheDemoModelAndKeepsMoreTextThanResampling() throws Exception {
        CounterfactualViewModel vm = new CounterfactualViewModel(models, models.jobs);
        vm.restore(CounterfactualReportTest.sampleSection(), null);
        assertEquals("", vm.messageProperty().get(), "made on another thread count, it still reproduces");
        Comparison c = vm.comparisonProperty().get();
        assertEquals(1, c.nodeId());
        assertEquals(8, c.result().editDistanceCf());
        assertEquals(57, c.result().editDistanceInt());
        assertTrue(c.counterfactualText().startsWith(" Dashwood, began not above an effort"), c.counterfactualText());
    }
}
