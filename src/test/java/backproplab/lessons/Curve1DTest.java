package backproplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Curve1DTest {

    private static final double H = 1e-5;

    @Test
    void everyCurvesSlopeAndCurvatureMatchCentralDifferences() {
        for (Curve1D curve : Curve1D.all()) {
            for (int k = 0; k <= 40; k++) {
                double w = curve.wFrom() + (curve.wTo() - curve.wFrom()) * k / 40;
                double slope = (curve.value(w + H) - curve.value(w - H)) / (2 * H);
                double curvature = (curve.slope(w + H) - curve.slope(w - H)) / (2 * H);
                assertEquals(slope, curve.slope(w), 1e-6 * (1 + Math.abs(slope)), curve.id() + " slope at " + w);
                assertEquals(curvature, curve.curvature(w), 1e-6 * (1 + Math.abs(curvature)),
                        curve.id() + " curvature at " + w);
            }
        }
    }

    @Test
    void everyMinimumIsAFlatPointCurvingUpInsideThePlottingRange() {
        for (Curve1D curve : Curve1D.all()) {
            for (double m : curve.minima()) {
                assertEquals(0, curve.slope(m), 1e-12, curve.id());
                assertTrue(curve.curvature(m) > 0, curve.id());
                assertTrue(curve.wFrom() < m && m < curve.wTo(), curve.id());
            }
            assertTrue(curve.wFrom() < curve.start() && curve.start() < curve.wTo(), curve.id());
        }
    }

    @Test
    void theLowestMinimumIsTheLowestPointOfAFineScanOfTheRange() {
        for (Curve1D curve : Curve1D.all()) {
            double scanBest = Double.POSITIVE_INFINITY;
            for (int k = 0; k <= 100000; k++) {
                scanBest = Math.min(scanBest, curve.value(curve.wFrom() + (curve.wTo() - curve.wFrom()) * k / 100000));
            }
            double best = Double.POSITIVE_INFINITY;
            for (double m : curve.minima()) {
                best = Math.min(best, curve.value(m));
            }
            assertEquals(scanBest, best, 1e-8, curve.id());
        }
    }

    @Test
    void theQuadraticIsHalfCTimesTheSquaredDistanceToItsMinimum() {
        QuadraticCurve q = new QuadraticCurve(2, 1, 0.5);
        assertEquals(0.5 * 2 * 9 + 0.5, q.value(-2), 0);
        assertEquals(2 * -3, q.slope(-2), 0);
        assertEquals(0.5, q.overshootThreshold(), 0);
        assertEquals(1.0, q.divergenceThreshold(), 0);
        assertEquals("L(w) = (w − 1)² + 0.5", q.formula());
        assertEquals("L(w) = 1.5·w²", new QuadraticCurve(3, 0, 0).formula());
        assertEquals("L(w) = ½(w + 2)²", new QuadraticCurve(1, -2, 0).formula());
    }

    @Test
    void theTwoMinimaHaveDifferentDepthsWithTheDeeperOnTheLeft() {
        TwoMinimaCurve curve = new TwoMinimaCurve();
        double[] m = curve.minima();
        assertEquals(2, m.length);
        // w⁴ − 2w² has minima at ±1; the tilt ½w moves both left and lowers the left one
        assertTrue(m[0] < -1 && m[0] > -1.1, "left minimum " + m[0]);
        assertTrue(m[1] < 1 && m[1] > 0.9, "right minimum " + m[1]);
        assertTrue(curve.value(m[1]) - curve.value(m[0]) > 0.9, "depth difference");
        assertEquals(1.7, curve.start(), 0); // starts in the shallow valley, on purpose
        assertTrue(curve.start() > 0.13);
    }

    @Test
    void theOneWeightLogLossIsTheSumOfTheLecturesPerPointLogLosses() {
        LogLossCurve curve = new LogLossCurve();
        double w = 0.6;
        double sum = 0;
        for (int i = 0; i < LogLossCurve.size(); i++) {
            double yHat = 1 / (1 + Math.exp(-w * LogLossCurve.x(i)));
            int y = LogLossCurve.y(i);
            sum += -(y * Math.log(yHat) + (1 - y) * Math.log(1 - yHat));
        }
        assertEquals(sum, curve.value(w), 1e-12);
        // at w = 0 every ŷ is ½: six times log 2
        assertEquals(6 * Math.log(2), curve.value(0), 1e-12);
    }

    @Test
    void theOneWeightLogLossHasAFiniteMinimumBecauseTheDataAreNotSeparable() {
        LogLossCurve curve = new LogLossCurve();
        // far out the loss grows linearly, each misclassified point adding |x| to the slope:
        // on the right x = −1 (labelled 1) and x = 1 (labelled 0), slope 1 + 1;
        // on the left the four others, slope −(3 + 2 + 2 + 3)
        assertEquals(2, curve.slope(60), 1e-9);
        assertEquals(-10, curve.slope(-60), 1e-9);
        double wStar = curve.minima()[0];
        assertTrue(wStar > 0.5 && wStar < 1, "w* = " + wStar);
    }

    @Test
    void theLogLossNeverTakesTheLogOfZero() {
        LogLossCurve curve = new LogLossCurve();
        assertEquals(2 * 1e6, curve.value(1e6), 1); // two points misclassified by a = 1e6 each
        assertTrue(Double.isFinite(curve.value(-1e300)));
        assertEquals(0, LogLoss.value(1, 800), 0);
        assertEquals(800, LogLoss.value(0, 800), 0);
        assertEquals(Math.log(2), LogLoss.value(1, 0), 1e-15);
    }

    @Test
    void curvesAreFoundByTheirIds() {
        for (Curve1D curve : Curve1D.all()) {
            assertSame(curve.getClass(), Curve1D.byId(curve.id()).getClass());
            assertNotNull(curve.label());
            assertTrue(curve.formula().startsWith("L(w) = "));
        }
        assertEquals(null, Curve1D.byId("nope"));
    }
}
