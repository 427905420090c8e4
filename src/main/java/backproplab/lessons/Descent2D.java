package backproplab.lessons;

import backproplab.nn.Optimizer;

/**
 * A path of iterates over the weight plane of a {@link LogisticSurface2D}, for the contour
 * picture (LECTURE.md §3), by one of three optimisers with the same α and the same start:
 * <ul>
 * <li>gradient descent ({@link Optimizer#SGD}, here on the full batch): w_{t+1} = w_t − α∇L(w_t);</li>
 * <li>momentum, β = 0.9: v_{t+1} = βv_t − α∇L(w_t), w_{t+1} = w_t + v_{t+1} (v_0 = 0), so a
 * step keeps going the way the previous steps went;</li>
 * <li>Adam, β₁ = 0.9, β₂ = 0.999, ε = 1e-8: m_{t+1} = β₁m_t + (1−β₁)g, v_{t+1} = β₂v_t + (1−β₂)g²,
 * w_{t+1} = w_t − α·m̂/(√v̂ + ε) with m̂ = m_{t+1}/(1−β₁^{t+1}), v̂ = v_{t+1}/(1−β₂^{t+1}),
 * per weight: each weight's step is about α whatever the size of its gradient.</li>
 * </ul>
 * Like {@link Descent1D}, a run stops early with {@link #diverged()} set when a value stops
 * being finite, so every kept iterate is a number.
 */
public final class Descent2D {
    public static final double MOMENTUM_BETA = 0.9;
    public static final double ADAM_BETA1 = 0.9;
    public static final double ADAM_BETA2 = 0.999;
    public static final double ADAM_EPSILON = 1e-8;

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
        double[] g = new double[2];
        // the optimiser's state: momentum's velocity v, or Adam's moments m and v, per weight
        double m1 = 0;
        double m2 = 0;
        double v1 = 0;
        double v2 = 0;
        double beta1Power = 1;
        double beta2Power = 1;
        double a1 = start1;
        double a2 = start2;
        int n = 0;
        boolean bad = false;
        while (true) {
            double l = surface.loss(a1, a2);
            surface.gradient(a1, a2, g);
            if (!Double.isFinite(a1) || !Double.isFinite(a2) || !Double.isFinite(l)
                    || !Double.isFinite(g[0]) || !Double.isFinite(g[1])) {
                bad = true;
                break;
            }
            w1[n] = a1;
            w2[n] = a2;
            loss[n] = l;
            n++;
            if (n > steps) {
                break;
            }
            switch (method) {
                case SGD:
                    a1 -= alpha * g[0];
                    a2 -= alpha * g[1];
                    break;
                case MOMENTUM:
                    v1 = MOMENTUM_BETA * v1 - alpha * g[0];
                    v2 = MOMENTUM_BETA * v2 - alpha * g[1];
                    a1 += v1;
                    a2 += v2;
                    break;
                case ADAM: {
                    m1 = ADAM_BETA1 * m1 + (1 - ADAM_BETA1) * g[0];
                    m2 = ADAM_BETA1 * m2 + (1 - ADAM_BETA1) * g[1];
                    v1 = ADAM_BETA2 * v1 + (1 - ADAM_BETA2) * g[0] * g[0];
                    v2 = ADAM_BETA2 * v2 + (1 - ADAM_BETA2) * g[1] * g[1];
                    beta1Power *= ADAM_BETA1;
                    beta2Power *= ADAM_BETA2;
                    // the bias corrections undo the zero start of m and v
                    a1 -= alpha * (m1 / (1 - beta1Power)) / (Math.sqrt(v1 / (1 - beta2Power)) + ADAM_EPSILON);
                    a2 -= alpha * (m2 / (1 - beta1Power)) / (Math.sqrt(v2 / (1 - beta2Power)) + ADAM_EPSILON);
                    break;
                }
                default:
                    throw new IllegalStateException();
            }
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
