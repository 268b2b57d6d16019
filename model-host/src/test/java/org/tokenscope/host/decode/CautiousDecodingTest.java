package org.tokenscope.host.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/** The stepper spec's invariants of cautious decoding, on the demo model. */
class CautiousDecodingTest {
    private static LanguageModel model;
    private static int[] prompt;
    private static boolean[] punct;

    @BeforeAll
    static void load() {
        model = DemoModel.load(2);
        prompt = model.encodePrompt("Elizabeth could not help");
        punct = Punctuation.table(model.requireTokenizer(), Punctuation.Mode.TEXT, model.logitsWidth());
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static Trace cautious(SamplerSettings s, CautiousSettings c, int max) {
        return Decoder.run(model, prompt, s, c, max, true, 5, (a, b, m) -> { }, org.tokenscope.host.job.Cancellation.none(), x -> { });
    }

    @Test
    void oneMaxTrialEqualsPlainSamplingForTheSameSeed() {
        for (long seed : new long[] {0, 1, 17}) {
            SamplerSettings s = new SamplerSettings(1.0, 0, 0.95, 0, seed);
            Trace plain = Decoder.plain(model, prompt, s, 40, true, 5);
            Trace one = cautious(s, new CautiousSettings(0.01, 1.5, 1, TrialFormula.CODE, Punctuation.Mode.TEXT), 40);
            assertArrayEquals(plain.generatedIds(), one.generatedIds(), "seed " + seed);
            assertTrue(one.steps().stream().allMatch(st -> st.cautious().trials() == 1));
        }
    }

    @Test
    void temperatureZeroIsGreedyAndTakesNoTrials() {
        SamplerSettings greedy = new SamplerSettings(0, 0, 1, 0, 3);
        Trace c = cautious(greedy, CautiousSettings.DEFAULT, 30);
        assertArrayEquals(Decoder.plain(model, prompt, greedy, 30, true, 5).generatedIds(), c.generatedIds());
        for (Step st : c.steps()) {
            assertEquals(1, st.cautious().trials());
            assertEquals(0.0, st.entropy());
        }
    }

    @Test
    void trialsFollowTheFormulaAndWinnersEndAtPunctuationEosOrTheLimit() {
        int max = 60;
        int sawTrials = 0;
        for (long seed = 0; seed < 4; seed++) {
            SamplerSettings s = new SamplerSettings(1.0, 0, 1.0, 0, seed);
            for (TrialFormula f : TrialFormula.values()) {
                CautiousSettings c = new CautiousSettings(0.01, 1.5, 6, f, Punctuation.Mode.TEXT);
                Trace t = cautious(s, c, max);
                List<Step> steps = t.steps();
                for (int i = 0; i < steps.size(); i++) {
                    Step st = steps.get(i);
                    assertEquals(i, st.index());
                    if (st.cautious() == null) {
                        assertTrue(st.inTrial());
                        continue;
                    }
                    CautiousInfo ci = st.cautious();
                    assertEquals(c.trials(st.entropy()), ci.trials(), "trial count = formula(reported entropy)");
                    assertEquals(st.entropy(), ci.entropy());
                    if (ci.trials() == 1) {
                        assertNull(st.cautious().details().isEmpty() ? null : "details");
                        continue;
                    }
                    sawTrials++;
                    assertEquals(ci.trials(), ci.details().size());
                    CautiousInfo.Trial win = ci.details().get(ci.chosen());
                    for (CautiousInfo.Trial other : ci.details()) {
                        assertTrue(win.ppl() <= other.ppl());
                        int lastId = other.ids()[other.ids().length - 1];
                        boolean atLimit = i + other.ids().length >= max;
                        assertTrue(punct[lastId] || model.config().eos().contains(lastId) || atLimit,
                                "a trial ends with punctuation, EOS or the limit");
                        for (int k = 0; k < other.ids().length - 1; k++) {
                            assertTrue(!punct[other.ids()[k]], "no punctuation inside a trial");
                        }
                        assertEquals(CautiousInfo.Trial.perplexity(other.probs()), other.ppl(), 1e-12);
                    }
                    for (int k = 0; k < win.ids().length; k++) {
                        assertEquals(win.ids()[k], steps.get(i + k).id(), "the winner's tokens are appended");
                        assertEquals(ci.chosen(), steps.get(i + k).trial(), "noise key of the winning trial");
                        assertEquals(win.probs()[k], steps.get(i + k).prob());
                    }
                }
            }
        }
        assertTrue(sawTrials > 0, "the prompts should produce at least one multi-trial step");
    }

    @Test
    void trialNoiseUsesItsOwnKeys() {
        SamplerSettings s = new SamplerSettings(1.0, 0, 1.0, 0, 5);
        Trace t = cautious(s, new CautiousSettings(0.0, 0.5, 8, TrialFormula.CODE, Punctuation.Mode.TEXT), 30);
        Step first = t.steps().get(0);
        assertNotNull(first.cautious());
        if (first.cautious().trials() > 1) {
            // Trial r's first token is argmax(log q + g(seed, 0, r, v)) on the step's distribution.
            StageStats st = StageStats.of(freshLogits(), s);
            for (int r = 0; r < first.cautious().trials(); r++) {
                assertEquals(Sampler.choose(st.warped(), s, 0, r), first.cautious().details().get(r).ids()[0]);
            }
        }
    }

    private static float[] freshLogits() {
        try (var st = model.newState()) {
            return st.append(prompt);
        }
    }

    @Test
    void backUndoesAWholeStepAndReplaysIdentically() {
        SamplerSettings s = new SamplerSettings(1.0, 0, 1.0, 0, 9);
        for (CautiousSettings c : new CautiousSettings[] {null, CautiousSettings.DEFAULT}) {
            try (DecodeSession session = new DecodeSession(model, prompt, s, c, 40, true, 5)) {
                java.util.List<int[]> history = new java.util.ArrayList<>();
                history.add(session.trace().generatedIds());
                while (!session.finished() && history.size() < 6) {
                    session.step();
                    history.add(session.trace().generatedIds());
                }
                int[] end = history.get(history.size() - 1);
                for (int k = history.size() - 2; k >= 0; k--) {
                    session.back();
                    assertArrayEquals(history.get(k), session.trace().generatedIds(), "after back to step group " + k);
                }
                while (!session.finished() && session.trace().generatedIds().length < end.length) {
                    session.step();
                }
                assertArrayEquals(end, session.trace().generatedIds(), "stepping again replays the same tokens");
            }
        }
    }

    @Test
    void batchedTrialsGiveTheSameRunAsSequentialTrials() {
        for (long seed = 0; seed < 3; seed++) {
            SamplerSettings s = new SamplerSettings(1.0, 0, 1.0, 0, seed);
            try (DecodeSession batched = new DecodeSession(model, prompt, s, CautiousSettings.DEFAULT, 48, true, 5);
                    DecodeSession sequential = new DecodeSession(model, prompt, s, CautiousSettings.DEFAULT, 48, true, 5)
                            .sequentialTrials()) {
                while (!batched.finished()) {
                    batched.step();
                }
                while (!sequential.finished()) {
                    sequential.step();
                }
                assertArrayEquals(sequential.trace().generatedIds(), batched.trace().generatedIds(), "seed " + seed);
            }
        }
    }
}
