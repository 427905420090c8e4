package backproplab.landscape;

import backproplab.math.DetMath;

/**
 * The parameters a run visited, one snapshot every {@link #interval()} epochs, and the plane that
 * fits them best: the first two principal directions of θᵢ − θ_final (Li et al. 2018, §7).
 *
 * <p>At most {@link #CAPACITY} snapshots are kept: when full, every other one goes and the
 * interval doubles, so a long run keeps an even record of all of it in bounded memory.
 */
public final class Path {
    public static final int CAPACITY = 128;
    private static final int POWER_ITERATIONS = 200;

    private final int parameters;
    private final double[][] snapshots = new double[CAPACITY][];
    private final int[] epochs = new int[CAPACITY];
    private int count;
    private int interval = 1;

    public Path(int parameters) {
        this.parameters = parameters;
        for (int k = 0; k < CAPACITY; k++) {
            snapshots[k] = new double[parameters];
        }
    }

    public int parameters() {
        return parameters;
    }

    /** Forgets the run (new weights or a new network). */
    public void clear() {
        count = 0;
        interval = 1;
    }

    /** Keeps θ of epoch {@code epoch} if it falls on the interval; no allocation. */
    public void record(int epoch, double[] theta) {
        if (epoch % interval != 0 || count > 0 && epochs[count - 1] == epoch) {
            return;
        }
        if (count == CAPACITY) {
            for (int k = 0; k < CAPACITY / 2; k++) { // keep the even-numbered ones, epochs 0, 2i, 4i, …
                double[] kept = snapshots[2 * k];
                snapshots[2 * k] = snapshots[k];
                snapshots[k] = kept;
                epochs[k] = epochs[2 * k];
            }
            count = CAPACITY / 2;
            interval *= 2;
            if (epoch % interval != 0) {
                return;
            }
        }
        System.arraycopy(theta, 0, snapshots[count], 0, parameters);
        epochs[count] = epoch;
        count++;
    }

    public int count() {
        return count;
    }

    public int interval() {
        return interval;
    }

    public int epoch(int k) {
        return epochs[k];
    }

    public double[] snapshot(int k) {
        return snapshots[k];
    }

    /**
     * The plane of the path: the top two principal directions of the rows xᵢ = θᵢ − θ_final
     * (uncentred, as the origin of the slice is θ_final), found by power iteration on the
     * Gram matrix G = X Xᵀ, which is only count × count.
     */
    public Plane plane(double[] finalTheta) {
        int m = count;
        double[][] x = new double[m][parameters];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < parameters; p++) {
                x[i][p] = snapshots[i][p] - finalTheta[p];
            }
        }
        double[][] g = new double[m][m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                g[i][j] = g[j][i] = Directions.dot(x[i], x[j]);
            }
            total += g[i][i];
        }
        double[][] u = new double[2][];
        double[] lambda = new double[2];
        for (int c = 0; c < 2; c++) {
            u[c] = topEigenvector(g, m, c == 0 ? null : u[0], lambda[0]);
            lambda[c] = rayleigh(g, u[c]);
        }
        double[][] d = new double[2][parameters];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < m; i++) {
                for (int p = 0; p < parameters; p++) {
                    d[c][p] += u[c][i] * x[i][p];
                }
            }
            double norm = Directions.norm(d[c], 0, parameters);
            for (int p = 0; p < parameters; p++) {
                d[c][p] = norm == 0 ? 0 : d[c][p] / norm;
            }
        }
        // the second direction exactly orthogonal to the first, despite round-off
        double overlap = Directions.dot(d[0], d[1]);
        for (int p = 0; p < parameters; p++) {
            d[1][p] -= overlap * d[0][p];
        }
        double n1 = Directions.norm(d[1], 0, parameters);
        for (int p = 0; p < parameters; p++) {
            d[1][p] = n1 == 0 ? 0 : d[1][p] / n1;
        }
        double[][] coords = new double[m][2];
        for (int i = 0; i < m; i++) {
            coords[i][0] = Directions.dot(x[i], d[0]);
            coords[i][1] = Directions.dot(x[i], d[1]);
        }
        double explained0 = total == 0 ? 0 : Math.max(0, lambda[0]) / total;
        double explained1 = total == 0 ? 0 : Math.max(0, lambda[1]) / total;
        return new Plane(d[0], d[1], coords, new double[] {explained0, explained1}, total);
    }

    /** The path's plane: two orthonormal directions, each snapshot's coordinates in it, the share of Σ‖xᵢ‖² each direction explains. */
    public record Plane(double[] first, double[] second, double[][] coordinates, double[] explained, double total) {
        public double explainedBoth() {
            return explained[0] + explained[1];
        }
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
                double along = 0;
                for (int i = 0; i < m; i++) {
                    along += deflate[i] * v[i];
                }
                for (int i = 0; i < m; i++) {
                    w[i] -= deflateLambda * along * deflate[i];
                }
            }
            double norm = DetMath.sqrt(dotOf(w, w));
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
        double vv = dotOf(v, v);
        return vv == 0 ? 0 : s / vv;
    }

    private static double dotOf(double[] a, double[] b) {
        return Directions.dot(a, b);
    }
}
