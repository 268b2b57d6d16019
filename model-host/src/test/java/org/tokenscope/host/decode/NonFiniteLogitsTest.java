package org.tokenscope.host.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelException;

/** Logits from a broken model (NaN, +∞) are refused with a clear exception; tiny temperatures never give index −1. */
class NonFiniteLogitsTest {
    private static final float NAN = Float.NaN, INF = Float.POSITIVE_INFINITY, NEG = Float.NEGATIVE_INFINITY;

    @Test
    void nanAndPlusInfinityAreRefusedWhereDistributionsAreBuilt() {
        for (float bad : new float[] {NAN, INF}) {
            float[] logits = {1, 2, bad, 0};
            for (double t : new double[] {0, 1e-320, 0.7, 1}) {
                NonFiniteLogitsException e = assertThrows(NonFiniteLogitsException.class, () -> Distributions.softmax(logits, t));
                assertEquals(2, e.tokenId());
                assertThrows(NonFiniteLogitsException.class, () -> Distributions.softmaxEntropy(logits, t, new double[4]));
                SamplerSettings s = new SamplerSettings(t, 0, 1.0, 0, 3);
                assertThrows(NonFiniteLogitsException.class, () -> StageStats.of(logits, s)); // was: index −1 when sampling
            }
        }
        NonFiniteLogitsException e = assertThrows(NonFiniteLogitsException.class,
                () -> StageStats.of(new float[] {NAN, NAN, NAN}, SamplerSettings.DEFAULT));
        assertTrue(e instanceof ModelException, "shown as one line by the CLI and the panels");
        assertEquals("the model returned NaN logits: the model file is broken or its precision overflowed; try the fp32 variant",
                e.getMessage());
        assertEquals("the model returned NaN logits at position 7: the model file is broken or its precision overflowed; "
                + "try the fp32 variant", e.at(7).getMessage());
        assertEquals(7, e.at(7).at(9).position(), "the first position given sticks");
        assertTrue(assertThrows(NonFiniteLogitsException.class, () -> Distributions.softmax(new float[] {NEG, NEG}, 1))
                .getMessage().contains("only −∞"));
    }

    @Test
    void minusInfinityIsALegitimateMask() {
        double[] p = Distributions.softmax(new float[] {NEG, 0, NEG, 0}, 1);
        assertArrayEquals(new double[] {0, 0.5, 0, 0.5}, p, 0);
        StageStats st = StageStats.of(new float[] {NEG, 1, NEG, 2}, new SamplerSettings(0.5, 0, 1.0, 0, 0));
        int id = st.choose(new SamplerSettings(0.5, 0, 1.0, 0, 0), 0, 0);
        assertTrue(id == 1 || id == 3);
    }

    /** τ = 1e-320 makes 1/τ overflow: the exact limit τ → 0⁺ (all mass on the maximum), never NaN or index −1. */
    @Test
    void aTemperatureSoSmallThatLogitsOverTauOverflowIsTheGreedyLimit() {
        float[] logits = {1.5f, 3.25f, -2f, NEG, 3.2499998f};
        for (double t : new double[] {1e-320, Double.MIN_VALUE, 1e-300, 1e-30}) {
            SamplerSettings s = new SamplerSettings(t, 0, 1.0, 0, 11);
            StageStats st = StageStats.of(logits, s);
            assertArrayEquals(new double[] {0, 1, 0, 0, 0}, st.warped(), 0, "τ = " + t);
            assertEquals(0.0, st.entropy(), 0);
            for (int position = 0; position < 50; position++) {
                assertEquals(1, st.choose(s, position, 0));
            }
            double[] p = new double[logits.length];
            assertEquals(0.0, Distributions.softmaxEntropy(logits, t, p), 0);
            assertArrayEquals(new double[] {0, 1, 0, 0, 0}, p, 0);
            assertArrayEquals(new double[] {0, 1, 0, 0, 0}, Distributions.softmax(logits, t), 0);
            // with top-k, top-p and min-p on as well
            SamplerSettings all = new SamplerSettings(t, 2, 0.5, 0.1, 11);
            assertEquals(1, StageStats.of(logits, all).choose(all, 0, 0));
        }
        // exact ties share the mass, as the limit does: ln 2 nats
        double[] p = new double[3];
        assertEquals(Math.log(2), Distributions.softmaxEntropy(new float[] {4, 1, 4}, 1e-320, p), 1e-15);
        assertArrayEquals(new double[] {0.5, 0, 0.5}, p, 0);
        assertArrayEquals(new double[] {0.5, 0, 0.5}, Distributions.softmax(new float[] {4, 1, 4}, 1e-320), 0);
    }

    @Test
    void ordinaryTemperaturesAreUnchanged() {
        float[] logits = {0.3f, -1.2f, 2.5f, NEG, 1.0f};
        double[] p = new double[logits.length];
        double h = Distributions.softmaxEntropy(logits, 0.7, p);
        double[] ref = Distributions.softmax(logits, 0.7);
        assertArrayEquals(ref, p, 1e-15);
        assertEquals(Distributions.entropy(ref), h, 1e-12);
    }

    /** score used to report entropy 0 and rank 1 for every token of a model that returns NaN. */
    @Test
    void scoringNanLogitsNamesThePosition() {
        int vocab = 5;
        LanguageModel broken = (LanguageModel) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LanguageModel.class}, (proxy, method, args) -> {
                    if (method.getName().equals("logitsAll")) {
                        int[] ids = (int[]) args[0];
                        float[][] out = new float[ids.length][vocab];
                        for (int i = 0; i < ids.length; i++) {
                            for (int v = 0; v < vocab; v++) {
                                out[i][v] = i >= 3 ? NAN : v; // row 3 predicts all[4], text token 3
                            }
                        }
                        return out;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        NonFiniteLogitsException e = assertThrows(NonFiniteLogitsException.class,
                () -> Scorer.score(broken, new int[] {0}, new int[] {1, 2, 3, 4}, 4));
        assertEquals(3, e.position());
        assertTrue(e.getMessage().startsWith("the model returned NaN logits at position 3: "), e.getMessage());
    }
}
