package org.tokenscope.host.attribution;

import java.util.List;

/**
 * KernelSHAP's constrained weighted least squares. The constraint Σφ = Δ = v(N) − v(∅) is substituted:
 * φ_last = Δ − Σ_{j<last} φ_j, which leaves an ordinary WLS in M−1 unknowns with
 * x_j = z_j − z_last and y = v(z) − v(∅) − z_last·Δ.
 */
final class WeightedFit {
    private final int m;
    private final double[][] x;
    private final double[] residual;
    private final double[][] normal;
    private final double[] phi;

    private WeightedFit(int m, double[][] x, double[] residual, double[][] normal, double[] phi) {
        this.m = m;
        this.x = x;
        this.residual = residual;
        this.normal = normal;
        this.phi = phi;
    }

    static WeightedFit solve(int m, List<Coalition> z, List<Double> w, double[] v, double vEmpty, double vFull) {
        int n = z.size(), k = m - 1, last = m - 1;
        double delta = vFull - vEmpty;
        double[][] x = new double[n][k];
        double[] y = new double[n];
        double[][] a = new double[k][k];
        double[] b = new double[k];
        for (int r = 0; r < n; r++) {
            Coalition c = z.get(r);
            double zLast = c.contains(last) ? 1 : 0;
            for (int j = 0; j < k; j++) {
                x[r][j] = (c.contains(j) ? 1 : 0) - zLast;
            }
            y[r] = v[r] - vEmpty - zLast * delta;
            double wr = w.get(r);
            for (int i = 0; i < k; i++) {
                if (x[r][i] != 0) {
                    b[i] += wr * x[r][i] * y[r];
                    for (int j = 0; j < k; j++) {
                        a[i][j] += wr * x[r][i] * x[r][j];
                    }
                }
            }
        }
        double[] beta;
        try {
            beta = LinearSystem.solve(a, b);
        } catch (ArithmeticException e) {
            throw KernelShap.tooFew(m, n);
        }
        double[] phi = new double[m];
        double rest = 0;
        for (int j = 0; j < k; j++) {
            phi[j] = beta[j];
            rest += beta[j];
        }
        phi[last] = delta - rest;
        double[] residual = new double[n];
        for (int r = 0; r < n; r++) {
            double fit = 0;
            for (int j = 0; j < k; j++) {
                fit += x[r][j] * beta[j];
            }
            residual[r] = y[r] - fit;
        }
        return new WeightedFit(m, x, residual, a, phi);
    }

    double[] phi() {
        return phi.clone();
    }

    /**
     * Sandwich standard errors A⁻¹ (Σ_p u_p u_pᵀ) A⁻¹ with u_p = Σ_{z in pair p} x_z r_z: rows come in pairs
     * (a coalition and its complement), the independent units of paired sampling.
     */
    double[] pairedStderr() {
        int k = m - 1;
        double[][] meat = new double[k][k];
        for (int r = 0; r + 1 < x.length; r += 2) {
            double[] u = new double[k];
            for (int j = 0; j < k; j++) {
                u[j] = x[r][j] * residual[r] + x[r + 1][j] * residual[r + 1];
            }
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    meat[i][j] += u[i] * u[j];
                }
            }
        }
        double[][] left = LinearSystem.solve(normal, meat); // A⁻¹ M
        double[][] cov = LinearSystem.solve(normal, transpose(left)); // A⁻¹ (A⁻¹ M)ᵀ = A⁻¹ M A⁻¹ (all symmetric)
        double[] se = new double[m];
        double lastVar = 0;
        for (int i = 0; i < k; i++) {
            se[i] = Math.sqrt(Math.max(0, cov[i][i]));
            for (int j = 0; j < k; j++) {
                lastVar += cov[i][j];
            }
        }
        se[m - 1] = Math.sqrt(Math.max(0, lastVar));
        return se;
    }

    private static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }
}
