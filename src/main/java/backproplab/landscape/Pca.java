package backproplab.landscape;

import backproplab.math.DetMath;

/**
 * The two principal directions of a set of rows (uncentred: subtract the origin you want
 * first), found by power iteration on the Gram matrix G = X Xᵀ, which is only rows × rows
 * however long each row is; the same steps in the same order on every build.
 *
 * @param first the unit direction that holds most of Σᵢ‖xᵢ‖²
 * @param second the unit direction orthogonal to it that holds most of the rest
 * @param explained the share of Σᵢ‖xᵢ‖² each holds
 * @param total Σᵢ‖xᵢ‖²
 */
public record Pca(double[] first, double[] second, double[] explained, double total) {
    private static final int POWER_ITERATIONS = 200;

    /** The principal directions of rows x[0 … m) of length dim. */
    public static Pca of(double[][] x, int m, int dim) {
        double[][] g = new double[m][m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                g[i][j] = g[j][i] = Directions.dot(x[i], x[j]);
            }
            total += g[i][i];
        }
        double[] u0 = topEigenvector(g, m, null, 0);
        double lambda0 = rayleigh(g, u0);
        double[] u1 = topEigenvector(g, m, u0, lambda0);
        double lambda1 = rayleigh(g, u1);
        double[] d0 = unit(combine(x, u0, m, dim));
        double[] d1 = combine(x, u1, m, dim);
        // exactly orthogonal to the first, despite round-off
        double overlap = Directions.dot(d0, d1);
        for (int p = 0; p < dim; p++) {
            d1[p] -= overlap * d0[p];
        }
        d1 = unit(d1);
        double[] explained = {total == 0 ? 0 : Math.max(0, lambda0) / total, total == 0 ? 0 : Math.max(0, lambda1) / total};
        return new Pca(d0, d1, explained, total);
    }

    public double explainedBoth() {
        return explained[0] + explained[1];
    }

    /** Xᵀu: the direction in row space that the Gram eigenvector u stands for. */
    private static double[] combine(double[][] x, double[] u, int m, int dim) {
        double[] d = new double[dim];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < dim; p++) {
                d[p] += u[i] * x[i][p];
            }
        }
        return d;
    }

    private static double[] unit(double[] d) {
        double norm = Directions.norm(d, 0, d.length);
        for (int p = 0; p < d.length; p++) {
            d[p] = norm == 0 ? 0 : d[p] / norm;
        }
        return d;
    }

    private static double[] topEigenvector(double[][] g, int m, double[] deflate, double deflateLambda) {
        double[] v = new double[m];
        for (int i = 0; i < m; i++) {
            v[i] = 1 + 0.01 * i; // a fixed start: the same result everywhere
        }
        double[] w = new double[m];
        for (int it = 0; it < POWER_ITERATIONS; it++) {
            for (int i = 0; i < m; i++) {
                double s = 0;
                for (int j = 0; j < m; j++) {
                    s += g[i][j] * v[j];
                }
                w[i] = s;
            }
            if (deflate != null) { // G − λ₁u₁u₁ᵀ: the first direction removed
                double along = Directions.dot(deflate, v);
                for (int i = 0; i < m; i++) {
                    w[i] -= deflateLambda * along * deflate[i];
                }
            }
            double norm = DetMath.sqrt(Directions.dot(w, w));
            if (norm == 0) {
                return w;
            }
            for (int i = 0; i < m; i++) {
                v[i] = w[i] / norm;
            }
        }
        return v;
    }

    private static double rayleigh(double[][] g, double[] v) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                s += v[i] * g[i][j] * v[j];
            }
        }
        double vv = Directions.dot(v, v);
        return vv == 0 ? 0 : s / vv;
    }
}
