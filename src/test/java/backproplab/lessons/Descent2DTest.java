package backproplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.nn.Optimizer;
import org.junit.jupiter.api.Test;

class Descent2DTest {

    private static final LogisticSurface2D SURFACE = LogisticSurface2D.standard();

    private static double distance(LossPoint p, LossPoint q) {
        return Math.hypot(p.w1() - q.w1(), p.w2() - q.w2());
    }

    @Test
    void theMinimumGradientDescentFindsMatchesAFineGridSearch() {
        LossPoint gd = Descent2D.run(SURFACE, Optimizer.SGD, -1.5, 2, 0.1, 2000).last();
        // 2001 × 2001 over the plotting box (spacing 0.00325), then 201 × 201 around the best cell
        double w1From = SURFACE.w1From();
        double w2From = SURFACE.w2From();
        double cell = (SURFACE.w1To() - w1From) / 2000;
        LossPoint coarse = Descent2D.gridSearch(SURFACE, w1From, SURFACE.w1To(), w2From, SURFACE.w2To(), 2001);
        LossPoint fine = Descent2D.gridSearch(SURFACE, coarse.w1() - cell, coarse.w1() + cell,
                coarse.w2() - cell, coarse.w2() + cell, 201);
        assertEquals(fine.w1(), gd.w1(), 1e-3);
        assertEquals(fine.w2(), gd.w2(), 1e-3);
        assertEquals(fine.loss(), gd.loss(), 1e-3);
        // and Newton's minimum, which the page prints, is the same point
        LossPoint min = SURFACE.minimum();
        assertEquals(fine.w1(), min.w1(), 1e-3);
        assertEquals(fine.w2(), min.w2(), 1e-3);
        assertEquals(fine.loss(), min.loss(), 1e-6);
    }

    @Test
    void gradientDescentIsTheUpdateRuleWMinusAlphaTimesTheGradient() {
        Descent2D run = Descent2D.run(SURFACE, Optimizer.SGD, -1, 1, 0.05, 1);
        double[] g = new double[2];
        SURFACE.gradient(-1, 1, g);
        assertEquals(-1 - 0.05 * g[0], run.w1(1), 0);
        assertEquals(1 - 0.05 * g[1], run.w2(1), 0);
        assertEquals(SURFACE.loss(run.w1(1), run.w2(1)), run.loss(1), 0);
    }

    @Test
    void momentumsFirstStepIsAPlainStepAndItsSecondCarriesNineTenthsOfIt() {
        Descent2D gd = Descent2D.run(SURFACE, Optimizer.SGD, -1, 1, 0.05, 1);
        Descent2D momentum = Descent2D.run(SURFACE, Optimizer.MOMENTUM, -1, 1, 0.05, 2);
        assertEquals(gd.w1(1), momentum.w1(1), 0);
        double[] g = new double[2];
        SURFACE.gradient(momentum.w1(1), momentum.w2(1), g);
        double v1 = 0.9 * (momentum.w1(1) - momentum.w1(0)) - 0.05 * g[0];
        assertEquals(momentum.w1(1) + v1, momentum.w1(2), 1e-15);
    }

    @Test
    void adamsFirstStepHasLengthAlphaInEachWeight() {
        // with the bias correction m̂ = g and v̂ = g², so the step is α·g/|g| = ±α per weight
        Descent2D adam = Descent2D.run(SURFACE, Optimizer.ADAM, -1, 1, 0.05, 1);
        assertEquals(0.05, Math.abs(adam.w1(1) - adam.w1(0)), 1e-9);
        assertEquals(0.05, Math.abs(adam.w2(1) - adam.w2(0)), 1e-9);
    }

    @Test
    void momentumAndAdamPathsReachTheMinimumsNeighbourhood() {
        LossPoint min = SURFACE.minimum();
        LossPoint momentum = Descent2D.run(SURFACE, Optimizer.MOMENTUM, -1.5, 2, 0.02, 300).last();
        LossPoint adam = Descent2D.run(SURFACE, Optimizer.ADAM, -1.5, 2, 0.05, 300).last();
        assertTrue(distance(momentum, min) < 0.05, "momentum ends " + distance(momentum, min) + " away");
        assertTrue(distance(adam, min) < 0.05, "Adam ends " + distance(adam, min) + " away");
        assertEquals(min.loss(), momentum.loss(), 1e-3);
        assertEquals(min.loss(), adam.loss(), 1e-3);
    }

    @Test
    void momentumGetsCloserThanPlainGradientDescentInTheSameStepsDownTheLongValley() {
        LossPoint min = SURFACE.minimum();
        LossPoint gd = Descent2D.run(SURFACE, Optimizer.SGD, -1.5, 2, 0.02, 100).last();
        LossPoint momentum = Descent2D.run(SURFACE, Optimizer.MOMENTUM, -1.5, 2, 0.02, 100).last();
        assertTrue(distance(momentum, min) < distance(gd, min) / 2,
                "GD " + distance(gd, min) + ", momentum " + distance(momentum, min));
    }

    @Test
    void anExtremeLearningRateNeverProducesANaN() {
        for (Optimizer method : Optimizer.values()) {
            Descent2D run = Descent2D.run(SURFACE, method, -1.5, 2, 1e3, 200);
            for (int t = 0; t < run.length(); t++) {
                assertTrue(Double.isFinite(run.w1(t)) && Double.isFinite(run.w2(t)) && Double.isFinite(run.loss(t)),
                        method + " at t = " + t);
            }
            assertFalse(Double.isNaN(run.last().loss()));
        }
    }

    @Test
    void theGridSearchFindsTheLowestGridPointIncludingTheEnds() {
        LossPoint p = Descent2D.gridSearch(SURFACE, 5, 6, 5, 6, 2);
        double best = Math.min(Math.min(SURFACE.loss(5, 5), SURFACE.loss(5, 6)),
                Math.min(SURFACE.loss(6, 5), SURFACE.loss(6, 6)));
        assertEquals(best, p.loss(), 0);
    }
}
