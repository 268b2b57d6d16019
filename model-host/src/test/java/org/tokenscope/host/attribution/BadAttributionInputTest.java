package org.tokenscope.host.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.attribution.AttributionException.Kind;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/** Typed one-line errors for input an attribution cannot take, and cancel. */
class BadAttributionInputTest {
    static LanguageModel model;

    @BeforeAll
    static void load() {
        model = DemoModel.load(2);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static AttributionException fails(String prompt, AttributionSettings s) {
        AttributionException e = assertThrows(AttributionException.class,
                () -> new Attributor().run(model, prompt, s, Progress.NONE, Cancellation.none()));
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e;
    }

    @Test
    void noTarget() {
        AttributionException e = fails("Emma was rich", AttributionSettings.builder().build());
        assertEquals(Kind.NO_TARGET, e.kind());
        assertTrue(e.getMessage().contains("--target"), e.getMessage());
        assertEquals(Kind.NO_TARGET, fails("Emma was rich", AttributionSettings.builder().options(List.of("A", "B"))
                .value(ValueKind.LOGPROB).build()).kind());
    }

    @Test
    void targetThatTokenisesToNothing() {
        AttributionException e = fails("Emma was rich", AttributionSettings.builder().target("").build());
        assertEquals(Kind.EMPTY_TARGET, e.kind());
        assertTrue(e.getMessage().contains("tokenises to nothing"), e.getMessage());
        assertEquals(Kind.EMPTY_TARGET, fails("Emma was rich", AttributionSettings.builder().options(List.of("A", "")).build()).kind());
        assertEquals(Kind.EMPTY_TARGET, fails("Emma was rich", AttributionSettings.builder().target(" x")
                .masking(MaskingKind.FILLER).filler("").build()).kind());
    }

    @Test
    void tooManyPlayersForExactOffersSampling() {
        String prompt = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen";
        AttributionException e = fails(prompt, AttributionSettings.builder().target(" and").method(Method.EXACT).build());
        assertEquals(Kind.TOO_MANY_PLAYERS, e.kind());
        assertTrue(e.getMessage().contains("17 players") && e.getMessage().contains("permutation"), e.getMessage());
    }

    @Test
    void promptOverTheContextLength() {
        String prompt = "the house ".repeat(200);
        AttributionException e = fails(prompt, AttributionSettings.builder().target(" and").method(Method.PERMUTATION).build());
        assertEquals(Kind.PROMPT_TOO_LONG, e.kind());
        assertTrue(e.getMessage().contains("context is 256"), e.getMessage());
    }

    @Test
    void optionsThatDoNotFit() {
        assertEquals(Kind.BAD_OPTIONS, fails("x y", AttributionSettings.builder().options(List.of(" A")).build()).kind());
        assertEquals(Kind.BAD_OPTIONS, fails("x y", AttributionSettings.builder().options(List.of(" A", " B")).choice(" C").build()).kind());
        assertEquals(Kind.BAD_OPTIONS, fails("x y", AttributionSettings.builder().options(List.of(" A", " A")).build()).kind());
        assertEquals(Kind.BAD_OPTIONS, fails("x y", AttributionSettings.builder().target(" A").value(ValueKind.CHOICE).build()).kind());
    }

    @Test
    void cancelStopsARun() {
        Cancellation cancel = new Cancellation();
        AtomicLong updates = new AtomicLong();
        Progress cancelAfterFirst = (done, total, message) -> {
            updates.incrementAndGet();
            cancel.cancel();
        };
        String prompt = "It is a truth universally acknowledged, that a single man in possession";
        assertThrows(CancellationException.class, () -> new Attributor().run(model, prompt,
                AttributionSettings.builder().target(" of").build(), cancelAfterFirst, cancel));
        assertEquals(1, updates.get(), "no work after the cancel");
    }
}
