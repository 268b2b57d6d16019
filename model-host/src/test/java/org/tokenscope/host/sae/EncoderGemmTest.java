package org.tokenscope.host.sae;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The native product and the Java fallback agree, in both weight layouts. */
class EncoderGemmTest {
    @Test
    void nativeMatchesJava() {
        Random r = new Random(1);
        int k = 12, n = 37;
        for (boolean transB : new boolean[] {false, true}) {
            try (EncoderGemm gemm = new EncoderGemm(k, n, transB, 2)) {
                assertTrue(gemm.isNative(), "ONNX Runtime runs the product");
                for (int rows : new int[] {1, 5, 64}) {
                    float[] x = random(r, rows * k), w = random(r, k * n), b = random(r, n);
                    float[] viaOrt = new float[rows * n], viaJava = new float[rows * n];
                    gemm.multiply(x, rows, w, b, viaOrt);
                    gemm.javaMultiply(x, rows, w, b, viaJava);
                    assertArrayEquals(viaJava, viaOrt, 1e-4f);
                }
            }
        }
    }

    private static float[] random(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextGaussian();
        }
        return a;
    }
}
