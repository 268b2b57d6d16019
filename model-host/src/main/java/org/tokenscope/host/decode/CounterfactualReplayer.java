package org.tokenscope.host.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelException;

/**
 * Counterfactual replay under the Gumbel-Max causal model of sampling (Chatzi et al., 2024): the
 * intervention's prefix is forced and later positions reuse the factual noise keys, with every warper
 * recomputed on the counterfactual distributions; the interventional baseline resamples with fresh noise.
 * Every run takes the decoder's own path (prefill, cached steps, the same trial batches), so replaying
 * the factual token reproduces the factual run bit for bit.
 */
public final class CounterfactualReplayer {
    private CounterfactualReplayer() {
    }

    public static CounterfactualResult replay(LanguageModel model, Trace factual, Intervention iv, long interventionalSeed,
            Progress progress, Cancellation cancel) {
        return replay(model, factual, List.of(), iv, interventionalSeed, progress, cancel);
    }

    /**
     * Replays {@code iv} on top of earlier interventions {@code path} (a branch of a branch): the run with
     * {@code path} alone plays the factual role. {@code root} is the original factual trace.
     */
    public static CounterfactualResult replay(LanguageModel model, Trace root, List<Intervention> path, Intervention iv,
            long interventionalSeed, Progress progress, Cancellation cancel) {
        progress.update(0, 3, "replaying the factual run");
        Map<Integer, double[]> q = new HashMap<>(), qCf = new HashMap<>();
        int klFrom = iv.inPrompt() ? 0 : iv.position() + 1;
        Trace factual = run(model, root, root.sampler(), path, klFrom, q, cancel);
        if (path.isEmpty() && !Arrays.equals(factual.generatedIds(), root.generatedIds())) {
            throw new ModelException("the factual run does not reproduce on the loaded model: it was made with a different "
                    + "model or settings; load that model to replay it");
        }
        validate(factual, iv);
        List<Intervention> withIv = new ArrayList<>(path);
        withIv.add(iv);
        progress.update(1, 3, "counterfactual");
        Trace cf = run(model, root, root.sampler(), withIv, klFrom, qCf, cancel);
        progress.update(2, 3, "interventional baseline");
        SamplerSettings fresh = new SamplerSettings(root.sampler().temperature(), root.sampler().topK(),
                root.sampler().topP(), root.sampler().minP(), interventionalSeed);
        // The interventional baseline forces the same prefix (the factual tokens before the position, then
        // the replacement) and resamples everything after it with fresh noise.
        List<Intervention> interIvs = new ArrayList<>();
        for (Intervention p : path) {
            if (p.inPrompt()) {
                interIvs.add(p);
            }
        }
        if (iv.inPrompt()) {
            interIvs.add(iv);
        } else {
            int[] prefix = Arrays.copyOf(factual.generatedIds(), iv.position() + iv.forcedIds().length);
            System.arraycopy(iv.forcedIds(), 0, prefix, iv.position(), iv.forcedIds().length);
            interIvs.add(Intervention.generated(0, prefix));
        }
        Trace inter = run(model, root, fresh, interIvs, klFrom, null, cancel);
        progress.update(3, 3, "done");

        int[] f = factual.generatedIds(), c = cf.generatedIds();
        Integer first = null;
        for (int i = 0; i < Math.max(f.length, c.length); i++) {
            if (i >= f.length || i >= c.length || f[i] != c[i]) {
                first = i;
                break;
            }
        }
        int both = Math.min(f.length, c.length);
        double[] kl = new double[Math.max(0, both - klFrom)];
        for (int i = 0; i < kl.length; i++) {
            kl[i] = kl(q.get(klFrom + i), qCf.get(klFrom + i));
        }
        return new CounterfactualResult(iv, factual, cf, inter, first, Levenshtein.distance(f, c),
                Levenshtein.distance(f, inter.generatedIds()), klFrom, kl);
    }

    private static void validate(Trace factual, Intervention iv) {
        if (iv.forcedIds().length == 0) {
            throw new ModelException("the replacement is empty (it tokenises to nothing): give a token id or some text");
        }
        int bound = iv.inPrompt() ? factual.promptIds().length : factual.steps().size();
        if (iv.position() < 0 || iv.position() >= bound) {
            throw new ModelException((iv.inPrompt() ? "prompt position " : "position ") + iv.position()
                    + " is beyond the " + (iv.inPrompt() ? "prompt" : "trace") + " (" + bound + " tokens)");
        }
    }

    static int[] replacePromptToken(int[] prompt, Intervention iv) {
        int[] out = new int[prompt.length - 1 + iv.forcedIds().length];
        System.arraycopy(prompt, 0, out, 0, iv.position());
        System.arraycopy(iv.forcedIds(), 0, out, iv.position(), iv.forcedIds().length);
        System.arraycopy(prompt, iv.position() + 1, out, iv.position() + iv.forcedIds().length,
                prompt.length - iv.position() - 1);
        return out;
    }

    /** A run of the root's settings with interventions applied: prompt ones edit the prompt, the others are forced. */
    static Trace run(LanguageModel model, Trace root, SamplerSettings sampler, List<Intervention> ivs, int keepFrom,
            Map<Integer, double[]> distributions, Cancellation cancel) {
        int[] prompt = root.promptIds();
        for (Intervention iv : ivs) {
            if (iv.inPrompt()) {
                prompt = replacePromptToken(prompt, iv);
            }
        }
        try (DecodeSession s = new DecodeSession(model, prompt, sampler, root.cautious(), root.maxTokens(),
                root.stopAtEos(), topN(root))) {
            for (Intervention iv : ivs) {
                if (!iv.inPrompt()) {
                    s.force(iv.position(), iv.forcedIds());
                }
            }
            if (distributions != null) {
                s.listen((pos, warped) -> {
                    if (pos >= keepFrom) {
                        distributions.put(pos, warped);
                    }
                });
            }
            while (!s.finished()) {
                cancel.check();
                s.step();
            }
            return s.trace();
        }
    }

    private static int topN(Trace t) {
        return t.steps().isEmpty() ? 10 : t.steps().get(0).topIds().length;
    }

    /** KL(q‖q′) in nats over the full vocabulary. */
    static double kl(double[] q, double[] qPrime) {
        double s = 0;
        for (int v = 0; v < q.length; v++) {
            if (q[v] > 0) {
                if (qPrime[v] == 0) {
                    return Double.POSITIVE_INFINITY;
                }
                s += q[v] * Math.log(q[v] / qPrime[v]);
            }
        }
        return Math.max(0, s);
    }
}
