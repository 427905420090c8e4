package backproplab.lessons;

import backproplab.text.Keyed;

/**
 * A loss curve L(w) over one weight, for the 1-D picture of gradient descent (docs/notation.md §3):
 * the value, the slope dL/dw that the step w_{t+1} = w_t − α dL/dw(w_t) follows, and the
 * curvature d²L/dw², which sets the learning rates at which that step stops converging.
 */
public interface Curve1D extends Keyed {

    /** L(w). */
    double value(double w);

    /** dL/dw at w. */
    double slope(double w);

    /** d²L/dw² at w. Near a minimum w*, gradient descent converges iff α &lt; 2/L''(w*). */
    double curvature(double w);

    /** The local minimisers, in increasing order. */
    double[] minima();

    /** Left end of the suggested plotting range of w. */
    double wFrom();

    /** Right end of the suggested plotting range of w. */
    double wTo();

    /** The default w_0, chosen to show the curve's lesson (two minima: it starts in the shallow valley). */
    double start();

    /** The curve as a formula in the lecture's notation. */
    String formula();

    /** The curves the page offers, in its order. */
    static Curve1D[] all() {
        return new Curve1D[] {new QuadraticCurve(2, 1, 0), new TwoMinimaCurve(), new LogLossCurve()};
    }

    /** The curve of {@link #all()} whose id is {@code id}, or null. */
    static Curve1D byId(String id) {
        return Keyed.byId(all(), id);
    }

    /** The local minimiser nearest to w (the bottom of the valley w is heading for). */
    default double nearestMinimum(double w) {
        double[] m = minima();
        double best = m[0];
        for (int i = 1; i < m.length; i++) {
            if (Math.abs(m[i] - w) < Math.abs(best - w)) {
                best = m[i];
            }
        }
        return best;
    }
}
