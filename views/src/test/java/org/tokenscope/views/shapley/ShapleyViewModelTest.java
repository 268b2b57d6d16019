package org.tokenscope.views.shapley;

import org.tokenscope.views.testing.DemoProvider;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.attribution.AttributionException.Kind;
import org.tokenscope.host.attribution.Granularity;
import org.tokenscope.host.attribution.MaskingKind;
import org.tokenscope.host.attribution.Method;
import org.tokenscope.views.jobs.JobRunner;

/** The view model on the demo model with a same-thread job runner: runs, comparison, live refinement, refusals. */
class ShapleyViewModelTest {
    static final String PROMPT = "Emma Woodhouse, handsome, clever, and";
    private final List<String> dialogs = new ArrayList<>();
    private final List<ShapleyRun> refined = new ArrayList<>();
    private final DemoProvider models = DemoProvider.withDemo();
    private final ShapleyViewModel vm = new ShapleyViewModel(models, JobRunner.sameThread((h, t) -> dialogs.add(h + " " + t)),
            Runnable::run);

    private void wordsWithTarget() {
        vm.settings().promptProperty().set(PROMPT);
        vm.settings().targetProperty().set(" rich");
    }

    @Test
    void aWordLevelExactRunAddsUpAndIsKept() {
        wordsWithTarget();
        int before = vm.revisionProperty().get();
        vm.run();
        ShapleyRun r = vm.shownProperty().get();
        assertNotNull(r, vm.refusalProperty().get() + dialogs);
        assertEquals(List.of("Emma", "Woodhouse,", "handsome,", "clever,", "and"), r.players().stream().map(p -> p.text()).toList());
        assertEquals(Method.EXACT, r.result().method());
        assertTrue(Math.abs(r.result().efficiencyGap()) < 1e-6, r.efficiencyLine());
        assertEquals(5, r.surprisals().length);
        assertEquals(ShapleyRun.State.DONE, r.state());
        assertEquals(List.of(r), vm.runs());
        assertNull(vm.comparedProperty().get(), "nothing to compare with yet");
        assertTrue(vm.revisionProperty().get() > before);
        assertTrue(vm.statusProperty().get().startsWith("Done: 32 coalitions"), vm.statusProperty().get());
        assertEquals(0, models.open.get(), "the lease is closed");
        assertEquals(List.of(), dialogs);
        assertEquals(5 + 0, StripTokens.of(r).size(), "one chip per word: the spaces between are nobody's");
    }

    @Test
    void aSecondRunIsShownBesideTheOneBeforeIt() {
        wordsWithTarget();
        vm.run();
        ShapleyRun remove = vm.shownProperty().get();
        vm.settings().maskingProperty().set(MaskingKind.FILLER);
        vm.run();
        ShapleyRun filler = vm.shownProperty().get();
        assertEquals("filler", filler.result().masking());
        assertSame(remove, vm.comparedProperty().get());
        assertEquals(List.of(remove, filler), vm.runs());
        assertTrue(filler.how().contains("masking filler \"...\""), filler.how());
        vm.reuseSettings(remove);
        assertEquals(MaskingKind.REMOVE, vm.settings().maskingProperty().get());
    }

    @Test
    void permutationSamplingRefinesLiveAndReportsStandardErrors() {
        ShapleyViewModel live = new ShapleyViewModel(models, JobRunner.sameThread((h, t) -> dialogs.add(h)), r -> {
            r.run();
        });
        live.shownProperty().addListener((o, was, now) -> refined.add(now));
        live.settings().promptProperty().set(PROMPT);
        live.settings().targetProperty().set(" rich");
        live.settings().methodProperty().set(Method.PERMUTATION);
        live.settings().samplesProperty().set(8);
        live.settings().seedProperty().set(3);
        live.run();
        ShapleyRun r = live.shownProperty().get();
        assertEquals(8, r.result().estimate().samples());
        assertTrue(refined.stream().anyMatch(x -> x.state() == ShapleyRun.State.REFINING), "intermediate estimates were shown");
        assertEquals(ShapleyRun.State.DONE, r.state());
        assertTrue(Double.isFinite(r.result().stderr()[0]));
        assertTrue(Math.abs(r.result().efficiencyGap()) < 1e-6, "efficiency holds per permutation");
        assertEquals(1, live.runs().size(), "only the final estimate is kept");
    }

    @Test
    void refusedInputSaysWhatToDoWithoutADialog() {
        vm.settings().promptProperty().set(PROMPT);
        vm.run();
        assertEquals(Kind.NO_TARGET, vm.refusalKindProperty().get());
        assertTrue(vm.refusalProperty().get().startsWith("no target"), vm.refusalProperty().get());

        vm.settings().questionProperty().set(ShapleySettings.Question.OPTIONS);
        vm.settings().optionsProperty().set("A|");
        assertEquals("", vm.refusalProperty().get(), "a change clears the message");
        vm.run();
        assertEquals(Kind.EMPTY_TARGET, vm.refusalKindProperty().get(), vm.refusalProperty().get());

        vm.settings().optionsProperty().set(" A| B");
        vm.settings().granularityProperty().set(Granularity.TOKENS);
        vm.settings().promptProperty().set("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                + "fifteen sixteen seventeen eighteen");
        vm.settings().methodProperty().set(Method.EXACT);
        vm.run();
        assertEquals(Kind.TOO_MANY_PLAYERS, vm.refusalKindProperty().get(), vm.refusalProperty().get());
        vm.useSampling();
        assertEquals(Method.PERMUTATION, vm.settings().methodProperty().get());
        assertEquals("", vm.refusalProperty().get());

        vm.settings().promptProperty().set("word ".repeat(300));
        vm.settings().granularityProperty().set(Granularity.SENTENCES);
        vm.run();
        assertEquals(Kind.PROMPT_TOO_LONG, vm.refusalKindProperty().get(), vm.refusalProperty().get());
        assertEquals(List.of(), dialogs, "bad input is not an error dialog");
        assertNull(vm.shownProperty().get());
        assertEquals(0, models.open.get());
    }

    @Test
    void withoutAModelNothingRuns() {
        ShapleyViewModel none = new ShapleyViewModel(DemoProvider.empty(), JobRunner.sameThread((h, t) -> dialogs.add(h)), Runnable::run);
        assertTrue(none.modelMissingProperty().get());
        none.settings().promptProperty().set(PROMPT);
        none.settings().targetProperty().set(" rich");
        none.run();
        assertEquals(1, dialogs.size(), "the job fails with the no-model message");
        assertNull(none.shownProperty().get());
        assertTrue(!none.busyProperty().get());
    }

    @Test
    void etaIsTheRemainingShareOfTheTimeSpentOrTheBudget() {
        assertEquals(" · about 30 s left", Eta.text(0.25, 10, 0));
        assertEquals(" · about 5 s left", Eta.text(0.25, 10, 15));
        assertEquals("", Eta.text(-1, 10, 0));
        assertEquals(" · about 3 min", Eta.text(0.5, 180, 0).substring(0, 14));
    }
}
