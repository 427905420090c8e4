package backproplab.lessons;

import backproplab.data.Feature;
import backproplab.data.Points;

/**
 * A data set as a linear classifier sees it: each point's input vector x (x₁, x₂ and, when
 * lifted, x₁x₂: docs/notation.md §4, feature engineering) in one flat array, and its label y ∈ {0, 1}.
 */
public final class LinearInputs {
    private static final Feature[] PLANE = {Feature.X, Feature.Y};
    private static final Feature[] LIFTED = {Feature.X, Feature.Y, Feature.X_TIMES_Y};

    public final ClassifierData data;
    public final Feature[] features;
    public final int count;
    /** Inputs per point: 2, or 3 with x₁x₂. */
    public final int d;
    /** The points in the plane (page units). */
    public final double[] x1;
    public final double[] x2;
    /** Flat count × d input vectors. */
    final double[] xs;
    /** Labels y ∈ {0, 1}: 1 = pass / true. */
    final int[] y;

    public LinearInputs(ClassifierData data, boolean x1x2) {
        this.data = data;
        this.features = x1x2 ? LIFTED : PLANE;
        Points p = data.points();
        count = p.count;
        d = features.length;
        x1 = p.x1.clone();
        x2 = p.x2.clone();
        xs = new double[count * d];
        y = new int[count];
        double[] row = new double[d];
        for (int i = 0; i < count; i++) {
            Feature.fill(features, x1[i], x2[i], row);
            System.arraycopy(row, 0, xs, i * d, d);
            y[i] = p.label[i] > 0 ? 1 : 0;
        }
    }

    public int y(int i) {
        return y[i];
    }

    /** Input k of point i. */
    public double x(int i, int k) {
        return xs[i * d + k];
    }

    public boolean lifted() {
        return d == 3;
    }

    /** wᵀx + b at the plane point (x₁, x₂), x lifted like the data. */
    double a(double[] w, double b, double p1, double p2) {
        double s = b + w[0] * p1 + w[1] * p2;
        return d == 3 ? s + w[2] * p1 * p2 : s;
    }

    /** wᵀx_i + b for point i. */
    double a(double[] w, double b, int i) {
        double s = b;
        for (int k = 0; k < d; k++) {
            s += w[k] * xs[i * d + k];
        }
        return s;
    }
}
