package org.tokenscope.host.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The support-walking statistics equal the dense ones bit for bit: every stage's distribution, entropy, the
 * chosen token's rank, the top alternatives and the Gumbel-Max draw, over a grid of sampler settings
 * (warpers off, on, and truncating to fewer ids than the alternatives shown).
 */
class SupportTest {

    private static float[] logits(long seed, int vocab) {
        Random rnd = new Random(seed);
        float[] l = new float[vocab];
        for (int i = 0; i < vocab; i++) {
            l[i] = (float) (rnd.nextGaussian() * 3);
        }
        l[7] = Float.NEGATIVE_INFINITY; // a masked token
        l[11] = l[12];                  // a tie
        return l;
    }

    @Test
    void everyStatisticEqualsTheDenseComputation() {
        int checked = 0;
        for (long seed = 0; seed < 3; seed++) {
            float[] l = logits(seed, 3000);
            for (double temperature : new double[] {1.0, 0.7}) {
                for (int k : new int[] {0, 1, 5, 50, 2999}) {
                    for (double topP : new double[] {1.0, 0.5, 0.95}) {
                        for (double minP : new double[] {0, 0.02, 0.5}) {
                            SamplerSettings s = new SamplerSettings(temperature, k, topP, minP, 17 + seed);
                            compare(l, s);
                            checked++;
                        }
                    }
                }
            }
        }
        assertEquals(3 * 2 * 5 * 3 * 3, checked);
    }

    private static void compare(float[] l, SamplerSettings s) {
        double[][] dense = new double[5][];
        double[] h = new double[5];
        dense[0] = new double[l.length]; // the softmax StageStats uses (one exp per id, scaled by 1/Z)
        h[0] = Distributions.softmaxEntropy(l, 1.0, dense[0]);
        dense[1] = dense[0];
        h[1] = h[0];
        if (s.temperature() != 1.0) {
            dense[1] = new double[l.length];
            h[1] = Distributions.softmaxEntropy(l, s.temperature(), dense[1]);
        }
        dense[2] = Distributions.topK(dense[1], s.topK());
        dense[3] = Distributions.topP(dense[2], s.topP());
        dense[4] = Distributions.minP(dense[3], s.minP());
        StageStats st = StageStats.of(l, s);
        String where = s.toString();
        for (int i = 2; i < 5; i++) {
            assertArrayEquals(dense[i], st.distributions()[i], 0.0, where + " stage " + i);
            h[i] = dense[i] == dense[i - 1] ? h[i - 1] : Distributions.entropy(dense[i]); // an inactive warper keeps H
            assertEquals(h[i], st.entropies()[i], 0.0, where + " entropy " + i);
            if (dense[i] == dense[i - 1]) {
                assertSame(st.distributions()[i - 1], st.distributions()[i], "an inactive warper reuses the array");
            }
        }
        for (int position = 0; position < 5; position++) {
            int drawn = st.choose(s, position, position % 2);
            assertEquals(Sampler.choose(dense[4], s, position, position % 2), drawn, where + " draw at " + position);
            List<StageSummary> summary = st.summarise(drawn, 10);
            for (Stage stage : Stage.values()) {
                double[] p = dense[stage.ordinal()];
                StageSummary x = summary.get(stage.ordinal());
                assertEquals(Distributions.rank(p, drawn), x.rank(), where + " rank at " + stage);
                assertArrayEquals(Distributions.top(p, 10), x.topIds(), where + " top at " + stage);
            }
            // A token the warpers removed is ranked over the whole vocabulary.
            int removed = Distributions.argmax(negate(dense[4]));
            assertEquals(Distributions.rank(dense[4], removed),
                    st.summarise(removed, 10).get(Stage.MIN_P.ordinal()).rank(), where + " rank of a removed token");
        }
    }

    private static float[] negate(double[] p) {
        float[] out = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = (float) -p[i];
        }
        return out;
    }
}
