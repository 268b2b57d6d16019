package org.tokenscope.host.decode;

/**
 * The sampling noise of the command line's "sampling keys": u = U(seed, t, r, v) in (0,1) from Philox4x32-10
 * with key = the 64-bit seed and counter = (t, r, v, 0); the first two output words make a 53-bit
 * fraction, offset by half a step so u is never 0 or 1. g = −ln(−ln u).
 */
public final class GumbelNoise {
    private static final double STEP = 0x1.0p-53;

    private GumbelNoise() {
    }

    public static double uniform(long seed, int position, int trial, int tokenId) {
        int[] w = Philox.block(position, trial, tokenId, 0, (int) seed, (int) (seed >>> 32));
        long bits = ((w[0] & 0xFFFFFFFFL) << 21) ^ ((w[1] & 0xFFFFFFFFL) >>> 11);
        return ((bits & ((1L << 53) - 1)) + 0.5) * STEP;
    }

    public static double gumbel(long seed, int position, int trial, int tokenId) {
        return -Math.log(-Math.log(uniform(seed, position, trial, tokenId)));
    }
}
