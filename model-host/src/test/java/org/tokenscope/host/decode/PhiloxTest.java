package org.tokenscope.host.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Philox4x32-10 against the known-answer vectors of Random123 (kat_vectors, philox4x32 10 rounds). */
class PhiloxTest {

    @Test
    void zeroCounterZeroKey() {
        assertArrayEquals(new int[] {0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8}, Philox.block(0, 0, 0, 0, 0, 0));
    }

    @Test
    void allOnes() {
        assertArrayEquals(new int[] {0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd},
                Philox.block(-1, -1, -1, -1, -1, -1));
    }

    @Test
    void piDigits() {
        assertArrayEquals(new int[] {0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1},
                Philox.block(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0));
    }

    @Test
    void uniformIsStrictlyInsideTheUnitIntervalAndKeyed() {
        double sum = 0;
        int n = 100_000;
        for (int v = 0; v < n; v++) {
            double u = GumbelNoise.uniform(123, 4, 0, v);
            assertTrue(u > 0 && u < 1);
            sum += u;
        }
        assertEquals(0.5, sum / n, 0.005);
        assertEquals(GumbelNoise.uniform(1, 2, 3, 4), GumbelNoise.uniform(1, 2, 3, 4));
        assertTrue(GumbelNoise.uniform(1, 2, 3, 4) != GumbelNoise.uniform(1, 2, 4, 4), "the trial index changes the noise");
        assertTrue(GumbelNoise.uniform(1, 2, 3, 4) != GumbelNoise.uniform(1L << 32 | 1, 2, 3, 4), "all 64 seed bits count");
    }
}
