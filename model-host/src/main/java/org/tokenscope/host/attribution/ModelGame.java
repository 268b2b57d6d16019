package org.tokenscope.host.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.tokenscope.host.attribution.AttributionException.Kind;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.LanguageModel;

/**
 * The game a language model plays on a prompt: v(S) is the value function read from the logits of the
 * prompt with the players outside S masked. Values come from the cache when present; the rest are run
 * through the model in batches, each distinct coalition once.
 */
public final class ModelGame implements CoalitionGame, AutoCloseable {
    private final Segmentation seg;
    private final ValueFunction value;
    private final Masking masking;
    private final CoalitionCache cache;
    private final LogitsRunner runner;
    private final int batchSize;
    /** Distinct continuations minus their last token: one model input per stem per coalition. */
    private final List<int[]> stems = new ArrayList<>();
    private final int[] stemOf;
    private final int lastRows;
    private long evaluations;

    private ModelGame(Segmentation seg, ValueFunction value, Masking masking, CoalitionCache cache, LogitsRunner runner,
            int batchSize) {
        this.seg = seg;
        this.value = value;
        this.masking = masking;
        this.cache = cache;
        this.runner = runner;
        this.batchSize = batchSize;
        List<int[]> continuations = value.continuations();
        this.stemOf = new int[continuations.size()];
        int rows = 1;
        for (int k = 0; k < continuations.size(); k++) {
            int[] c = continuations.get(k);
            int[] stem = Arrays.copyOf(c, c.length - 1);
            int j = indexOf(stems, stem);
            if (j < 0) {
                j = stems.size();
                stems.add(stem);
            }
            stemOf[k] = j;
            rows = Math.max(rows, c.length);
        }
        this.lastRows = rows;
    }

    /**
     * A game on {@code model}; refuses inputs the model cannot take (context, vocabulary) with a one-line
     * message, before any coalition is run.
     */
    public static ModelGame create(LanguageModel model, Segmentation seg, ValueFunction value, Masking masking,
            CoalitionCache cache, Evaluation mode, int batchSize) {
        int longestStem = value.continuations().stream().mapToInt(c -> c.length - 1).max().orElse(0);
        int longest = masking.maxLength(seg) + longestStem;
        if (model.contextLength() > 0 && longest > model.contextLength()) {
            throw new AttributionException(Kind.PROMPT_TOO_LONG, "the prompt and target need " + longest + " tokens"
                    + (masking instanceof Masking.Filler ? " (with the filler in place of every player)" : "")
                    + " but the model's context is " + model.contextLength() + ": shorten the prompt or the target");
        }
        if (masking.apply(seg, Coalition.empty(seg.playerCount())).length == 0) {
            throw new AttributionException(Kind.BAD_PLAYERS, "with every player removed nothing is left to predict from "
                    + "(the model has no BOS): pin a part of the prompt or use the baseline or filler masking");
        }
        model.checkIds(seg.ids());
        value.continuations().forEach(model::checkIds);
        if (masking instanceof Masking.Baseline b) {
            model.checkIds(new int[] {b.tokenId()});
        } else if (masking instanceof Masking.Filler f) {
            model.checkIds(f.ids());
        }
        int[] prefix = Arrays.copyOf(seg.ids(), seg.sharedPrefixLength());
        return new ModelGame(seg, value, masking, cache, LogitsRunner.create(model, mode, batchSize, prefix), batchSize);
    }

    private static int indexOf(List<int[]> list, int[] x) {
        for (int i = 0; i < list.size(); i++) {
            if (Arrays.equals(list.get(i), x)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int players() {
        return seg.playerCount();
    }

    @Override
    public int preferredBatch() {
        return Math.max(1, batchSize / stems.size());
    }

    @Override
    public double[] values(List<Coalition> coalitions, Cancellation cancel) {
        double[] out = new double[coalitions.size()];
        Map<Coalition, List<Integer>> missing = new LinkedHashMap<>();
        for (int i = 0; i < out.length; i++) {
            OptionalDouble v = cache.get(coalitions.get(i));
            if (v.isPresent()) {
                out[i] = v.getAsDouble();
            } else {
                missing.computeIfAbsent(coalitions.get(i), c -> new ArrayList<>()).add(i);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        List<Coalition> todo = new ArrayList<>(missing.keySet());
        List<int[]> inputs = new ArrayList<>(todo.size() * stems.size());
        for (Coalition c : todo) {
            int[] prompt = masking.apply(seg, c);
            for (int[] stem : stems) {
                int[] input = Arrays.copyOf(prompt, prompt.length + stem.length);
                System.arraycopy(stem, 0, input, prompt.length, stem.length);
                inputs.add(input);
            }
        }
        List<float[][]> rows = runner.run(inputs, lastRows, cancel);
        List<int[]> continuations = value.continuations();
        for (int n = 0; n < todo.size(); n++) {
            List<float[][]> perContinuation = new ArrayList<>(continuations.size());
            for (int k = 0; k < continuations.size(); k++) {
                float[][] r = rows.get(n * stems.size() + stemOf[k]);
                // The last |continuation| rows predict the continuation's tokens.
                perContinuation.add(Arrays.copyOfRange(r, r.length - continuations.get(k).length, r.length));
            }
            double v = value.value(perContinuation);
            cache.put(todo.get(n), v);
            for (int i : missing.get(todo.get(n))) {
                out[i] = v;
            }
        }
        evaluations += todo.size();
        return out;
    }

    /** Distinct coalitions this game ran through the model (cache hits excluded). */
    public long evaluations() {
        return evaluations;
    }

    @Override
    public long modelCalls() {
        return runner.modelCalls();
    }

    public Segmentation segmentation() {
        return seg;
    }

    public ValueFunction valueFunction() {
        return value;
    }

    public Masking masking() {
        return masking;
    }

    @Override
    public void close() {
        runner.close();
    }
}
