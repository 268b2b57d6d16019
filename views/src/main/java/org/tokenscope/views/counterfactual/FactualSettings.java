package org.tokenscope.views.counterfactual;

import java.util.Objects;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.SamplerSettings;

/**
 * How the factual run is made, and the seed of the resampled baseline. Replays keep the factual sampler
 * settings (the spec: changing τ/top-k/top-p is a different intervention), so these are fixed per tree.
 *
 * @param prompt             the prompt text the factual run continues
 * @param cautious           CNTP settings, or null for plain sampling
 * @param interventionalSeed noise key of the interventional baseline (fresh noise); the CLI's default is seed + 1
 * @param topN               ranked alternatives kept per step (what the replacement menu offers)
 */
public record FactualSettings(String prompt, SamplerSettings sampler, CautiousSettings cautious, int maxTokens,
        boolean stopAtEos, long interventionalSeed, int topN) {

    public static final FactualSettings DEFAULT = new FactualSettings("", SamplerSettings.DEFAULT, null, 60, true, 1, 10);

    public FactualSettings {
        prompt = prompt == null ? "" : prompt;
        Objects.requireNonNull(sampler, "sampler");
        if (maxTokens < 1) {
            throw new IllegalArgumentException("max tokens must be ≥ 1, got " + maxTokens);
        }
        if (topN < 1) {
            throw new IllegalArgumentException("the number of alternatives must be ≥ 1, got " + topN);
        }
    }

    public FactualSettings withPrompt(String text) {
        return new FactualSettings(text, sampler, cautious, maxTokens, stopAtEos, interventionalSeed, topN);
    }

    /** New sampler settings; the baseline seed follows as seed + 1 when it was at its default. */
    public FactualSettings withSampler(SamplerSettings s) {
        long next = interventionalSeed == sampler.seed() + 1 ? s.seed() + 1 : interventionalSeed;
        return new FactualSettings(prompt, s, cautious, maxTokens, stopAtEos, next, topN);
    }

    public FactualSettings withCautious(CautiousSettings c) {
        return new FactualSettings(prompt, sampler, c, maxTokens, stopAtEos, interventionalSeed, topN);
    }

    public FactualSettings withMaxTokens(int n) {
        return new FactualSettings(prompt, sampler, cautious, n, stopAtEos, interventionalSeed, topN);
    }

    public FactualSettings withInterventionalSeed(long seed) {
        return new FactualSettings(prompt, sampler, cautious, maxTokens, stopAtEos, seed, topN);
    }
}
