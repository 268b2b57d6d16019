package org.tokenscope.host.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/** Attribution on the embedded demo model: efficiency, sampling against exact, determinism, the cache, the maskings. */
class DemoModelAttributionTest {
    /** Eight word players. */
    static final String PROMPT = "Elizabeth thought the cheaper carriage was much slower,";
    static LanguageModel model;

    @BeforeAll
    static void load() {
        model = DemoModel.load(2);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    static AttributionSettings.Builder settings() {
        return AttributionSettings.builder().target(" and");
    }

    @Test
    void exactIsEfficientAndSamplingAgreesWithinThreeStandardErrors() {
        Attributor attributor = new Attributor();
        AttributionResult exact = attributor.run(model, PROMPT, settings().build(), Progress.NONE, Cancellation.none());
        assertEquals(8, exact.players().size());
        assertEquals(Method.EXACT, exact.method(), "8 players: exact is the automatic choice");
        assertEquals(exact.vFull() - exact.vEmpty(), exact.sumPhi(), 1e-6);
        assertEquals(256, exact.evaluations());
        assertEquals(256 / AttributionSettings.DEFAULT_BATCH, exact.modelCalls(), "256 coalitions in full batches");
        assertTrue(java.util.Arrays.stream(exact.stderr()).allMatch(Double::isNaN), "no standard error for exact");
        double direct = LogProbs.of(model.logitsAll(model.encodePrompt(PROMPT))[model.encodePrompt(PROMPT).length - 1],
                model.requireTokenizer().encodeIds(" and")[0]);
        assertEquals(direct, exact.vFull(), 1e-4, "v(N) is the target's log-probability after the whole prompt");

        AttributionResult sampled = attributor.run(model, PROMPT, settings().method(Method.PERMUTATION).samples(600).seed(3).build(),
                Progress.NONE, Cancellation.none());
        assertEquals(0, sampled.evaluations(), "every coalition was cached by the exact run");
        assertEquals(0, sampled.modelCalls());
        assertEquals(600, sampled.estimate().samples());
        for (int i = 0; i < 8; i++) {
            double gap = Math.abs(sampled.phi()[i] - exact.phi()[i]);
            assertTrue(gap <= 3 * sampled.stderr()[i] + 1e-9, "player " + i + ": |" + sampled.phi()[i] + " − " + exact.phi()[i]
                    + "| > 3 × " + sampled.stderr()[i]);
        }
        assertEquals(sampled.vFull() - sampled.vEmpty(), sampled.sumPhi(), 1e-9, "efficiency holds per permutation");
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        AttributionSettings s = settings().method(Method.PERMUTATION).samples(30).seed(5).build();
        AttributionResult a = new Attributor().run(model, PROMPT, s, Progress.NONE, Cancellation.none());
        AttributionResult b = new Attributor().run(model, PROMPT, s, Progress.NONE, Cancellation.none());
        assertArrayEquals(a.phi(), b.phi(), 0.0);
        assertArrayEquals(a.stderr(), b.stderr(), 0.0);
        assertEquals(a.evaluations(), b.evaluations());
        AttributionResult other = new Attributor().run(model, PROMPT, s.toBuilder().seed(6).build(), Progress.NONE, Cancellation.none());
        assertFalse(java.util.Arrays.equals(a.phi(), other.phi()));
        AttributionSettings k = settings().method(Method.KERNEL).samples(60).seed(5).build();
        assertArrayEquals(new Attributor().run(model, PROMPT, k, Progress.NONE, Cancellation.none()).phi(),
                new Attributor().run(model, PROMPT, k, Progress.NONE, Cancellation.none()).phi(), 0.0);
    }

    @Test
    void evaluationModesGiveTheSameValues() {
        // Pinning the first four words leaves 16 coalitions and a shared prefix for the KV cache.
        AttributionSettings.Builder b = settings().pins(List.of(new Span(0, 29)));
        AttributionResult batched = new Attributor().run(model, PROMPT, b.build(), Progress.NONE, Cancellation.none());
        assertEquals(4, batched.players().size());
        assertEquals(16 / AttributionSettings.DEFAULT_BATCH, batched.modelCalls());
        AttributionResult single = new Attributor().run(model, PROMPT, b.evaluation(Evaluation.ONE_AT_A_TIME).build(),
                Progress.NONE, Cancellation.none());
        assertEquals(16, single.modelCalls());
        AttributionResult prefix = new Attributor().run(model, PROMPT, b.evaluation(Evaluation.PREFIX_KV).build(),
                Progress.NONE, Cancellation.none());
        assertEquals(16, prefix.modelCalls(), "the prefix once, then one run per coalition but ∅, whose input is the prefix");
        assertArrayEquals(batched.phi(), single.phi(), 1e-4);
        assertArrayEquals(batched.phi(), prefix.phi(), 1e-4);
        // A two-token target needs two rows per coalition: the prefix path runs once more per coalition.
        AttributionResult twoTokens = new Attributor().run(model, PROMPT, b.target(" and she").build(), Progress.NONE,
                Cancellation.none());
        AttributionResult twoBatched = new Attributor().run(model, PROMPT, b.evaluation(Evaluation.BATCHED).build(),
                Progress.NONE, Cancellation.none());
        assertArrayEquals(twoBatched.phi(), twoTokens.phi(), 1e-4);
        assertEquals(16 * model.requireTokenizer().encodeIds(" and she").length, twoTokens.modelCalls());
    }

    @Test
    void valueFunctionsAndMaskings() {
        Attributor a = new Attributor();
        AttributionResult logprob = a.run(model, PROMPT, settings().build(), Progress.NONE, Cancellation.none());
        AttributionResult prob = a.run(model, PROMPT, settings().value(ValueKind.PROB).build(), Progress.NONE, Cancellation.none());
        assertEquals(Math.exp(logprob.vFull()), prob.vFull(), 1e-12);
        assertEquals("prob", prob.value());

        AttributionSettings.Builder options = AttributionSettings.builder().options(List.of(" and", " but"));
        AttributionResult choice = a.run(model, PROMPT, options.build(), Progress.NONE, Cancellation.none());
        assertEquals("choice", choice.value());
        assertEquals(" and", choice.settings().choice());
        assertTrue(choice.vFull() > 0 && choice.vFull() < 1);
        AttributionResult other = a.run(model, PROMPT, options.choice(" but").build(), Progress.NONE, Cancellation.none());
        assertEquals(1, choice.vFull() + other.vFull(), 1e-12, "two options' shares add up to 1");
        assertArrayEquals(negated(choice.phi()), other.phi(), 1e-12);
        AttributionResult diff = a.run(model, PROMPT, options.choice(null).value(ValueKind.LOGIT_DIFF).build(), Progress.NONE,
                Cancellation.none());
        assertEquals(Math.log(choice.vFull() / other.vFull()), diff.vFull(), 1e-4, "single-token options: logit gap = log odds");

        for (MaskingKind m : MaskingKind.values()) {
            AttributionResult r = a.run(model, PROMPT, settings().masking(m).build(), Progress.NONE, Cancellation.none());
            assertEquals(m.label(), r.masking());
            assertEquals(r.vFull() - r.vEmpty(), r.sumPhi(), 1e-6);
            assertEquals(logprob.vFull(), r.vFull(), 1e-4, "the full coalition is the same prompt under every masking");
        }
        AttributionResult baseline = a.run(model, PROMPT, settings().masking(MaskingKind.BASELINE).build(), Progress.NONE,
                Cancellation.none());
        assertEquals(model.config().eos().iterator().next(), baseline.settings().baselineToken(), "no pad or unk: EOS");
    }

    @Test
    void gptStyleTokensBelongToTheWordAfterTheirSpace() {
        Segmentation s = Segmentation.of(model.requireTokenizer(), model.config().bos(), PROMPT, Granularity.WORDS, List.of(), List.of());
        int owned = s.players().stream().mapToInt(p -> p.positions().length).sum();
        assertEquals(s.ids().length - 1, owned, "every token but BOS belongs to a word");
        Player cheaper = s.players().get(3);
        assertEquals("cheaper", cheaper.text());
        String first = model.requireTokenizer().tokenText(s.ids()[cheaper.positions()[0]]);
        assertTrue(first.startsWith(" "), first);
        double[] surprisal = InformationContent.surprisals(model, s);
        assertEquals(8, surprisal.length);
        assertTrue(java.util.Arrays.stream(surprisal).allMatch(x -> x > 0));
    }

    private static double[] negated(double[] x) {
        return java.util.Arrays.stream(x).map(v -> -v).toArray();
    }
}
