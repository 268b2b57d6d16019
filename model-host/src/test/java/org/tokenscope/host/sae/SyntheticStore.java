package org.tokenscope.host.sae;

import java.nio.file.Path;
import java.util.Random;

/**
 * A small activation store with known sparse structure: each row is an offset plus 3 of 48 random unit directions
 * with positive weights, plus a little noise; rows come in "sequences" of 32.
 */
final class SyntheticStore {
    static final int D = 16, ATOMS = 48;

    private SyntheticStore() {
    }

    static ActivationStore create(Path dir, int rows, long seed) {
        Random r = new Random(seed);
        float[][] atoms = new float[ATOMS][D];
        for (float[] a : atoms) {
            double s = 0;
            for (int i = 0; i < D; i++) {
                a[i] = (float) r.nextGaussian();
                s += a[i] * a[i];
            }
            for (int i = 0; i < D; i++) {
                a[i] /= (float) Math.sqrt(s);
            }
        }
        try (ActivationStoreWriter w = new ActivationStoreWriter(dir, D)) {
            for (int row = 0; row < rows; row++) {
                float[] x = new float[D];
                for (int i = 0; i < D; i++) {
                    x[i] = 0.5f + 0.01f * (float) r.nextGaussian();
                }
                for (int a = 0; a < 3; a++) {
                    float[] atom = atoms[r.nextInt(ATOMS)];
                    float c = 1 + 2 * r.nextFloat();
                    for (int i = 0; i < D; i++) {
                        x[i] += c * atom[i];
                    }
                }
                w.append(x, row % 100, row / 32);
            }
            return w.finish(new StoreInfo(D, rows, "synthetic", "synthetic", "", 32, false, "synthetic", (rows + 31) / 32));
        }
    }
}
