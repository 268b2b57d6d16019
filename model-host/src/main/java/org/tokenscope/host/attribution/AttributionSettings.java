package org.tokenscope.host.attribution;

import java.util.List;

/**
 * Everything that defines one attribution besides the model and the prompt. Null fields mean "choose
 * automatically"; {@link AttributionResult#settings()} holds the values actually used.
 *
 * @param granularity   what a player is
 * @param spans         the players when granularity is {@link Granularity#SPANS}
 * @param pins          parts never perturbed
 * @param value         value function; null: logprob with a target, choice with options
 * @param target        the continuation to explain, or null
 * @param options       answers to choose among (empty when a target is given)
 * @param choice        the option whose share is explained; null: the first
 * @param masking       how absent players are taken out
 * @param baselineToken the baseline masking's token; null: the model's pad, unk or EOS
 * @param filler        the filler masking's text
 * @param method        estimator; null: exact up to 12 players, else permutation
 * @param samples       sampling budget (permutations, a pair counting 2; KernelSHAP coalitions); 0: default
 * @param seed          seeds permutations and KernelSHAP's draws
 * @param maxSeconds    sampling stops after this long; 0: no limit
 * @param tolerance     sampling stops when every standard error is below it; 0: off
 * @param maxModelCalls sampling stops after this many forward passes; 0: no limit
 * @param evaluation    how coalition inputs reach the model
 * @param batchSize     inputs per forward pass when batched
 */
public record AttributionSettings(Granularity granularity, List<Span> spans, List<Span> pins, ValueKind value, String target,
        List<String> options, String choice, MaskingKind masking, Integer baselineToken, String filler, Method method,
        long samples, long seed, double maxSeconds, double tolerance, long maxModelCalls, Evaluation evaluation,
        int batchSize) {

    public static final String DEFAULT_FILLER = "...";
    /**
     * Coalition inputs per forward pass. Small on purpose: the demo model on a CPU is compute-bound (a pass
     * costs about the same per sequence at any batch size), and the host's {@code logitsBatch} currently
     * copies the whole [batch, length, vocab] output once per sequence, so large batches get slower.
     */
    public static final int DEFAULT_BATCH = 4;
    /** 100 antithetic pairs. */
    public static final long DEFAULT_PERMUTATIONS = 200;

    public AttributionSettings {
        spans = List.copyOf(spans);
        pins = List.copyOf(pins);
        options = List.copyOf(options);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.granularity = granularity; b.spans = spans; b.pins = pins; b.value = value; b.target = target;
        b.options = options; b.choice = choice; b.masking = masking; b.baselineToken = baselineToken; b.filler = filler;
        b.method = method; b.samples = samples; b.seed = seed; b.maxSeconds = maxSeconds; b.tolerance = tolerance;
        b.maxModelCalls = maxModelCalls; b.evaluation = evaluation; b.batchSize = batchSize;
        return b;
    }

    /** Defaults as the command line has them: words, remove masking, automatic method and value. */
    public static final class Builder {
        private Granularity granularity = Granularity.WORDS;
        private List<Span> spans = List.of();
        private List<Span> pins = List.of();
        private ValueKind value;
        private String target;
        private List<String> options = List.of();
        private String choice;
        private MaskingKind masking = MaskingKind.REMOVE;
        private Integer baselineToken;
        private String filler = DEFAULT_FILLER;
        private Method method;
        private long samples;
        private long seed;
        private double maxSeconds;
        private double tolerance;
        private long maxModelCalls;
        private Evaluation evaluation = Evaluation.BATCHED;
        private int batchSize = DEFAULT_BATCH;

        public Builder granularity(Granularity g) { granularity = g; return this; }
        public Builder spans(List<Span> s) { spans = s; return this; }
        public Builder pins(List<Span> p) { pins = p; return this; }
        public Builder value(ValueKind v) { value = v; return this; }
        public Builder target(String t) { target = t; return this; }
        public Builder options(List<String> o) { options = o; return this; }
        public Builder choice(String c) { choice = c; return this; }
        public Builder masking(MaskingKind m) { masking = m; return this; }
        public Builder baselineToken(Integer id) { baselineToken = id; return this; }
        public Builder filler(String f) { filler = f; return this; }
        public Builder method(Method m) { method = m; return this; }
        public Builder samples(long n) { samples = n; return this; }
        public Builder seed(long s) { seed = s; return this; }
        public Builder maxSeconds(double s) { maxSeconds = s; return this; }
        public Builder tolerance(double t) { tolerance = t; return this; }
        public Builder maxModelCalls(long n) { maxModelCalls = n; return this; }
        public Builder evaluation(Evaluation e) { evaluation = e; return this; }
        public Builder batchSize(int n) { batchSize = n; return this; }

        public AttributionSettings build() {
            return new AttributionSettings(granularity, spans, pins, value, target, options, choice, masking, baselineToken,
                    filler, method, samples, seed, maxSeconds, tolerance, maxModelCalls, evaluation, batchSize);
        }
    }
}
