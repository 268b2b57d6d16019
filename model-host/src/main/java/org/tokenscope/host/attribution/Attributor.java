package org.tokenscope.host.attribution;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;

/**
 * Runs attributions and keeps the coalition values of recent games, so a second estimator, a rerun with
 * more samples, or a switch back to an earlier masking on the same prompt reuses what the model already
 * computed. One per open project; thread-safe.
 */
public final class Attributor {
    /** Games whose values are kept; the least recently used is dropped beyond this. */
    private static final int KEPT_GAMES = 32;

    /** Same model object, same inputs and owners, same value function and masking: same v(S). */
    private record GameKey(LanguageModel model, String inputs, ValueFunction value, Masking masking) {
    }

    private final Map<GameKey, CoalitionCache> caches = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<GameKey, CoalitionCache> eldest) {
            return size() > KEPT_GAMES;
        }
    };

    public AttributionResult run(LanguageModel model, String prompt, AttributionSettings settings, Progress progress,
            Cancellation cancel) {
        return run(model, prompt, settings, progress, cancel, r -> { });
    }

    /**
     * Attributes the value of {@code prompt}'s continuation to its players.
     *
     * @param onRefine receives intermediate results of permutation sampling after each round
     * @throws AttributionException for input the game cannot take (one-line message)
     * @throws java.util.concurrent.CancellationException when {@code cancel} fires
     */
    public AttributionResult run(LanguageModel model, String prompt, AttributionSettings settings, Progress progress,
            Cancellation cancel, Consumer<AttributionResult> onRefine) {
        long start = System.nanoTime();
        GameSpec spec = GameSpec.build(model, prompt, settings);
        AttributionSettings s = spec.settings();
        int m = spec.segmentation().playerCount();
        Method method = s.method() != null ? s.method() : Method.auto(m);
        long samples = s.samples() > 0 ? s.samples() : method == Method.KERNEL ? KernelShap.defaultSamples(m)
                : method == Method.PERMUTATION ? AttributionSettings.DEFAULT_PERMUTATIONS : 0;
        if (method == Method.PERMUTATION) {
            samples += samples % 2; // whole antithetic pairs
        }
        if (method == Method.EXACT) {
            ExactShapley.requireEnumerable(m); // before any model work
        }
        AttributionSettings effective = s.toBuilder().method(method).samples(method == Method.EXACT ? 0 : samples).build();
        try (ModelGame game = ModelGame.create(model, spec.segmentation(), spec.value(), spec.masking(), cacheFor(model, spec),
                s.evaluation(), s.batchSize())) {
            SamplingBudget budget = method == Method.EXACT ? null
                    : new SamplingBudget(samples, s.tolerance(), s.maxSeconds(), s.maxModelCalls());
            Estimate e = switch (method) {
                case EXACT -> ExactShapley.estimate(game, progress, cancel);
                case KERNEL -> KernelShap.estimate(game, budget, s.seed(), progress, cancel);
                case PERMUTATION -> PermutationShapley.estimate(game, budget, s.seed(), progress, cancel,
                        partial -> onRefine.accept(result(spec, partial, method, game, start, effective)));
            };
            return result(spec, e, method, game, start, effective);
        }
    }

    private static AttributionResult result(GameSpec spec, Estimate e, Method method, ModelGame game, long start,
            AttributionSettings effective) {
        return new AttributionResult(spec.segmentation().players(), e, method, spec.value().name(), spec.masking().name(),
                game.evaluations(), game.modelCalls(), (System.nanoTime() - start) / 1e9, effective);
    }

    private synchronized CoalitionCache cacheFor(LanguageModel model, GameSpec spec) {
        Segmentation seg = spec.segmentation();
        int[] owners = new int[seg.length()];
        for (int i = 0; i < owners.length; i++) {
            owners[i] = seg.ownerOf(i);
        }
        String inputs = Arrays.toString(seg.ids()) + Arrays.toString(owners);
        return caches.computeIfAbsent(new GameKey(model, inputs, spec.value(), spec.masking()), k -> new CoalitionCache());
    }

    /** Drops every kept value (e.g. when the model is closed). */
    public synchronized void clear() {
        caches.clear();
    }
}
