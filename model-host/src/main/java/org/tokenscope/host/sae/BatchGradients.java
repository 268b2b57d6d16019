package org.tokenscope.host.sae;

import java.util.Arrays;

/** The gradient of one batch's loss, and the batch's statistics, as {@link BackwardPass} leaves them. */
final class BatchGradients {
    final float[] wEncT;
    final float[] bEnc;
    final float[] wDec;
    final float[] bDec;
    /** Tokens on which each feature fired (activation &gt; 0). */
    final int[] fired;
    double squaredError;
    double auxSquaredError;
    long active;
    /** The smallest positive activation kept (the batch rules' threshold sample); +∞ when none. */
    float minKept;

    BatchGradients(int dIn, int dSae) {
        wEncT = new float[dSae * dIn];
        bEnc = new float[dSae];
        wDec = new float[dSae * dIn];
        bDec = new float[dIn];
        fired = new int[dSae];
    }

    /** Resets what is accumulated; the weight gradients are overwritten row by row, so they need no clearing. */
    void resetStatistics() {
        Arrays.fill(fired, 0);
        Arrays.fill(bDec, 0);
        squaredError = 0;
        auxSquaredError = 0;
        active = 0;
        minKept = Float.POSITIVE_INFINITY;
    }
}
