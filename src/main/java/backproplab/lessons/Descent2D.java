package backproplab.lessons;

import backproplab.nn.Optimizer;

/**
 * A path of iterates over the weight plane of a {@link LogisticSurface2D}, for the contour
 * picture (docs/notation.md §3), by one of three optimisers with the same α and the same start:
 * <ul>
 * <li>gradient descent ({@link Optimizer#SGD}, here on the full batch): w_{t+1} = w_t − α∇L(w_t);</li>
 * <li>momentum, β = 0.9: m_{t+1} = βm_t + ∇L(w_t), w_{t+1} = w_t − αm_{t+1} (m_0 = 0), so a
 * step keeps going the way the previous steps went (for a fixed α the same path as the lecture's
 * v_{t+1} = βv_t − α∇L(w_t), w_{t+1} = w_t + v_{t+1}, with v = −αm);</li>
 * <li>Adam, β₁ = 0.9, β₂ = 0.999, ε = 1e-8: m_{t+1} = β₁m_t + (1−β₁)g, v_{t+1} = β₂v_t + (1−β₂)g²,
 * w_{t+1} = w_t − α·m̂/(√v̂ + ε) with m̂ = m_{t+1}/(1−β₁^{t+1}), v̂ = v_{t+1}/(1−β₂^{t+1}),
 * per weight: each weight's step is about α whatever the size of its gradient.</li>
 * </ul>
 * Like {@link Descent1D}, a run stops early with {@link #diverged()} set when a value stops
 * being finite, so every kept iterate is a number.
 */
public final class Descent2D {
    private final Optimizer method;
    private final double alpha;
    private final double[] w1;
    private final double[] w2;
    private final double[] loss;
    private final int length;
    private final boolean diverged;

    private Descent2D(LogisticSurface2D surface, Optimizer method, double start1, double start2, double alpha,
            int steps) {
        this.method = method;
        this.alpha = alpha;
        w1 = new double[steps + 1];
        w2 = new double[steps + 1];
        loss = new double[steps + 1];
        double[] w = {start1, start2};
        double[] g = new double[2];
        // the optimiser's state per weight (momentum's m; Adam's m and v) and its steps Δ
        double[] m = new double[2];
        double[] v = new double[2];
        double[] step = new double[2];
        double beta1Power = 1;
        double beta2Power = 1;
        int n = 0;
        boolean bad = false;
        while (true) {
            double l = surface.loss(w[0], w[1]);
            surface.gradient(w[0], w[1], g);
            if (!Double.isFinite(w[0]) || !Double.isFinite(w[1]) || !Double.isFinite(l)
                    || !Double.isFinite(g[0]) || !Double.isFinite(g[1])) {
                bad = true;
                break;
            }
            w1[n] = w[0];
            w2[n] = w[1];
            loss[n] = l;
            n++;
            if (n > steps) {
                break;
            }
            // the bias corrections 1 − β^t undo Adam's zero start of m and v
            beta1Power *= Optimizer.BETA1;
            beta2Power *= Optimizer.BETA2;
            method.steps(g, 1, alpha, m, v, 1 - beta1Power, 1 - beta2Power, step, 2);
            w[0] -= step[0];
            w[1] -= step[1];
        }
        length = n;
        diverged = bad;
    }

    /** Runs {@code steps} steps of {@code method} with rate α on {@code surface} from (w₁, w₂). */
    public static Descent2D run(LogisticSurface2D surface, Optimizer method, double w1, double w2, double alpha,
            int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must not be negative: " + steps);
        }
        return new Descent2D(surface, method, w1, w2, alpha, steps);
    }

    public Optimizer method() {
        return method;
    }

    public double alpha() {
        return alpha;
    }

    /** Number of iterates kept, w_0 … w_{length−1}. */
    public int length() {
        return length;
    }

    /** True if the run stopped because a weight, the loss or the gradient was not finite. */
    public boolean diverged() {
        return diverged;
    }

    public double w1(int t) {
        return w1[check(t)];
    }

    public double w2(int t) {
        return w2[check(t)];
    }

    /** L(w_t). */
    public double loss(int t) {
        return loss[check(t)];
    }

    /** The last iterate with its loss. */
    public LossPoint last() {
        int t = length - 1;
        return new LossPoint(w1[t], w2[t], loss[t]);
    }

    /**
     * The grid point of lowest loss among n × n points spaced evenly over
     * [w1From, w1To] × [w2From, w2To], ends included (n ≥ 2): a check on the minimum that
     * assumes nothing about the surface.
     */
    public static LossPoint gridSearch(LogisticSurface2D surface, double w1From, double w1To, double w2From,
            double w2To, int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 points a side: " + n);
        }
        LossPoint best = null;
        for (int i = 0; i < n; i++) {
            double a1 = w1From + (w1To - w1From) * i / (n - 1);
            for (int j = 0; j < n; j++) {
                double a2 = w2From + (w2To - w2From) * j / (n - 1);
                double l = surface.loss(a1, a2);
                if (best == null || l < best.loss()) {
                    best = new LossPoint(a1, a2, l);
                }
            }
        }
        return best;
    }

    private int check(int t) {
        if (t < 0 || t >= length) {
            throw new IndexOutOfBoundsException("iterate " + t + " of " + length);
        }
        return t;
    }
}
