package backproplab.lessons;

/**
 * The log loss of a two-weight logistic regression ŷ_i = σ(w₁x_{i1} + w₂x_{i2}) over the
 * weight plane: L(w) = Σ_i ℓ(y_i, σ(wᵀx_i)), the lecture's sum (docs/notation.md §2), not the mean.
 * No bias: the point of the picture is the plane of the two weights.
 *
 * <p>The standard data set is not linearly separable (not even by a line through the origin,
 * which is all a bias-free model can draw): whatever w, some point is on the wrong side, so L
 * grows in every direction and has a finite minimum, found here by Newton's method.
 */
public final class LogisticSurface2D {
    private final double[] x1;
    private final double[] x2;
    private final int[] y;
    private final LossPoint minimum;

    /**
     * "Will I pass?" with both features centred: four passes, four fails, and one of each on
     * the other side of the crowd, so that no line through the origin separates them. Its
     * valley is about 13 times as steep across as along, so plain gradient descent zig-zags
     * and momentum visibly helps.
     */
    public static LogisticSurface2D standard() {
        return new LogisticSurface2D(
                new double[] {1.5, 1.5, 2.0, -0.5, -0.5, -1.0, -2.5, 2.5},
                new double[] {0.5, 1.0, 1.5, -2.0, -1.0, -1.5, -1.5, 2.0},
                new int[] {1, 1, 1, 1, 0, 0, 0, 0});
    }

    /** A surface on the points (x1[i], x2[i]) with labels y[i] ∈ {0, 1}; they must not be separable. */
    public LogisticSurface2D(double[] x1, double[] x2, int[] y) {
        if (x1.length != x2.length || x1.length != y.length || y.length == 0) {
            throw new IllegalArgumentException("need as many x1, x2 and labels, at least one");
        }
        this.x1 = x1.clone();
        this.x2 = x2.clone();
        this.y = y.clone();
        minimum = newtonMinimum();
    }

    public int size() {
        return y.length;
    }

    public double x1(int i) {
        return x1[i];
    }

    public double x2(int i) {
        return x2[i];
    }

    public int y(int i) {
        return y[i];
    }

    /** L(w₁, w₂) = Σ_i ℓ(y_i, σ(w₁x_{i1} + w₂x_{i2})). */
    public double loss(double w1, double w2) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += LogLoss.value(y[i], w1 * x1[i] + w2 * x2[i]);
        }
        return sum;
    }

    /** ∇L = Σ_i (σ(wᵀx_i) − y_i)·x_i, written into out[0], out[1] (no allocation: the page calls it per frame). */
    public void gradient(double w1, double w2, double[] out) {
        double g1 = 0;
        double g2 = 0;
        for (int i = 0; i < y.length; i++) {
            double d = LogLoss.slope(y[i], w1 * x1[i] + w2 * x2[i]);
            g1 += d * x1[i];
            g2 += d * x2[i];
        }
        out[0] = g1;
        out[1] = g2;
    }

    /** The minimiser w* and the minimum L(w*), as the slide prints them. */
    public LossPoint minimum() {
        return minimum;
    }

    /** Left end of the plotting box in w₁: the minimum ± 3.25 in each weight. */
    public double w1From() {
        return minimum.w1() - 3.25;
    }

    public double w1To() {
        return minimum.w1() + 3.25;
    }

    public double w2From() {
        return minimum.w2() - 3.25;
    }

    public double w2To() {
        return minimum.w2() + 3.25;
    }

    /**
     * {@code count} loss values for contour lines, L* + (L_max − L*)·(k/count)² for k = 1…count,
     * with L_max the largest loss on the corners of the plotting box: squaring the spacing puts
     * more lines near the minimum, where the loss is flat.
     */
    public double[] contourLevels(int count) {
        double top = Math.max(Math.max(loss(w1From(), w2From()), loss(w1From(), w2To())),
                Math.max(loss(w1To(), w2From()), loss(w1To(), w2To())));
        double[] levels = new double[count];
        for (int k = 1; k <= count; k++) {
            double f = (double) k / count;
            levels[k - 1] = minimum.loss() + (top - minimum.loss()) * f * f;
        }
        return levels;
    }

    public String formula() {
        return "L(w) = Σᵢ −[yᵢ log σ(w₁xᵢ₁ + w₂xᵢ₂) + (1−yᵢ) log(1−σ(w₁xᵢ₁ + w₂xᵢ₂))]";
    }

    /**
     * Newton's method w ← w − H⁻¹∇L with H = Σ_i σ'(a_i)·x_i x_iᵀ, halving a step until it
     * lowers L (a full Newton step can overshoot far from the minimum). Converges in a few
     * dozen iterations to the last bit; the tests check it against a grid search.
     */
    private LossPoint newtonMinimum() {
        double w1 = 0;
        double w2 = 0;
        double l = loss(w1, w2);
        double[] g = new double[2];
        for (int iteration = 0; iteration < 100; iteration++) {
            gradient(w1, w2, g);
            double h11 = 0;
            double h12 = 0;
            double h22 = 0;
            for (int i = 0; i < y.length; i++) {
                double s = LogLoss.curvature(w1 * x1[i] + w2 * x2[i]);
                h11 += s * x1[i] * x1[i];
                h12 += s * x1[i] * x2[i];
                h22 += s * x2[i] * x2[i];
            }
            double det = h11 * h22 - h12 * h12;
            if (!(det > 0)) {
                throw new IllegalArgumentException("the data set is separable: the log loss has no finite minimum");
            }
            double d1 = (h22 * g[0] - h12 * g[1]) / det;
            double d2 = (h11 * g[1] - h12 * g[0]) / det;
            double scale = 1;
            double next = loss(w1 - d1, w2 - d2);
            while (next > l && scale > 1e-10) {
                scale *= 0.5;
                next = loss(w1 - scale * d1, w2 - scale * d2);
            }
            if (!(next <= l)) {
                break; // no representable step lowers L any more: converged
            }
            if (Math.abs(d1) + Math.abs(d2) < 1e-15) {
                break; // Newton's step is below the last bit of w: converged
            }
            w1 -= scale * d1;
            w2 -= scale * d2;
            l = next;
        }
        gradient(w1, w2, g);
        if (!(Math.abs(g[0]) + Math.abs(g[1]) < 1e-6)) {
            throw new IllegalArgumentException("the log loss has no finite minimum on this data set");
        }
        return new LossPoint(w1, w2, l);
    }
}
