package org.tokenscope.host.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.tokenscope.host.model.DecodeState;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelException;

/**
 * An interactive decoding run: one {@link #step()} adds one token (plain sampling, or a cautious step
 * with a single trial) or a whole winning trial; {@link #back()} undoes the last step. Noise for generated
 * position t and trial r is keyed (seed, t, r, v), so a run is a deterministic function of prompt, seed
 * and settings. Not thread-safe: one decode loop owns a session.
 */
public final class DecodeSession implements AutoCloseable {
    private final LanguageModel model;
    private final SamplerSettings sampler;
    private final CautiousSettings cautious;
    private final int maxTokens;
    private final boolean stopAtEos;
    private final int topN;
    private final int[] promptIds;
    private final int limit;
    private final Set<Integer> eos;
    private final boolean[] punctuation;
    private final List<Step> steps = new ArrayList<>();
    private final List<Integer> stepStarts = new ArrayList<>();
    private DecodeState state;
    private float[] logits;
    private String stop = Trace.RUNNING;
    private boolean batchTrials = true;
    private final java.util.TreeMap<Integer, int[]> forced = new java.util.TreeMap<>();
    private DistributionListener listener;

    /** Receives the distribution each appended token was chosen from (sampled-from, or current for forced tokens). */
    @FunctionalInterface
    public interface DistributionListener {
        void accept(int position, double[] warped);
    }

    /** {@code cautious} null means plain sampling. */
    public DecodeSession(LanguageModel model, int[] promptIds, SamplerSettings sampler, CautiousSettings cautious,
            int maxTokens, boolean stopAtEos, int topN) {
        model.checkIds(promptIds);
        this.model = model;
        this.sampler = sampler;
        this.cautious = cautious;
        this.maxTokens = maxTokens;
        this.stopAtEos = stopAtEos;
        this.topN = topN;
        this.promptIds = promptIds.clone();
        int room = model.contextLength() > 0 ? model.contextLength() - promptIds.length : Integer.MAX_VALUE;
        this.limit = Math.min(maxTokens, room);
        this.eos = model.config().eos();
        if (cautious != null) {
            if (model.tokenizer().isEmpty()) {
                throw new ModelException("cautious decoding needs the model's tokenizer to recognise punctuation");
            }
            this.punctuation = Punctuation.table(model.tokenizer().get(), cautious.punctuation(), model.logitsWidth());
        } else {
            this.punctuation = null;
        }
        restart(new int[0]);
        if (limit <= 0) {
            stop = Trace.LENGTH;
        }
    }

    /**
     * Runs the trials of a cautious step one after another instead of as one batch (the results agree up
     * to floating-point ties; batches are faster). Also the fallback when a graph cannot take a batch.
     */
    public DecodeSession sequentialTrials() {
        batchTrials = false;
        return this;
    }

    /**
     * Forces {@code ids} at generated positions {@code position, position+1, ...} (an intervention): they
     * are appended instead of sampled and consume no noise; later positions keep their noise keys. A
     * cautious step whose winning trial reaches the position is cut there.
     */
    public DecodeSession force(int position, int... ids) {
        if (position < steps.size()) {
            throw new IllegalArgumentException("position " + position + " is already generated");
        }
        if (ids.length == 0) {
            throw new IllegalArgumentException("nothing to force");
        }
        model.checkIds(ids);
        forced.put(position, ids.clone());
        return this;
    }

    public DecodeSession listen(DistributionListener l) {
        this.listener = l;
        return this;
    }

    private void restart(int[] generated) {
        if (state != null) {
            state.close();
        }
        state = model.newState();
        int[] all = Arrays.copyOf(promptIds, promptIds.length + generated.length);
        System.arraycopy(generated, 0, all, promptIds.length, generated.length);
        logits = state.append(all);
    }

    public boolean finished() {
        return !Trace.RUNNING.equals(stop);
    }

    /** Runs one step and returns the tokens it added (none once finished). */
    public List<Step> step() {
        if (finished()) {
            return List.of();
        }
        int t = steps.size();
        if (forced.containsKey(t)) {
            return forcedStep(t, forced.get(t));
        }
        StageStats st = stats(logits, t);
        List<Step> added;
        DecodeState next = null;
        if (cautious == null) {
            int id = st.choose(sampler, t, 0);
            added = List.of(new Step(t, id, 0, st.summarise(id, topN), null, false));
            notify(t, st);
        } else {
            double h = st.entropy();
            int n = cautious.trials(h);
            if (n == 1) {
                int id = st.choose(sampler, t, 0);
                added = List.of(new Step(t, id, 0, st.summarise(id, topN), new CautiousInfo(h, 1, List.of(), 0), false));
                notify(t, st);
            } else {
                TrialRun winner = cutAtForcedPosition(t, runTrials(t, st, h, n));
                added = winner.steps;
                next = winner.state;
                for (int k = 0; listener != null && k < added.size(); k++) {
                    notify(t + k, winner.stats.get(k));
                }
            }
        }
        stepStarts.add(t);
        steps.addAll(added);
        if (next != null) {
            state.close();
            state = next;
        }
        int last = added.get(added.size() - 1).id();
        if (stopAtEos && eos.contains(last)) {
            stop = Trace.EOS;
        } else if (steps.size() >= limit) {
            stop = Trace.LENGTH;
        } else {
            logits = state.append(last);
        }
        return added;
    }

    private record TrialRun(List<Step> steps, int[] ids, double[] probs, double ppl, DecodeState state,
            List<StageStats> stats) {
    }

    /** The stage distributions of generated position {@code position}; bad logits are reported with it. */
    private StageStats stats(float[] lg, int position) {
        try {
            return StageStats.of(lg, sampler);
        } catch (NonFiniteLogitsException e) {
            throw e.at(position);
        }
    }

    private void notify(int position, StageStats st) {
        if (listener != null) {
            listener.accept(position, st.warped());
        }
    }

    /** Forced tokens are appended one by one; each is recorded with the distribution it replaced. */
    private List<Step> forcedStep(int t, int[] ids) {
        List<Step> added = new java.util.ArrayList<>();
        stepStarts.add(t);
        for (int k = 0; k < ids.length; k++) {
            StageStats st = stats(logits, t + k);
            Step step = new Step(t + k, ids[k], Step.FORCED, st.summarise(ids[k], topN), null, false);
            added.add(step);
            steps.add(step);
            notify(t + k, st);
            if (stopAtEos && eos.contains(ids[k])) {
                stop = Trace.EOS;
                break;
            }
            if (steps.size() >= limit) {
                stop = Trace.LENGTH;
                break;
            }
            logits = state.append(ids[k]);
        }
        return added;
    }

    /** A winning trial that would run over a forced position keeps only its tokens before it. */
    private TrialRun cutAtForcedPosition(int t, TrialRun w) {
        Integer j = forced.ceilingKey(t + 1);
        if (j == null || j >= t + w.steps.size()) {
            return w;
        }
        int keep = j - t;
        w.state.close();
        DecodeState s = state.fork();
        for (int k = 0; k < keep - 1; k++) {
            s.append(w.ids[k]);
        }
        return new TrialRun(w.steps.subList(0, keep), Arrays.copyOf(w.ids, keep), Arrays.copyOf(w.probs, keep), w.ppl, s,
                w.stats.isEmpty() ? w.stats : w.stats.subList(0, keep));
    }

    /** N trials from the same state, each until punctuation, EOS or the length limit; the lowest PPL wins. */
    private TrialRun runTrials(int t, StageStats first, double h, int n) {
        List<TrialRun> runs = null;
        if (batchTrials) {
            try {
                runs = batchedTrials(t, first, n);
            } catch (ModelException e) {
                batchTrials = false; // this graph cannot take a batch: sequential from now on
            }
        }
        if (runs == null) {
            runs = sequentialTrials(t, first, n);
        }
        return pickWinner(runs, h, n);
    }

    private boolean endsTrial(int id, int pos) {
        return punctuation[id] || eos.contains(id) || pos + 1 >= limit;
    }

    private List<TrialRun> batchedTrials(int t, StageStats first, int n) {
        java.util.Optional<org.tokenscope.host.model.BatchDecodeState> expanded = state.expand(n);
        if (expanded.isEmpty()) {
            return sequentialTrials(t, first, n);
        }
        List<List<Step>> rows = new ArrayList<>();
        List<List<StageStats>> stats = new ArrayList<>();
        boolean[] done = new boolean[n];
        int[] feed = new int[n];
        try (org.tokenscope.host.model.BatchDecodeState batch = expanded.get()) {
            float[][] lg = null;
            for (int r = 0; r < n; r++) {
                rows.add(new ArrayList<>());
                stats.add(new ArrayList<>());
            }
            for (int pos = t; ; pos++) {
                int open = 0;
                for (int r = 0; r < n; r++) {
                    if (done[r]) {
                        continue;
                    }
                    StageStats st = pos == t ? first : stats(lg[r], pos);
                    int id = st.choose(sampler, pos, r);
                    rows.get(r).add(new Step(pos, id, r, st.summarise(id, topN), null, pos > t));
                    if (listener != null) {
                        stats.get(r).add(st); // kept only when someone listens: V doubles per stage per token
                    }
                    feed[r] = id;
                    done[r] = endsTrial(id, pos);
                    open += done[r] ? 0 : 1;
                }
                if (open == 0) {
                    break;
                }
                lg = batch.append(feed); // ended rows are fed their last token again; their logits are ignored
            }
        }
        List<TrialRun> runs = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            runs.add(trialRun(rows.get(r), null, stats.get(r)));
        }
        return runs;
    }

    private static TrialRun trialRun(List<Step> trialSteps, DecodeState state, List<StageStats> stats) {
        int[] ids = trialSteps.stream().mapToInt(Step::id).toArray();
        double[] probs = trialSteps.stream().mapToDouble(Step::prob).toArray();
        return new TrialRun(trialSteps, ids, probs, CautiousInfo.Trial.perplexity(probs), state, stats);
    }

    private List<TrialRun> sequentialTrials(int t, StageStats first, int n) {
        List<TrialRun> runs = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            DecodeState fork = state.fork();
            List<Step> trialSteps = new ArrayList<>();
            List<StageStats> trialStats = new ArrayList<>();
            float[] lg = logits;
            for (int pos = t; ; pos++) {
                StageStats st = pos == t ? first : stats(lg, pos);
                int id = st.choose(sampler, pos, r);
                trialSteps.add(new Step(pos, id, r, st.summarise(id, topN), null, pos > t));
                if (listener != null) {
                    trialStats.add(st);
                }
                if (endsTrial(id, pos)) {
                    break;
                }
                lg = fork.append(id);
            }
            runs.add(trialRun(trialSteps, fork, trialStats));
        }
        return runs;
    }

    /** Lowest perplexity wins (ties to the lowest index); the winner's state holds all its tokens but the last. */
    private TrialRun pickWinner(List<TrialRun> runs, double h, int n) {
        int best = 0;
        for (int r = 1; r < n; r++) {
            if (runs.get(r).ppl < runs.get(best).ppl) {
                best = r;
            }
        }
        List<CautiousInfo.Trial> details = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            TrialRun run = runs.get(r);
            details.add(new CautiousInfo.Trial(run.ids, run.probs, run.ppl));
            if (r != best && run.state != null) {
                run.state.close();
            }
        }
        TrialRun w = runs.get(best);
        DecodeState winnerState = w.state;
        if (winnerState == null) {
            winnerState = state.fork();
            if (w.ids.length > 1) {
                winnerState.append(Arrays.copyOf(w.ids, w.ids.length - 1));
            }
        }
        List<Step> out = new ArrayList<>(w.steps);
        Step head = out.get(0);
        out.set(0, new Step(head.index(), head.id(), head.trial(), head.stages(), new CautiousInfo(h, n, details, best), false));
        return new TrialRun(out, w.ids, w.probs, w.ppl, winnerState, w.stats);
    }

    /** Undoes the last step (a token, or a whole cautious trial); re-prefills the remaining prefix. */
    public void back() {
        if (stepStarts.isEmpty()) {
            return;
        }
        int from = stepStarts.remove(stepStarts.size() - 1);
        steps.subList(from, steps.size()).clear();
        restart(steps.stream().mapToInt(Step::id).toArray());
        stop = Trace.RUNNING;
    }

    public List<Step> steps() {
        return List.copyOf(steps);
    }

    public Trace trace() {
        return new Trace(sampler, cautious, maxTokens, stopAtEos, promptIds.clone(), List.copyOf(steps), stop);
    }

    @Override
    public void close() {
        state.close();
    }
}
