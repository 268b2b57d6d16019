package org.tokenscope.host.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Test vectors of the stepper spec for the pieces plain sampling uses. */
class DistributionsTest {

    @Test
    void entropyVectors() {
        assertEquals(1.386294, Distributions.entropy(new double[] {0.25, 0.25, 0.25, 0.25}), 1e-6);
        assertEquals(1.039721, Distributions.entropy(new double[] {0.5, 0.25, 0.25}), 1e-6);
        assertEquals(0.0, Distributions.entropy(new double[] {0, 1, 0}));
    }

    @Test
    void topPKeepsTokensWhoseCumulativeMassBeforeThemIsWithinTheThreshold() {
        double[] p = {0.5, 0.3, 0.2};
        assertArrayEquals(new double[] {0.625, 0.375, 0}, Distributions.topP(p, 0.5), 1e-12);
        assertArrayEquals(new double[] {0.625, 0.375, 0}, Distributions.topP(p, 0.75), 1e-12);
        assertArrayEquals(p, Distributions.topP(p, 1.0), 0);
    }

    @Test
    void topKBreaksTiesByLowerId() {
        assertArrayEquals(new double[] {0.5, 0.5, 0, 0}, Distributions.topK(new double[] {0.3, 0.3, 0.3, 0.1}, 2), 1e-12);
    }

    @Test
    void minPKeepsTokensAtLeastAFractionOfTheMax() {
        assertArrayEquals(new double[] {0.5 / 0.8, 0.3 / 0.8, 0}, Distributions.minP(new double[] {0.5, 0.3, 0.2}, 0.5), 1e-12);
    }

    @Test
    void temperatureZeroIsOneHotOnTheLowestArgmax() {
        assertArrayEquals(new double[] {0, 1, 0}, Distributions.softmax(new float[] {1, 3, 3}, 0), 0);
        double[] p = Distributions.softmax(new float[] {0, (float) Math.log(3), Float.NEGATIVE_INFINITY}, 1);
        assertArrayEquals(new double[] {0.25, 0.75, 0}, p, 1e-7);
    }

    @Test
    void rankAndTop() {
        double[] p = {0.1, 0.4, 0.4, 0.1};
        assertEquals(1, Distributions.rank(p, 1));
        assertEquals(2, Distributions.rank(p, 2));
        assertEquals(4, Distributions.rank(p, 3));
        assertArrayEquals(new int[] {1, 2, 0}, Distributions.top(p, 3));
    }

    /** The heap-based nucleus equals the definition computed by a full sort, ties included. */
    @Test
    void topPEqualsTheSortedDefinitionOnRandomDistributions() {
        java.util.Random rnd = new java.util.Random(1);
        for (int trial = 0; trial < 200; trial++) {
            double[] p = new double[50];
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                p[i] = rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(8) + 1; // many exact ties
                sum += p[i];
            }
            for (int i = 0; i < p.length; i++) {
                p[i] /= sum;
            }
            double threshold = rnd.nextDouble();
            Integer[] order = new Integer[p.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> p[a] != p[b] ? Double.compare(p[b], p[a]) : Integer.compare(a, b));
            double[] expected = new double[p.length];
            double before = 0, kept = 0;
            for (int id : order) {
                if (p[id] == 0 || before > threshold) {
                    break;
                }
                expected[id] = p[id];
                before += p[id];
                kept += p[id];
            }
            for (int i = 0; i < p.length; i++) {
                expected[i] /= kept;
            }
            assertArrayEquals(expected, Distributions.topP(p, threshold), 1e-15);
        }
    }

    /** The log Z − Σ p·z entropy equals −Σ p log p, and the probabilities equal softmax. */
    @Test
    void softmaxEntropyMatchesTheDirectDefinition() {
        java.util.Random rnd = new java.util.Random(3);
        for (double t : new double[] {1.0, 0.7, 2.0}) {
            float[] logits = new float[500];
            for (int i = 0; i < logits.length; i++) {
                logits[i] = i % 50 == 0 ? Float.NEGATIVE_INFINITY : (float) (rnd.nextGaussian() * 4);
            }
            double[] p = new double[logits.length];
            double h = Distributions.softmaxEntropy(logits, t, p);
            assertArrayEquals(Distributions.softmax(logits, t), p, 1e-15);
            assertEquals(Distributions.entropy(p), h, 1e-12);
        }
        double[] p = new double[4];
        assertEquals(1.386294, Distributions.softmaxEntropy(new float[] {2, 2, 2, 2}, 1.0, p), 1e-6);
        assertEquals(0.0, Distributions.softmaxEntropy(new float[] {1, 5, 2, 2}, 0, p));
    }

    /**
     * At τ = 1 the softmax is exp(l − max) / Σ, bit for bit: the counterfactual panel computed its prompt
     * alternatives with that formula before it used this one, and saved projects hold those numbers.
     */
    @Test
    void softmaxAtTemperatureOneIsThePlainMaxShiftedFormulaExactly() {
        java.util.Random rnd = new java.util.Random(11);
        for (int trial = 0; trial < 100; trial++) {
            float[] logits = new float[300];
            for (int i = 0; i < logits.length; i++) {
                logits[i] = i > 0 && rnd.nextInt(10) == 0 ? Float.NEGATIVE_INFINITY : (float) (rnd.nextGaussian() * 8);
            }
            double max = Double.NEGATIVE_INFINITY;
            for (float x : logits) {
                max = Math.max(max, x);
            }
            double[] expected = new double[logits.length];
            double sum = 0;
            for (int i = 0; i < logits.length; i++) {
                expected[i] = Math.exp(logits[i] - max);
                sum += expected[i];
            }
            for (int i = 0; i < logits.length; i++) {
                expected[i] /= sum;
            }
            assertArrayEquals(expected, Distributions.softmax(logits, 1), 0.0);
        }
    }

    /** top(p, n) is the head of a full sort by probability, ties to the lower id; n past the vocabulary is all of it. */
    @Test
    void topIsTheHeadOfTheFullSortWithTiesToTheLowerId() {
        java.util.Random rnd = new java.util.Random(5);
        for (int trial = 0; trial < 200; trial++) {
            double[] p = new double[40];
            for (int i = 0; i < p.length; i++) {
                p[i] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(6) / 10.0; // many exact ties, zeros included
            }
            Integer[] order = new Integer[p.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> p[a] != p[b] ? Double.compare(p[b], p[a]) : Integer.compare(a, b));
            int n = 1 + rnd.nextInt(50);
            int[] expected = java.util.Arrays.stream(order).mapToInt(Integer::intValue).limit(n).toArray();
            assertArrayEquals(expected, Distributions.top(p, n), "n = " + n);
        }
    }
}
