package org.tokenscope.host.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelException;

/** Replay invariants on the demo model: identity, forced prefix, the branch of a branch, bad input. */
class CounterfactualReplayTest {
    private static LanguageModel model;
    private static int[] prompt;

    @BeforeAll
    static void load() {
        model = DemoModel.load(2);
        prompt = model.encodePrompt("Catherine had");
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static Trace factual(long seed, CautiousSettings c) {
        return Decoder.run(model, prompt, new SamplerSettings(1.0, 0, 1.0, 0, seed), c, 24, false, 5, Progress.NONE,
                Cancellation.none(), s -> { });
    }

    private static CounterfactualResult replay(Trace f, Intervention iv) {
        return CounterfactualReplayer.replay(model, f, iv, f.sampler().seed() + 1, Progress.NONE, Cancellation.none());
    }

    /** Replaying the factual token reproduces the run bit for bit: ids and every recorded probability. */
    @Test
    void replayIdentityOnTwentyPairsIncludingCautiousRuns() {
        int pairs = 0, cautiousPairs = 0;
        for (long seed = 0; pairs < 20 && seed < 200; seed++) {
            CautiousSettings c = seed % 2 == 0 ? null : CautiousSettings.DEFAULT;
            if ((c == null && pairs - cautiousPairs >= 10) || (c != null && cautiousPairs >= 10)) {
                continue; // ten plain and ten cautious pairs
            }
            Trace f = factual(seed, c);
            List<Integer> positions = new ArrayList<>();
            List<Step> steps = f.steps();
            for (Step s : steps) {
                // A cautious run replays identically from a position whose step added one token: after the
                // forced token both runs start a fresh cautious step there. (Forcing a token that opened a
                // multi-token trial restarts cautious stepping after it, so the trial's later tokens may differ.)
                boolean singleTokenStep = s.cautious() != null
                        && (s.index() + 1 >= steps.size() || steps.get(s.index() + 1).cautious() != null);
                if (c == null || singleTokenStep) {
                    positions.add(s.index());
                }
            }
            for (int k = 0; k < 2 && (c == null ? pairs - cautiousPairs < 10 : cautiousPairs < 10) && !positions.isEmpty(); k++) {
                int j = positions.get((int) ((seed * 7 + k * 5) % positions.size()));
                CounterfactualResult r = replay(f, Intervention.generated(j, f.steps().get(j).id()));
                assertArrayEquals(f.generatedIds(), r.counterfactual().generatedIds(), "seed " + seed + " position " + j);
                for (int i = 0; i < f.steps().size(); i++) {
                    if (i != j) {
                        assertEquals(f.steps().get(i).prob(), r.counterfactual().steps().get(i).prob(), 0.0, "bit for bit");
                    }
                }
                assertEquals(null, r.firstDivergence());
                assertEquals(0, r.editDistanceCf());
                for (double kl : r.kl()) {
                    assertEquals(0.0, kl, 0.0);
                }
                pairs++;
                cautiousPairs += c == null ? 0 : 1;
            }
        }
        assertEquals(20, pairs);
        assertEquals(10, cautiousPairs, "cautious pairs among the twenty");
    }

    @Test
    void tokensBeforeTheInterventionAreKeptAndTheTokenAtItIsForced() {
        Trace f = factual(3, null);
        int j = 5;
        int alt = f.steps().get(j).stages().get(0).topIds()[1] == f.steps().get(j).id()
                ? f.steps().get(j).stages().get(0).topIds()[0] : f.steps().get(j).stages().get(0).topIds()[1];
        CounterfactualResult r = replay(f, Intervention.generated(j, alt));
        int[] cf = r.counterfactual().generatedIds();
        for (int i = 0; i < j; i++) {
            assertEquals(f.generatedIds()[i], cf[i]);
            assertEquals(f.generatedIds()[i], r.interventional().generatedIds()[i]);
        }
        assertEquals(alt, cf[j]);
        assertTrue(r.counterfactual().steps().get(j).forced());
        assertEquals(j, r.firstDivergence());
        assertEquals(j + 1, r.klStart());
        assertTrue(r.editDistanceCf() >= 1);
    }

    @Test
    void promptInterventionReplaysEveryGeneratedPosition() {
        Trace f = factual(4, null);
        CounterfactualResult same = replay(f, Intervention.prompt(2, prompt[2]));
        assertArrayEquals(f.generatedIds(), same.counterfactual().generatedIds());
        int other = model.requireTokenizer().encodeIds(" Emma")[0];
        CounterfactualResult r = replay(f, Intervention.prompt(2, other));
        assertEquals(0, r.klStart());
        assertEquals(other, r.counterfactual().promptIds()[2]);
    }

    @Test
    void aBranchOfABranchUsesItsParentAsTheFactualRun() {
        Trace f = factual(6, null);
        Intervention first = Intervention.generated(3, f.steps().get(3).stages().get(0).topIds()[2]);
        CounterfactualResult r1 = replay(f, first);
        int j = 8;
        int tokenAtJ = r1.counterfactual().steps().get(j).id();
        CounterfactualResult identity = CounterfactualReplayer.replay(model, f, List.of(first),
                Intervention.generated(j, tokenAtJ), 99, Progress.NONE, Cancellation.none());
        assertArrayEquals(r1.counterfactual().generatedIds(), identity.counterfactual().generatedIds());
        BranchTree tree = BranchTree.empty().add(null, first, r1.counterfactual().generatedIds(), r1.firstDivergence(),
                r1.editDistanceCf(), "first").add(0, Intervention.generated(j, tokenAtJ),
                identity.counterfactual().generatedIds(), null, 0, "second");
        assertEquals(List.of(first.position(), j), tree.path(1).stream().map(Intervention::position).toList());
        assertEquals(1, tree.children(0).size());
    }

    @Test
    void sweepTabulatesTheTopAlternatives() {
        Trace f = factual(8, null);
        List<CounterfactualSweep.Row> rows = CounterfactualSweep.sweep(model, f, 2, 4, Progress.NONE, Cancellation.none());
        assertEquals(4, rows.size());
        for (CounterfactualSweep.Row row : rows) {
            assertNotEquals(f.steps().get(2).id(), row.id());
            assertEquals(row.id(), row.ids()[2]);
            assertEquals(2, row.firstDivergence());
        }
    }

    @Test
    void badInterventions() {
        Trace f = factual(1, null);
        assertTrue(assertThrows(ModelException.class, () -> replay(f, Intervention.generated(2)))
                .getMessage().contains("tokenises to nothing"));
        assertTrue(assertThrows(ModelException.class, () -> replay(f, Intervention.generated(99, 5)))
                .getMessage().contains("beyond the trace"));
        int[] ids = f.generatedIds();
        List<Step> tampered = new ArrayList<>(f.steps());
        Step s = tampered.get(4);
        tampered.set(4, new Step(s.index(), (s.id() + 1) % 4000, s.trial(), s.stages(), s.cautious(), s.inTrial()));
        Trace other = new Trace(f.sampler(), f.cautious(), f.maxTokens(), f.stopAtEos(), f.promptIds(), tampered, f.stop());
        assertTrue(assertThrows(ModelException.class, () -> replay(other, Intervention.generated(1, ids[1])))
                .getMessage().contains("different model"));
    }
}
