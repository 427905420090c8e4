package backproplab.lessons;

import backproplab.text.Fmt;
import backproplab.text.JsNumber;

/**
 * L(w) = ½c(w − w*)² + L*: the curve on which gradient descent can be solved by hand.
 * One step gives w_{t+1} − w* = (1 − αc)(w_t − w*), so the iterates approach w* monotonically
 * for α &lt; 1/c, land on it in one step at α = 1/c, overshoot it with shrinking swings for
 * 1/c &lt; α &lt; 2/c, bounce between two points at α = 2/c, and diverge for α &gt; 2/c.
 *
 * @param c     the curvature L'' (positive)
 * @param wStar the minimiser w*
 * @param floor the minimum value L*
 */
public record QuadraticCurve(double c, double wStar, double floor) implements Curve1D {

    public QuadraticCurve {
        if (!(c > 0)) {
            throw new IllegalArgumentException("curvature must be positive: " + JsNumber.format(c));
        }
    }

    @Override
    public String id() {
        return "quadratic";
    }

    @Override
    public String label() {
        return "quadratic";
    }

    @Override
    public double value(double w) {
        double e = w - wStar;
        return 0.5 * c * e * e + floor;
    }

    @Override
    public double slope(double w) {
        return c * (w - wStar);
    }

    @Override
    public double curvature(double w) {
        return c;
    }

    @Override
    public double[] minima() {
        return new double[] {wStar};
    }

    @Override
    public double wFrom() {
        return wStar - 3;
    }

    @Override
    public double wTo() {
        return wStar + 3;
    }

    @Override
    public double start() {
        return wStar - 2.5;
    }

    /** α = 1/c: the one-step learning rate; above it the steps overshoot w*. */
    public double overshootThreshold() {
        return 1 / c;
    }

    /** α = 2/c: above it the steps grow and gradient descent diverges. */
    public double divergenceThreshold() {
        return 2 / c;
    }

    /** As the lecture would write it: ½c folded into one coefficient, (w − 1)² for c = 2. */
    @Override
    public String formula() {
        double k = c / 2;
        String coefficient = k == 1 ? "" : k == 0.5 ? "½" : Fmt.num(k, 4) + "·";
        String shifted = wStar == 0 ? "w" : "(w " + (wStar > 0 ? "− " : "+ ") + Fmt.num(Math.abs(wStar), 4) + ")";
        String constant = floor == 0 ? "" : (floor > 0 ? " + " : " − ") + Fmt.num(Math.abs(floor), 4);
        return "L(w) = " + coefficient + shifted + "²" + constant;
    }
}
