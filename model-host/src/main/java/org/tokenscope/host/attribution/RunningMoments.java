package org.tokenscope.host.attribution;

import java.util.Arrays;

/** Per-player mean and standard error of i.i.d. samples, by Welford's update (stable for long runs). */
final class RunningMoments {
    private final double[] mean;
    private final double[] m2;
    private long count;

    RunningMoments(int players) {
        mean = new double[players];
        m2 = new double[players];
    }

    void add(double[] sample) {
        count++;
        for (int i = 0; i < mean.length; i++) {
            double d = sample[i] - mean[i];
            mean[i] += d / count;
            m2[i] += d * (sample[i] - mean[i]);
        }
    }

    long count() {
        return count;
    }

    /** Standard error of the mean: NaN with fewer than two samples. */
    double stderr(int i) {
        return count < 2 ? Double.NaN : Math.sqrt(m2[i] / (count - 1) / count);
    }

    double maxStderr() {
        double max = 0;
        for (int i = 0; i < mean.length; i++) {
            max = Math.max(max, stderr(i));
        }
        return count < 2 ? Double.NaN : max;
    }

    /** An antithetic pair counts as two permutations. */
    Estimate estimate(double vEmpty, double vFull, Estimate.Stop stop) {
        double[] se = new double[mean.length];
        for (int i = 0; i < se.length; i++) {
            se[i] = stderr(i);
        }
        return new Estimate(Arrays.copyOf(mean, mean.length), se, vEmpty, vFull, count * 2, stop);
    }
}
