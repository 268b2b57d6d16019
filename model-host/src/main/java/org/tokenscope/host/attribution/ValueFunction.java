package org.tokenscope.host.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The value v(S) read from teacher-forced logits (never sampled text, so it is deterministic). A value
 * function names token sequences ("continuations") scored after the masked prompt; the game runs the
 * model and hands back, for each continuation, the logits rows that predict its tokens.
 */
public sealed interface ValueFunction
        permits ValueFunction.TargetLogProb, ValueFunction.TargetProbability, ValueFunction.ChoiceProbability,
        ValueFunction.LogitDifference {

    /** {@code logprob}, {@code prob}, {@code choice} or {@code logit-diff}. */
    String name();

    /** Token sequences scored after the prompt, each non-empty. */
    List<int[]> continuations();

    /** v from {@code rows.get(k)[t]}: the logits predicting token t of continuation k. */
    double value(List<float[][]> rows);

    /** Σ_t log p(y_t | x_S, y_&lt;t): the default value. */
    record TargetLogProb(int[] target) implements ValueFunction {
        public TargetLogProb {
            target = nonEmpty(target);
        }

        @Override
        public int[] target() {
            return target.clone();
        }

        @Override
        public String name() {
            return "logprob";
        }

        @Override
        public List<int[]> continuations() {
            return List.of(target.clone());
        }

        @Override
        public double value(List<float[][]> rows) {
            return LogProbs.ofSequence(rows.get(0), target);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TargetLogProb t && Arrays.equals(t.target, target);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(target);
        }
    }

    /** p(y | x_S): the product of the target tokens' probabilities. */
    record TargetProbability(int[] target) implements ValueFunction {
        public TargetProbability {
            target = nonEmpty(target);
        }

        @Override
        public int[] target() {
            return target.clone();
        }

        @Override
        public String name() {
            return "prob";
        }

        @Override
        public List<int[]> continuations() {
            return List.of(target.clone());
        }

        @Override
        public double value(List<float[][]> rows) {
            return Math.exp(LogProbs.ofSequence(rows.get(0), target));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TargetProbability t && Arrays.equals(t.target, target);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(target) + 1;
        }
    }

    /**
     * p(choice) / Σ_k p(option k), each option's probability the product over its tokens: how strongly
     * the model prefers one answer among the offered ones, whatever else it might say.
     */
    record ChoiceProbability(List<int[]> options, int choice) implements ValueFunction {
        public ChoiceProbability {
            if (options.size() < 2) {
                throw new IllegalArgumentException("a choice needs at least two options");
            }
            if (choice < 0 || choice >= options.size()) {
                throw new IllegalArgumentException("choice " + choice + " is not one of " + options.size() + " options");
            }
            List<int[]> copy = new ArrayList<>();
            options.forEach(o -> copy.add(nonEmpty(o)));
            options = List.copyOf(copy);
        }

        @Override
        public List<int[]> options() {
            return continuations();
        }

        @Override
        public String name() {
            return "choice";
        }

        @Override
        public List<int[]> continuations() {
            return options.stream().map(int[]::clone).toList();
        }

        @Override
        public double value(List<float[][]> rows) {
            double[] lp = new double[options.size()];
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < lp.length; k++) {
                lp[k] = LogProbs.ofSequence(rows.get(k), options.get(k));
                max = Math.max(max, lp[k]);
            }
            double sum = 0;
            for (double l : lp) {
                sum += Math.exp(l - max);
            }
            return Math.exp(lp[choice] - max) / sum;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ChoiceProbability c && c.choice == choice && c.options.size() == options.size()
                    && java.util.stream.IntStream.range(0, options.size()).allMatch(k -> Arrays.equals(c.options.get(k), options.get(k)));
        }

        @Override
        public int hashCode() {
            int h = choice;
            for (int[] o : options) {
                h = 31 * h + Arrays.hashCode(o);
            }
            return h;
        }
    }

    /** logit(token) − logit(other) at the position after the prompt: no softmax, so no other token matters. */
    record LogitDifference(int token, int other) implements ValueFunction {
        public LogitDifference {
            if (token == other) {
                throw new IllegalArgumentException("a logit difference needs two different tokens");
            }
        }

        @Override
        public String name() {
            return "logit-diff";
        }

        @Override
        public List<int[]> continuations() {
            return List.of(new int[] {token}, new int[] {other});
        }

        @Override
        public double value(List<float[][]> rows) {
            return (double) rows.get(0)[0][token] - rows.get(1)[0][other];
        }
    }

    private static int[] nonEmpty(int[] ids) {
        if (ids.length == 0) {
            throw new IllegalArgumentException("a target or option needs at least one token");
        }
        return ids.clone();
    }
}
