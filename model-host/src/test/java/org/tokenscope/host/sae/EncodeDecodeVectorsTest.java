package org.tokenscope.host.sae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sae.md's encode/decode vector for standard, TopK (k = 2) and JumpReLU (θ = 0.55), through SAELens folders. */
class EncodeDecodeVectorsTest {
    private static final float EPS = 1e-6f;

    @TempDir Path dir;

    @Test
    void preActivations() {
        Sae sae = SpecVectors.throughFolder(SpecVectors.sae(Architecture.STANDARD, 0, null), dir, DType.F32);
        assertArrayEquals(new float[] {0.6f, 0.5f, 3.0f, 0.5f}, sae.preActivations(SpecVectors.X), EPS);
    }

    @Test
    void standard() {
        Sae sae = SpecVectors.throughFolder(SpecVectors.sae(Architecture.STANDARD, 0, null), dir, DType.F32);
        SaeCode code = sae.encode(SpecVectors.X);
        assertArrayEquals(new float[] {0.6f, 0.5f, 3.0f, 0.5f}, dense(code, 4), EPS);
        assertArrayEquals(new int[] {2, 0, 1, 3}, code.indices(), "largest first, ties by index");
        assertArrayEquals(new float[] {1.4f, 1.0f, 3.9f}, sae.decode(code), EPS);
    }

    @Test
    void topK() {
        Sae sae = SpecVectors.throughFolder(SpecVectors.sae(Architecture.TOPK, 2, null), dir, DType.F32);
        assertEquals(2, sae.config().k());
        SaeCode code = sae.encode(SpecVectors.X);
        assertArrayEquals(new float[] {0.6f, 0, 3.0f, 0}, dense(code, 4), EPS);
        assertArrayEquals(new float[] {1.1f, 0.5f, 3.5f}, sae.decode(code), EPS);
    }

    @Test
    void jumpRelu() {
        float[] theta = new float[4];
        Arrays.fill(theta, 0.55f);
        Sae sae = SpecVectors.throughFolder(SpecVectors.sae(Architecture.JUMPRELU, 0, theta), dir, DType.F32);
        SaeCode code = sae.encode(SpecVectors.X);
        assertArrayEquals(new float[] {0.6f, 0, 3.0f, 0}, dense(code, 4), EPS);
        assertArrayEquals(new float[] {1.1f, 0.5f, 3.5f}, sae.reconstruct(SpecVectors.X), EPS);
    }

    @Test
    void halfPrecisionStorageKeepsTheVector() {
        // every weight of the vector is exact in F16 and BF16 except 0.6 and 0.1, which round by < 0.4%
        for (DType t : new DType[] {DType.F16, DType.BF16}) {
            Sae sae = SpecVectors.throughFolder(SpecVectors.sae(Architecture.TOPK, 2, null), dir.resolve(t.name()), t);
            assertArrayEquals(new float[] {1.1f, 0.5f, 3.5f}, sae.reconstruct(SpecVectors.X), 0.01f);
        }
    }

    static float[] dense(SaeCode code, int n) {
        float[] out = new float[n];
        for (int i = 0; i < code.size(); i++) {
            out[code.indices()[i]] = code.values()[i];
        }
        return out;
    }
}
