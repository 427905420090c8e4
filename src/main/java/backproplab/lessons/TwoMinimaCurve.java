package backproplab.lessons;

/**
 * L(w) = w⁴ − 2w² + ½w + 2: a smooth non-convex curve with a deep minimum near w = −1.06
 * and a shallower one near w = 0.93, separated by a hump near w = 0.13. Started on the
 * right, gradient descent settles in the shallow valley: the slope only knows where it is.
 */
public final class TwoMinimaCurve implements Curve1D {
    private final double[] minima;

    public TwoMinimaCurve() {
        // the roots of L'(w) = 4w³ − 4w + ½ either side of the hump, by Newton from ±1
        minima = new double[] {stationaryPointNear(-1), stationaryPointNear(1)};
    }

    @Override
    public String id() {
        return "two-minima";
    }

    @Override
    public String label() {
        return "two minima";
    }

    @Override
    public double value(double w) {
        double w2 = w * w;
        return w2 * w2 - 2 * w2 + 0.5 * w + 2;
    }

    @Override
    public double slope(double w) {
        return 4 * w * w * w - 4 * w + 0.5;
    }

    @Override
    public double curvature(double w) {
        return 12 * w * w - 4;
    }

    @Override
    public double[] minima() {
        return minima.clone();
    }

    @Override
    public double wFrom() {
        return -2;
    }

    @Override
    public double wTo() {
        return 2;
    }

    @Override
    public double start() {
        return 1.7;
    }

    @Override
    public String formula() {
        return "L(w) = w⁴ − 2w² + ½w + 2";
    }

    private double stationaryPointNear(double w) {
        for (int i = 0; i < 50; i++) {
            w -= slope(w) / curvature(w);
        }
        return w;
    }
}
