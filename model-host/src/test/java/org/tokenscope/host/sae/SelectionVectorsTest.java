package org.tokenscope.host.sae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** sae.md's selection vector, ties, and the radix select against a sort. */
class SelectionVectorsTest {
    private static final float[] Z = {3.0f, 2.5f, 0.1f, 0.0f, 1.0f, 0.9f, 0.8f, 0.7f};
    private static final Parallel PARALLEL = new Parallel(2);

    @AfterAll
    static void close() {
        PARALLEL.close();
    }

    @Test
    void topKOnePerToken() {
        SparseBatch s = Selection.topK(Z, 2, 4, 1, PARALLEL);
        assertArrayEquals(new int[] {0}, s.featuresOf(0));
        assertArrayEquals(new int[] {0}, s.featuresOf(1));
    }

    @Test
    void batchTopKAndMutualChoiceBudgetTwo() {
        SparseBatch s = Selection.batchTopK(Z, 2, 4, 2, PARALLEL);
        assertArrayEquals(new int[] {0, 1}, s.featuresOf(0));
        assertArrayEquals(new int[] {}, s.featuresOf(1));
    }

    @Test
    void featureChoiceOneTokenPerFeature() {
        SparseBatch s = FeatureChoiceSelection.select(Z, 2, 4, new int[] {1, 1, 1, 1}, PARALLEL);
        assertArrayEquals(new int[] {0, 1}, s.featuresOf(0));
        assertArrayEquals(new int[] {2, 3}, s.featuresOf(1));
    }

    @Test
    void batchTopKKeepsExactlyTheBudgetThroughTies() {
        float[] ties = new float[40];
        Arrays.fill(ties, 1f);
        for (int budget : new int[] {0, 1, 7, 39, 40}) {
            SparseBatch s = Selection.batchTopK(ties, 4, 10, budget, PARALLEL);
            assertEquals(budget, s.entries());
            if (budget == 7) {
                assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6}, s.featuresOf(0), "ties: earliest token, lowest index");
            }
        }
    }

    @Test
    void radixSelectMatchesASort() {
        Random r = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int rows = 1 + r.nextInt(30), n = 1 + r.nextInt(50);
            float[] pre = new float[rows * n];
            for (int i = 0; i < pre.length; i++) {
                pre[i] = r.nextInt(4) == 0 ? Math.round(r.nextGaussian() * 2) / 2f : (float) r.nextGaussian() * 10;
            }
            int budget = r.nextInt(pre.length + 1);
            SparseBatch s = Selection.batchTopK(pre, rows, n, budget, PARALLEL);
            float[] sorted = pre.clone();
            Arrays.sort(sorted);
            float[] kept = s.value.clone();
            Arrays.sort(kept);
            assertArrayEquals(Arrays.copyOfRange(sorted, sorted.length - budget, sorted.length), kept);
        }
    }

    @Test
    void topKTiesGoToTheLowerIndex() {
        float[] v = {1, 2, 2, 2, 0};
        SparseBatch s = Selection.topK(v, 1, 5, 2, PARALLEL);
        int[] f = s.featuresOf(0);
        Arrays.sort(f);
        assertArrayEquals(new int[] {1, 2}, f);
    }

    @Test
    void zipfCapacitiesSumToTheBudgetWithinBounds() {
        Random r = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + r.nextInt(200), rows = 1 + r.nextInt(64), k = 1 + r.nextInt(Math.min(n, 16));
            float[] density = new float[n];
            for (int i = 0; i < n; i++) {
                density[i] = r.nextFloat();
            }
            long budget = (long) k * rows;
            int[] m = ZipfCapacities.compute(density, 0.5 + r.nextDouble(), budget, rows);
            assertEquals(Math.min(budget, (long) n * rows), Arrays.stream(m).asLongStream().sum());
            Integer[] byDensity = new Integer[n];
            Arrays.setAll(byDensity, i -> i);
            Arrays.sort(byDensity, (a, b) -> Float.compare(density[b], density[a]));
            for (int i = 0; i < n; i++) {
                assertTrue(m[i] <= rows);
                assertTrue(budget < n || m[i] >= 1, "each m_f ≥ 1 when the budget allows");
            }
            for (int i = 1; i < n; i++) {
                assertTrue(m[byDensity[i]] <= m[byDensity[i - 1]] + 1, "capacities follow the density rank");
            }
        }
    }
}
