package backproplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Descent1DTest {

    /** L(w) = (w − 1)², ½c(w − 1)² with c = 2: so the thresholds are α = 1/c = 0.5 and α = 2/c = 1. */
    private static final QuadraticCurve C2 = new QuadraticCurve(2, 1, 0);

    private static Regime regime(Curve1D curve, double alpha) {
        return Descent1D.run(curve, curve.start(), alpha).regime();
    }

    @Test
    void oneStepMovesAgainstTheSlopeByAlphaTimesTheSlope() {
        assertEquals(3 - 0.1 * 4, Descent1D.step(3, 4, 0.1), 0);
        assertEquals(-1 + 0.5 * 2, Descent1D.step(-1, -2, 0.5), 0);
        // on the quadratic from w₀ = −1.5 (slope 2·(−2.5) = −5) with α = 0.1: w₁ = −1.5 + 0.5 = −1
        Descent1D run = Descent1D.run(C2, -1.5, 0.1, 3);
        assertEquals(4, run.length());
        assertEquals(-1.5, run.w(0), 0);
        assertEquals(-5, run.slope(0), 0);
        assertEquals(6.25, run.loss(0), 0);
        assertEquals(-1.0, run.w(1), 1e-15);
        // each step shrinks the distance to w* by the factor 1 − αc = 0.8
        assertEquals(-2.5 * 0.8 * 0.8 * 0.8, run.w(3) - 1, 1e-14);
        assertFalse(run.diverged());
    }

    @Test
    void theArrowGoesFromTheCurveAtWtToTheCurveAtTheNextW() {
        Descent1D run = Descent1D.run(C2, -1.5, 0.1, 2);
        Descent1D.Arrow arrow = run.arrow(0);
        assertEquals(new Descent1D.Arrow(-1.5, 6.25, run.w(1), C2.value(run.w(1))), arrow);
        assertEquals(-0.1 * run.slope(0), arrow.toW() - arrow.fromW(), 1e-15);
        assertThrows(IndexOutOfBoundsException.class, () -> run.arrow(2));
    }

    @Test
    void theTangentTouchesTheCurveAtWtWithItsSlope() {
        Descent1D run = Descent1D.run(C2, -1.5, 0.1, 1);
        assertEquals(6.25, run.tangent(0, -1.5), 0);
        assertEquals(6.25 - 5 * 1, run.tangent(0, -0.5), 0);
    }

    @Test
    void onTheQuadraticWithCurvature2TheRegimesChangeAtOneHalfAndOne() {
        assertEquals(Regime.CONVERGING, regime(C2, 0.4));
        assertEquals(Regime.OSCILLATING, regime(C2, 0.75));
        assertEquals(Regime.DIVERGING, regime(C2, 1.05));
    }

    @Test
    void theRegimeBoundariesSitExactlyAtOneOverCAndTwoOverC() {
        for (double c : new double[] {2, 5, 0.5}) {
            QuadraticCurve q = new QuadraticCurve(c, -0.5, 1);
            double a1 = 1 / c;
            double a2 = 2 / c;
            double eps = 1e-6 * a1;
            assertEquals(Regime.CONVERGING, regime(q, a1 - eps), "c = " + c);
            // at α = 1/c one step lands on w*: the fastest possible descent
            Descent1D oneStep = Descent1D.run(q, q.start(), a1);
            assertEquals(q.wStar(), oneStep.w(1), 1e-15);
            assertEquals(Regime.CONVERGING, oneStep.regime());
            assertEquals(Regime.OSCILLATING, regime(q, a1 + eps), "c = " + c);
            assertEquals(Regime.OSCILLATING, regime(q, a2 - eps), "c = " + c);
            // at α = 2/c each step reflects w about w*: it swings forever with the same amplitude
            assertEquals(Regime.BOUNCING, regime(q, a2), "c = " + c);
            assertEquals(Regime.DIVERGING, regime(q, a2 + eps), "c = " + c);
        }
    }

    @Test
    void aTinyLearningRateIsNamedCrawling() {
        Descent1D run = Descent1D.run(C2, C2.start(), 0.001);
        assertEquals(Regime.CRAWLING, run.regime());
        // 100 steps of factor 0.998 leave 0.998¹⁰⁰ ≈ 82 % of the way still to go
        assertEquals(Math.pow(0.998, 100), (run.w(100) - 1) / (run.w(0) - 1), 1e-12);
        for (int t = 1; t < run.length(); t++) {
            assertTrue(run.loss(t) < run.loss(t - 1), "every step goes downhill");
        }
    }

    @Test
    void anExtremeLearningRateStopsWithoutANaNAndIsReportedAsDiverged() {
        for (Curve1D curve : Curve1D.all()) {
            Descent1D run = Descent1D.run(curve, curve.start(), 1e3);
            for (int t = 0; t < run.length(); t++) {
                assertTrue(Double.isFinite(run.w(t)) && Double.isFinite(run.loss(t)) && Double.isFinite(run.slope(t)),
                        curve.id() + " at t = " + t);
            }
        }
        Descent1D quadratic = Descent1D.run(C2, C2.start(), 1e3);
        assertTrue(quadratic.diverged());
        assertTrue(quadratic.length() < Descent1D.STEPS + 1);
        assertEquals(Regime.DIVERGING, quadratic.regime());
        assertEquals(Regime.DIVERGING, regime(new TwoMinimaCurve(), 1e3));
    }

    @Test
    void onTheLogLossTooLargeAStepBouncesInsteadOfRunningAway() {
        // the slope is bounded (|L'| ≤ 12), so the iterates stay within α·12 of where they were
        LogLossCurve curve = new LogLossCurve();
        Descent1D run = Descent1D.run(curve, curve.start(), 1e3);
        assertFalse(run.diverged());
        assertEquals(Regime.BOUNCING, run.regime());
    }

    @Test
    void onTheLogLossTheLocalThresholdTwoOverCurvatureSeparatesSettlingFromNot() {
        LogLossCurve curve = new LogLossCurve();
        double wStar = curve.minima()[0];
        double threshold = 2 / curve.curvature(wStar);
        Descent1D below = Descent1D.run(curve, curve.start(), 0.97 * threshold, 400);
        assertEquals(Regime.OSCILLATING, below.regime());
        assertEquals(wStar, below.w(400), 1e-3);
        Descent1D above = Descent1D.run(curve, curve.start(), 1.03 * threshold, 400);
        assertTrue(Math.abs(above.w(400) - wStar) > 1e-2, "does not settle: " + above.w(400));
        assertEquals(Regime.BOUNCING, above.regime());
        assertEquals(Regime.CONVERGING, regime(curve, 0.5 / curve.curvature(wStar)));
        assertEquals(Regime.CRAWLING, regime(curve, 0.001));
    }

    @Test
    void onTwoMinimaGradientDescentSettlesInTheValleyItStartsIn() {
        TwoMinimaCurve curve = new TwoMinimaCurve();
        Descent1D right = Descent1D.run(curve, curve.start(), 0.05);
        assertEquals(Regime.CONVERGING, right.regime());
        assertEquals(curve.minima()[1], right.target(), 0);
        assertEquals(curve.minima()[1], right.w(right.length() - 1), 1e-3);
        Descent1D left = Descent1D.run(curve, -1.7, 0.05);
        assertEquals(curve.minima()[0], left.target(), 0);
    }

    @Test
    void aRunOfZeroStepsHoldsOnlyTheStart() {
        Descent1D run = Descent1D.run(C2, 0.25, 0.1, 0);
        assertEquals(1, run.length());
        assertEquals(0.25, run.w(0), 0);
        assertThrows(IndexOutOfBoundsException.class, () -> run.w(1));
        assertThrows(IllegalArgumentException.class, () -> Descent1D.run(C2, 0, 0.1, -1));
    }
}
