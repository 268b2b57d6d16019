package org.tokenscope.host.sae;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * Statistics of every feature of an SAE over the tokens of an activation store: density, maximum and mean
 * activation, top-activating and quantile contexts, histogram, logit effects, decoder neighbours. The store is
 * encoded once; everything else is read from the sparse codes, so cost grows with tokens × L0, not tokens × d_sae.
 */
public final class FeatureStats {
    private final Sae sae;
    private final ActivationStore store;
    private final TokenCodes codes;
    private final ContextBuilder contexts;
    private final List<FeatureSummary> features;

    private FeatureStats(Sae sae, ActivationStore store, TokenCodes codes, ContextBuilder contexts, List<FeatureSummary> features) {
        this.sae = sae;
        this.store = store;
        this.codes = codes;
        this.contexts = contexts;
        this.features = features;
    }

    /**
     * Over the first {@code maxTokens} vectors of the store (≤ 0: all). {@code tokenizer} gives context text (may be
     * null); {@code unembedding} gives logit effects (null: none).
     */
    public static FeatureStats compute(Sae sae, ActivationStore store, int maxTokens, Tokenizer tokenizer,
            Unembedding unembedding, StatsSettings settings, Progress progress, Cancellation cancel) {
        if (store.dIn() != sae.dIn()) {
            throw new SaeException("the SAE's d_in is " + sae.dIn() + " but the activations have width " + store.dIn()
                    + " (tap " + store.info().tap() + "): they come from another tap or model");
        }
        int tokens = maxTokens > 0 ? Math.min(maxTokens, store.size()) : store.size();
        TokenCodes codes = TokenCodes.encode(sae, store, tokens, settings.threads(), progress, cancel);
        int n = sae.dSae();
        cancel.check();
        progress.update(0, 1, "logit effects and neighbours");
        List<List<List<LogitEffect>>> logits = unembedding == null ? null
                : LogitEffects.compute(sae, unembedding, tokenizer, settings.logits(), settings.threads());
        List<List<Neighbour>> neighbours = settings.neighbours() > 0
                ? DecoderNeighbours.compute(sae, settings.neighbours(), settings.threads()) : null;
        ContextBuilder contexts = new ContextBuilder(store, codes, tokenizer, settings.before(), settings.after());
        List<FeatureSummary> list = new ArrayList<>(n);
        for (int f = 0; f < n; f++) {
            if (f % 256 == 0) {
                cancel.check();
                progress.update(f, n, "feature contexts: " + f + " of " + n);
            }
            list.add(summarise(f, codes, contexts, settings, logits == null ? List.of() : logits.get(f).get(0),
                    logits == null ? List.of() : logits.get(f).get(1), neighbours == null ? List.of() : neighbours.get(f)));
        }
        progress.update(n, n, "feature statistics done");
        return new FeatureStats(sae, store, codes, contexts, List.copyOf(list));
    }

    private static FeatureSummary summarise(int f, TokenCodes codes, ContextBuilder contexts, StatsSettings s,
            List<LogitEffect> top, List<LogitEffect> bottom, List<Neighbour> neighbours) {
        float[] acts = codes.activations(f);
        int from = codes.featureStart[f];
        float max = 0;
        double sum = 0;
        for (float a : acts) {
            max = Math.max(max, a);
            sum += a;
        }
        double density = acts.length / (double) Math.max(1, codes.tokens);
        List<FeatureContext> topContexts = contexts.top(f, from, acts, s.topContexts());
        List<List<FeatureContext>> bands = contexts.quantiles(f, from, acts, s.quantileBands(), s.perBand());
        return new FeatureSummary(f, density, Math.log10(density + 1e-10), max, acts.length == 0 ? 0 : (float) (sum / acts.length),
                topContexts, bands, ActivationHistogram.of(acts, max, s.histogramBins()), top, bottom, neighbours);
    }

    public Sae sae() {
        return sae;
    }

    public ActivationStore store() {
        return store;
    }

    /** Tokens examined. */
    public int tokens() {
        return codes.tokens;
    }

    public List<FeatureSummary> features() {
        return features;
    }

    public FeatureSummary feature(int index) {
        return features.get(index);
    }

    /** Features by density, densest first (the browser's default sort); ties by index. */
    public List<FeatureSummary> byDensity() {
        return sorted(Comparator.comparingDouble(FeatureSummary::density).reversed());
    }

    public List<FeatureSummary> byMaxActivation() {
        return sorted(Comparator.comparingDouble(FeatureSummary::maxActivation).reversed());
    }

    private List<FeatureSummary> sorted(Comparator<FeatureSummary> order) {
        List<FeatureSummary> copy = new ArrayList<>(features);
        copy.sort(order.thenComparingInt(FeatureSummary::index));
        return copy;
    }

    /** Features that fired on none of the tokens. */
    public int deadCount() {
        return (int) features.stream().filter(FeatureSummary::isDead).count();
    }

    /** Features firing on more than {@code density} of the tokens (e.g. 0.1). */
    public int denseCount(double density) {
        return (int) features.stream().filter(f -> f.density() > density).count();
    }

    /** The context around store row {@code row} tinted by {@code feature}'s activations. */
    public FeatureContext context(int row, int feature) {
        return contexts.around(row, feature);
    }

    /** Features active on a token or phrase where it occurs among the examined tokens; see {@link FeatureSearch}. */
    public List<FeatureSearch.Hit> search(String phrase, Tokenizer tokenizer, int limit) {
        return FeatureSearch.search(codes, store, tokenizer, phrase, limit);
    }
}
