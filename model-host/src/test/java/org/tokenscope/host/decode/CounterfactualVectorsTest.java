package org.tokenscope.host.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The counterfactual spec's test vectors and its stability invariant. */
class CounterfactualVectorsTest {
    private static final double[] G = {-Math.log(-Math.log(0.1)), -Math.log(-Math.log(0.5)), -Math.log(-Math.log(0.9))};

    @Test
    void gumbelOfTheSpecsUniforms() {
        assertArrayEquals(new double[] {-0.834032, 0.366513, 2.250367}, G, 1e-6);
    }

    @Test
    void sameNoiseDifferentDistributions() {
        assertEquals(2, Sampler.argmaxWithNoise(new double[] {0.5, 0.3, 0.2}, G));
        assertEquals(2, Sampler.argmaxWithNoise(new double[] {0.6, 0.3, 0.1}, G));
        assertEquals(1, Sampler.argmaxWithNoise(new double[] {0.1, 0.8, 0.1}, G));
        assertEquals(-3.136618, Math.log(0.1) + G[0], 1e-6);
        assertEquals(0.143369, Math.log(0.8) + G[1], 1e-6);
        assertEquals(-0.052218, Math.log(0.1) + G[2], 1e-6);
    }

    @Test
    void topPRemovesTheGumbelWinner() {
        for (double topP : new double[] {0.5, 0.75}) {
            assertEquals(1, Sampler.argmaxWithNoise(Distributions.topP(new double[] {0.5, 0.3, 0.2}, topP), G));
        }
    }

    @Test
    void temperatureHalf() {
        double[] q = Distributions.softmax(new float[] {(float) Math.log(0.5), (float) Math.log(0.3), (float) Math.log(0.2)}, 0.5);
        assertArrayEquals(new double[] {0.6579, 0.2368, 0.1053}, q, 1e-4);
        assertEquals(2, Sampler.argmaxWithNoise(q, G));
    }

    /** Full-vocabulary Gumbel-Max: if p′_i/p_i ≥ p′_k/p_k for all k, the counterfactual keeps token i. */
    @Test
    void stabilityWithoutTruncation() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 2000; trial++) {
            int v = 2 + rnd.nextInt(30);
            double[] p = randomDistribution(rnd, v), g = new double[v];
            for (int k = 0; k < v; k++) {
                g[k] = GumbelNoise.gumbel(trial, 0, 0, k);
            }
            int i = Sampler.argmaxWithNoise(p, g);
            // Raise token i's odds against every other token: p'_i/p_i is then the largest ratio.
            double[] pPrime = p.clone();
            pPrime[i] *= 1 + 5 * rnd.nextDouble();
            double sum = 0;
            for (double x : pPrime) {
                sum += x;
            }
            for (int k = 0; k < v; k++) {
                pPrime[k] /= sum;
            }
            assertEquals(i, Sampler.argmaxWithNoise(pPrime, g));
        }
    }

    @Test
    void stabilityCanFailWithTruncation() {
        double[] g = {GumbelNoise.gumbel(0, 0, 0, 0), 10, 0};  // noise that makes token 1 the factual choice
        double[] q = Distributions.topP(new double[] {0.4, 0.35, 0.25}, 0.5);
        assertEquals(1, Sampler.argmaxWithNoise(q, g));
        double[] qPrime = Distributions.topP(new double[] {0.53, 0.47, 0.0}, 0.5);
        assertArrayEquals(new double[] {1, 0, 0}, qPrime, 0);
        assertNotEquals(1, Sampler.argmaxWithNoise(qPrime, g), "the ratio condition holds, yet top-p drops token 1");
    }

    @Test
    void temperatureZeroIgnoresTheNoise() {
        double[] q = Distributions.softmax(new float[] {1f, 2.5f, 2f}, 0);
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(1, Sampler.choose(q, new SamplerSettings(0, 0, 1, 0, seed), 3, 0));
        }
    }

    @Test
    void levenshtein() {
        assertEquals(0, Levenshtein.distance(new int[] {1, 2, 3}, new int[] {1, 2, 3}));
        assertEquals(1, Levenshtein.distance(new int[] {1, 2, 3}, new int[] {1, 9, 3}));
        assertEquals(2, Levenshtein.distance(new int[] {1, 2, 3}, new int[] {2, 3, 4}));
        assertEquals(3, Levenshtein.distance(new int[] {}, new int[] {7, 8, 9}));
    }

    private static double[] randomDistribution(Random rnd, int v) {
        double[] p = new double[v];
        double sum = 0;
        for (int k = 0; k < v; k++) {
            p[k] = rnd.nextDouble() + 1e-3;
            sum += p[k];
        }
        for (int k = 0; k < v; k++) {
            p[k] /= sum;
        }
        return p;
    }
}
