package org.tokenscope.host.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The CNTP test vectors of the stepper spec. */
class CautiousVectorsTest {
    private static final double[] H = {0.0, 0.1, 0.1756, 0.3, 0.5, 0.6931, 1.0, 1.0986, 1.3863, 1.5, 3.0};

    @Test
    void codeFormula() {
        int[] expected = {1, 1, 2, 2, 3, 5, 6, 7, 9, 10, 10};
        for (int i = 0; i < H.length; i++) {
            assertEquals(expected[i], TrialFormula.CODE.trials(H[i], 0.01, 1.5, 10), "H = " + H[i]);
        }
    }

    @Test
    void paperFormula() {
        int[] expected = {1, 1, 1, 1, 3, 4, 6, 7, 9, 10, 10};
        for (int i = 0; i < H.length; i++) {
            assertEquals(expected[i], TrialFormula.PAPER.trials(H[i], 0.01, 1.5, 10), "H = " + H[i]);
        }
    }

    @Test
    void oneMaxTrialIsAlwaysOneTrial() {
        for (double h : H) {
            assertEquals(1, TrialFormula.CODE.trials(h, 0.01, 1.5, 1));
            assertEquals(1, TrialFormula.PAPER.trials(h, 0.01, 1.5, 1));
        }
    }

    @Test
    void perplexityVector() {
        assertEquals(2.828427, CautiousInfo.Trial.perplexity(new double[] {0.5, 0.25}), 1e-6);
    }

    @Test
    void punctuationByText() {
        for (String p : new String[] {".", ",", " ?", "!", ":", ";", ")", "]", "}", ".\n", "\n", "end.", "▁)", " Mr."}) {
            assertTrue(Punctuation.isPunctuationText(p), p);
        }
        for (String p : new String[] {"", " ", "a", " the", "(", "'", "\""}) {
            assertFalse(Punctuation.isPunctuationText(p), p);
        }
    }
}
