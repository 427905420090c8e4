package backproplab.lessons;

/**
 * Gradient descent on a curve L(w): the iterates w_{t+1} = w_t − α·dL/dw(w_t)
 * (docs/notation.md §3) with their loss and slope, and the regime they show.
 *
 * <p>The run stops early, and {@link #diverged()} says so, as soon as a value would no longer
 * be a finite number: every iterate kept is finite, so nothing downstream sees a NaN.
 */
public final class Descent1D {
    /** Steps a run takes unless told otherwise; the regimes are judged over this many. */
    public static final int STEPS = 100;
    /** How close to the minimum (in w) counts as having arrived. */
    public static final double TOLERANCE = 1e-3;
    /** Below this distance from the minimum, which side w is on is rounding noise. */
    private static final double SIDE_NOISE = 1e-9;

    private final Curve1D curve;
    private final double alpha;
    private final double[] w;
    private final double[] loss;
    private final double[] slope;
    private final int length;
    private final boolean diverged;

    private Descent1D(Curve1D curve, double alpha, double w0, int steps) {
        this.curve = curve;
        this.alpha = alpha;
        w = new double[steps + 1];
        loss = new double[steps + 1];
        slope = new double[steps + 1];
        int n = 0;
        boolean bad = false;
        double wt = w0;
        while (true) {
            double lt = curve.value(wt);
            double gt = curve.slope(wt);
            if (!Double.isFinite(wt) || !Double.isFinite(lt) || !Double.isFinite(gt)) {
                bad = true;
                break;
            }
            w[n] = wt;
            loss[n] = lt;
            slope[n] = gt;
            n++;
            if (n > steps) {
                break;
            }
            wt = step(wt, gt, alpha);
        }
        length = n;
        diverged = bad;
    }

    /** Runs {@code steps} steps of gradient descent on {@code curve} from w_0 with rate α. */
    public static Descent1D run(Curve1D curve, double w0, double alpha, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must not be negative: " + steps);
        }
        return new Descent1D(curve, alpha, w0, steps);
    }

    /** {@link #run} with {@link #STEPS} steps. */
    public static Descent1D run(Curve1D curve, double w0, double alpha) {
        return run(curve, w0, alpha, STEPS);
    }

    /** The update rule itself: w_{t+1} = w_t − α·dL/dw(w_t). */
    public static double step(double w, double slope, double alpha) {
        return w - alpha * slope;
    }

    public Curve1D curve() {
        return curve;
    }

    public double alpha() {
        return alpha;
    }

    /** Number of iterates kept, w_0 … w_{length−1}; 1 + the number of steps taken. */
    public int length() {
        return length;
    }

    /** True if the run stopped because the next iterate, its loss or its slope was not finite. */
    public boolean diverged() {
        return diverged;
    }

    /** w_t. */
    public double w(int t) {
        return w[check(t)];
    }

    /** L(w_t). */
    public double loss(int t) {
        return loss[check(t)];
    }

    /** dL/dw(w_t), the slope of the tangent at w_t. */
    public double slope(int t) {
        return slope[check(t)];
    }

    /** The tangent at w_t evaluated at v: L(w_t) + dL/dw(w_t)·(v − w_t). */
    public double tangent(int t, double v) {
        return loss(t) + slope(t) * (v - w(t));
    }

    /**
     * Step t as an arrow from the curve at w_t to the curve at w_{t+1}; its horizontal
     * extent is the step −α·dL/dw(w_t). Defined for t &lt; length() − 1.
     */
    public Arrow arrow(int t) {
        check(t + 1);
        return new Arrow(w[t], loss[t], w[t + 1], loss[t + 1]);
    }

    /** A step drawn from (fromW, fromLoss) to (toW, toLoss). */
    public record Arrow(double fromW, double fromLoss, double toW, double toLoss) {
    }

    /**
     * The minimum the regime is judged against: the local minimiser of the curve nearest
     * to the last iterate (the valley the run ended in).
     */
    public double target() {
        return curve.nearestMinimum(w[length - 1]);
    }

    /**
     * The regime, judged from the iterates with e_t = w_t − w* ({@link #target()}) at the end
     * of the run, t = T:
     * <ul>
     * <li>diverging: a value became non-finite, or |e_T| is above |e_0| and grew over each of
     * the last two steps;</li>
     * <li>otherwise, if the swings still shrink (|e_T| below |e_0| and below |e_{T−2}|, two
     * steps back so that a swing to and fro counts as one; or w is on w* to within 1e-9):
     * oscillating if the last steps that moved measurably (|e| &gt; 1e-9 on both ends; at least
     * one, at most the last three) each crossed w* (e_t·e_{t−1} &lt; 0); else converging if
     * |e_T| ≤ {@link #TOLERANCE}, crawling if not;</li>
     * <li>bouncing: neither, e.g. a swing to and fro of constant size.</li>
     * </ul>
     * On L = ½c(w − w*)², where e_{t+1} = (1 − αc)e_t, this reproduces the thresholds exactly:
     * converging (or crawling) for α ≤ 1/c, oscillating for 1/c &lt; α &lt; 2/c, bouncing at
     * α = 2/c, diverging beyond.
     */
    public Regime regime() {
        if (diverged) {
            return Regime.DIVERGING;
        }
        double target = target();
        int last = length - 1;
        double e0 = Math.abs(w[0] - target);
        double eT = Math.abs(w[last] - target);
        boolean shrinking = eT <= SIDE_NOISE
                || eT < e0 && (last < 2 || eT < (1 - 1e-9) * Math.abs(w[last - 2] - target));
        if (shrinking) {
            if (overshooting(target)) {
                return Regime.OSCILLATING;
            }
            return eT <= TOLERANCE ? Regime.CONVERGING : Regime.CRAWLING;
        }
        if (eT > e0 && last >= 2
                && eT > Math.abs(w[last - 1] - target)
                && Math.abs(w[last - 1] - target) > Math.abs(w[last - 2] - target)) {
            return Regime.DIVERGING;
        }
        return Regime.BOUNCING;
    }

    /** Whether the last measurable steps (up to three) each jumped over w*; at least one must have. */
    private boolean overshooting(double target) {
        int crossings = 0;
        for (int t = length - 1; t >= 1 && crossings < 3; t--) {
            double before = w[t - 1] - target;
            double after = w[t] - target;
            if (Math.abs(before) <= SIDE_NOISE || Math.abs(after) <= SIDE_NOISE) {
                continue;
            }
            if (before * after > 0) {
                return false;
            }
            crossings++;
        }
        return crossings > 0;
    }

    private int check(int t) {
        if (t < 0 || t >= length) {
            throw new IndexOutOfBoundsException("iterate " + t + " of " + length);
        }
        return t;
    }
}
