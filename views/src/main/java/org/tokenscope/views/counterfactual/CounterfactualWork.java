package org.tokenscope.views.counterfactual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tokenscope.host.decode.CounterfactualReplayer;
import org.tokenscope.host.decode.CounterfactualResult;
import org.tokenscope.host.decode.CounterfactualSweep;
import org.tokenscope.host.decode.Decoder;
import org.tokenscope.host.decode.Distributions;
import org.tokenscope.host.decode.Intervention;
import org.tokenscope.host.decode.NonFiniteLogitsException;
import org.tokenscope.host.decode.StageSummary;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * The panel's engine calls, each a plain function of a borrowed model that runs inside a background job and
 * returns immutable values for the FX thread. Nothing here touches JavaFX.
 */
public final class CounterfactualWork {
    private CounterfactualWork() {
    }

    /** Hash and token display table of a newly loaded model. */
    public static ModelFacts facts(LanguageModel model) {
        List<String> display = new ArrayList<>();
        Tokenizer tok = model.tokenizer().orElse(null);
        int n = tok == null ? 0 : Math.min(tok.vocabSize(), model.logitsWidth());
        for (int id = 0; id < n; id++) {
            display.add(tok.displayText(id));
        }
        return new ModelFacts(model.name(), model.sha256(), display);
    }

    /** The factual run of {@code s}, with the teacher-forced alternatives of each prompt token. */
    public static FactualRun factual(LanguageModel model, FactualSettings s, Progress progress, Cancellation cancel) {
        int[] prompt = model.encodePrompt(s.prompt());
        Trace trace = Decoder.run(model, prompt, s.sampler(), s.cautious(), s.maxTokens(), s.stopAtEos(), s.topN(),
                progress, cancel, steps -> { });
        cancel.check();
        return new FactualRun(s, trace, promptAlternatives(model, prompt, s.topN()), text(model, trace.promptIds(), trace.generatedIds()));
    }

    /**
     * Row k−1 of the teacher-forced logits predicts prompt token k: its top alternatives, by probability. The
     * softmax and the ranking are the engine's, so these match the stepper's numbers for the same row.
     */
    static List<FactualRun.Ranked> promptAlternatives(LanguageModel model, int[] prompt, int topN) {
        List<FactualRun.Ranked> out = new ArrayList<>();
        out.add(FactualRun.Ranked.NONE);
        if (prompt.length < 2) {
            return out;
        }
        float[][] logits = model.logitsAll(prompt);
        for (int k = 1; k < prompt.length; k++) {
            double[] p;
            try {
                p = Distributions.softmax(logits[k - 1], 1);
            } catch (NonFiniteLogitsException e) {
                throw e.at(k); // the prompt token this row predicts, as the panel numbers them
            }
            int[] ids = Distributions.top(p, topN);
            double[] probs = new double[ids.length];
            for (int j = 0; j < ids.length; j++) {
                probs[j] = p[ids[j]];
            }
            out.add(new FactualRun.Ranked(ids, probs));
        }
        return out;
    }

    /**
     * Replays {@code iv} on the run of {@code parent} (null: the factual run) and packages the comparison as
     * node {@code nodeId}.
     */
    public static Comparison replay(LanguageModel model, FactualRun factual, Branches branches, Integer parent,
            Intervention iv, int nodeId, Progress progress, Cancellation cancel) {
        List<Intervention> path = branches.path(parent);
        CounterfactualResult r = CounterfactualReplayer.replay(model, factual.trace(), path, iv,
                factual.settings().interventionalSeed(), progress, cancel);
        String prompt = Arrays.equals(r.counterfactual().promptIds(), factual.trace().promptIds()) ? factual.settings().prompt()
                : promptText(model, r.counterfactual().promptIds());
        return Comparison.of(nodeId, r, prompt, text(model, r.factual()), text(model, r.counterfactual()),
                text(model, r.interventional()));
    }

    /** Regenerates a saved node: the replay of its own intervention on its parent's run. */
    public static Comparison show(LanguageModel model, FactualRun factual, Branches branches, int nodeId, Progress progress,
            Cancellation cancel) {
        Branch b = branches.get(nodeId);
        Comparison c = replay(model, factual, branches, b.node().parent(), b.node().intervention(), nodeId, progress, cancel);
        if (!Arrays.equals(c.result().counterfactual().generatedIds(), b.node().ids())) {
            throw new org.tokenscope.host.model.ModelException("branch " + nodeId + " does not reproduce on the loaded model: "
                    + "it was saved from another model or settings; load that model to replay it");
        }
        return c;
    }

    /**
     * Replaces the token at {@code position} of {@code base} (the run of node {@code baseNode}, null: factual) by
     * each of its top-{@code m} raw alternatives. On the factual run this is the engine's sweep; on a branch each
     * alternative is replayed on the branch's own interventions, so earlier forced tokens stay forced.
     */
    public static SweepResult sweep(LanguageModel model, FactualRun factual, Branches branches, Integer baseNode, Trace base,
            int position, int m, Progress progress, Cancellation cancel) {
        if (position < 0 || position >= base.steps().size()) {
            throw new org.tokenscope.host.model.ModelException("position " + position + " is beyond the trace ("
                    + base.steps().size() + " tokens)");
        }
        List<SweepResult.Row> rows = new ArrayList<>();
        if (baseNode == null) {
            for (CounterfactualSweep.Row r : CounterfactualSweep.sweep(model, base, position, m, progress, cancel)) {
                rows.add(new SweepResult.Row(r.id(), display(model, r.id()), r.probRaw(), r.rankRaw(), r.firstDivergence(), r.editDistance(), text(model, base.promptIds(), r.ids())));
            }
        } else {
            StageSummary raw = base.steps().get(position).stages().get(0);
            for (int k = 0; k < raw.topIds().length && rows.size() < m; k++) {
                int alt = raw.topIds()[k];
                if (alt == base.steps().get(position).id()) {
                    continue;
                }
                Comparison c = replay(model, factual, branches, baseNode, Intervention.generated(position, alt), -1,
                        Progress.NONE, cancel);
                progress.update(rows.size() + 1, m, "alternative " + (rows.size() + 1) + " of " + m);
                rows.add(new SweepResult.Row(alt, display(model, alt), raw.topProbs()[k], k + 1, c.result().firstDivergence(),
                        c.result().editDistanceCf(), c.counterfactualText()));
            }
        }
        return new SweepResult(baseNode, position, m, rows);
    }

    /** Generated ids as they read after the prompt (a SentencePiece decoder strips a leading space otherwise). */
    static String text(LanguageModel model, int[] prompt, int[] ids) {
        return model.tokenizer().map(t -> t.decodeAfter(prompt, ids)).orElse(Arrays.toString(ids));
    }

    static String text(LanguageModel model, org.tokenscope.host.decode.Trace t) {
        return text(model, t.promptIds(), t.generatedIds());
    }

    /** Prompt ids as text, without the leading special tokens (BOS) the model adds itself. */
    static String promptText(LanguageModel model, int[] ids) {
        int from = ids.length > 0 && model.tokenizer().map(t -> t.isSpecial(ids[0])).orElse(false) ? 1 : 0;
        return text(model, new int[0], Arrays.copyOfRange(ids, from, ids.length));
    }

    static String display(LanguageModel model, int id) {
        return model.tokenizer().map(t -> t.displayText(id)).orElse("<" + id + ">");
    }
}
