package backproplab.lessons;

/**
 * The log loss of a one-weight logistic regression ŷ_i = σ(w·x_i) (no bias) on six labelled
 * points: L(w) = Σ_i ℓ(y_i, σ(w·x_i)), the lecture's sum (docs/notation.md §2).
 *
 * <p>The points are not separable by the sign of w·x: x = −1 is labelled 1 and x = 1 is
 * labelled 0. So every w misclassifies some point, the loss grows without bound both ways
 * (linearly, like |w|), and a finite minimum exists without a regularising term. Because the
 * slope stays bounded (|L'| ≤ Σ|x_i| = 12), a too-large α makes the iterates bounce around
 * rather than run off to infinity.
 */
public final class LogLossCurve implements Curve1D {
    private static final double[] X = {-3, -2, -1, 1, 2, 3};
    private static final int[] Y = {0, 0, 1, 0, 1, 1};

    private final double wStar;

    public LogLossCurve() {
        // Newton from w = 0, where L'' is largest (each σ(1−σ) peaks at a = 0); L is convex
        double w = 0;
        for (int i = 0; i < 50; i++) {
            w -= slope(w) / curvature(w);
        }
        wStar = w;
    }

    @Override
    public String id() {
        return "logloss";
    }

    @Override
    public String label() {
        return "log loss, one weight";
    }

    /** The data point x_i. */
    public static double x(int i) {
        return X[i];
    }

    /** The label y_i ∈ {0, 1}. */
    public static int y(int i) {
        return Y[i];
    }

    /** Number of data points. */
    public static int size() {
        return X.length;
    }

    @Override
    public double value(double w) {
        double sum = 0;
        for (int i = 0; i < X.length; i++) {
            sum += LogLoss.value(Y[i], w * X[i]);
        }
        return sum;
    }

    /** dL/dw = Σ_i (σ(w·x_i) − y_i)·x_i. */
    @Override
    public double slope(double w) {
        double sum = 0;
        for (int i = 0; i < X.length; i++) {
            sum += LogLoss.slope(Y[i], w * X[i]) * X[i];
        }
        return sum;
    }

    /** d²L/dw² = Σ_i σ(w·x_i)(1 − σ(w·x_i))·x_i². */
    @Override
    public double curvature(double w) {
        double sum = 0;
        for (int i = 0; i < X.length; i++) {
            sum += LogLoss.curvature(w * X[i]) * X[i] * X[i];
        }
        return sum;
    }

    @Override
    public double[] minima() {
        return new double[] {wStar};
    }

    @Override
    public double wFrom() {
        return -2;
    }

    @Override
    public double wTo() {
        return 3;
    }

    @Override
    public double start() {
        return -1.5;
    }

    @Override
    public String formula() {
        return "L(w) = Σᵢ −[yᵢ log σ(w·xᵢ) + (1−yᵢ) log(1−σ(w·xᵢ))]";
    }
}
