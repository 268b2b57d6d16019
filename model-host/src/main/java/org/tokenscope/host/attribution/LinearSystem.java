package org.tokenscope.host.attribution;

/** Small dense linear systems by Gaussian elimination with partial pivoting (KernelSHAP's normal equations). */
final class LinearSystem {
    private LinearSystem() {
    }

    /** X with A·X = B (A is n×n, B is n×k); A and B are left unchanged. Throws when A is singular. */
    static double[][] solve(double[][] a, double[][] b) {
        int n = a.length, k = b.length == 0 ? 0 : b[0].length;
        double[][] m = new double[n][];
        double[][] x = new double[n][];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
            x[i] = b[i].clone();
            for (double v : a[i]) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) <= 1e-13 * scale || scale == 0) {
                throw new ArithmeticException("singular system");
            }
            double[] t = m[col]; m[col] = m[pivot]; m[pivot] = t;
            t = x[col]; x[col] = x[pivot]; x[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                if (f != 0) {
                    for (int c = col; c < n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                    for (int c = 0; c < k; c++) {
                        x[r][c] -= f * x[col][c];
                    }
                }
            }
        }
        for (int col = n - 1; col >= 0; col--) {
            for (int c = 0; c < k; c++) {
                double s = x[col][c];
                for (int j = col + 1; j < n; j++) {
                    s -= m[col][j] * x[j][c];
                }
                x[col][c] = s / m[col][col];
            }
        }
        return x;
    }

    static double[] solve(double[][] a, double[] b) {
        double[][] col = new double[b.length][1];
        for (int i = 0; i < b.length; i++) {
            col[i][0] = b[i];
        }
        double[][] x = solve(a, col);
        double[] out = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = x[i][0];
        }
        return out;
    }
}
