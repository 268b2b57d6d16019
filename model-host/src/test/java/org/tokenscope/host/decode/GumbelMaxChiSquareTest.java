package org.tokenscope.host.decode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Gumbel-Max with the counter-based keys samples from q: a chi-square test over 10^5 draws. */
class GumbelMaxChiSquareTest {

    @Test
    void frequenciesMatchTheDistribution() {
        double[] q = {0.4, 0.25, 0.15, 0.1, 0.06, 0.03, 0.01, 0.0};
        int n = 100_000;
        long[] counts = new long[q.length];
        SamplerSettings base = new SamplerSettings(1.0, 0, 1.0, 0, 0);
        for (int draw = 0; draw < n; draw++) {
            // Independent draws: vary the position coordinate of the key, as successive steps do.
            counts[Sampler.choose(q, base, draw, 0)]++;
        }
        assertTrue(counts[7] == 0, "a token with q = 0 is never drawn");
        double chi2 = 0;
        for (int i = 0; i < 7; i++) {
            double e = n * q[i];
            chi2 += (counts[i] - e) * (counts[i] - e) / e;
        }
        // 6 degrees of freedom: the 0.999 quantile is 22.46. A flipped sign or a biased u fails by orders of magnitude.
        assertTrue(chi2 < 22.46, "chi-square " + chi2);
    }
}
