package org.tokenscope.host.decode;

import java.util.Locale;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/**
 * Evaluation (not a unit test): over 60 (seed, position) pairs at τ = 1 on the demo model, the mean edit
 * distance to the factual continuation of the counterfactual (same noise) and of the interventional
 * baseline (fresh noise). The Gumbel-Max causal model predicts counterfactuals stay closer. Run with
 * {@code mvn -q -Pbench -pl model-host -am test -DskipTests}.
 */
public final class CounterfactualEvaluation {
    public static void main(String[] args) {
        String[] prompts = {"It is a truth universally acknowledged, that", "Emma Woodhouse, handsome, clever, and rich,",
                "\"My dear Mr. Bennet,\" said his lady to him one day,", "Anne had"};
        int n = 0, closer = 0, ties = 0;
        double sumCf = 0, sumInt = 0;
        try (LanguageModel m = DemoModel.load(2)) {
            for (int seed = 0; seed < 15; seed++) {
                int[] prompt = m.encodePrompt(prompts[seed % prompts.length]);
                Trace f = Decoder.plain(m, prompt, new SamplerSettings(1.0, 0, 1.0, 0, seed), 48, false, 5);
                for (int j : new int[] {2, 8, 16, 24}) {
                    Step st = f.steps().get(j);
                    int[] top = st.stages().get(0).topIds();
                    int alt = top[0] != st.id() ? top[0] : top[1]; // the most probable other token
                    CounterfactualResult r = CounterfactualReplayer.replay(m, f, Intervention.generated(j, alt), seed + 1000,
                            Progress.NONE, Cancellation.none());
                    // Distances over the continuation after the intervention (the shared prefix adds 1 to both).
                    sumCf += r.editDistanceCf();
                    sumInt += r.editDistanceInt();
                    closer += r.editDistanceCf() < r.editDistanceInt() ? 1 : 0;
                    ties += r.editDistanceCf() == r.editDistanceInt() ? 1 : 0;
                    n++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "counterfactual evaluation: %d (seed, position) pairs, τ = 1, 48 tokens, replacement = most probable "
                + "other token: mean edit distance to the factual run: counterfactual %.2f, interventional %.2f tokens; "
                + "counterfactual closer in %d, tied in %d, farther in %d pairs%n",
                n, sumCf / n, sumInt / n, closer, ties, n - closer - ties);
    }
}
