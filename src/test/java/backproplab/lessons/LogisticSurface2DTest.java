package backproplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogisticSurface2DTest {

    private static final LogisticSurface2D SURFACE = LogisticSurface2D.standard();

    @Test
    void theLossIsTheLecturesSumOfLogLossesOverTheDataSet() {
        double w1 = 0.7;
        double w2 = -1.3;
        double sum = 0;
        for (int i = 0; i < SURFACE.size(); i++) {
            double yHat = 1 / (1 + Math.exp(-(w1 * SURFACE.x1(i) + w2 * SURFACE.x2(i))));
            int y = SURFACE.y(i);
            sum += -(y * Math.log(yHat) + (1 - y) * Math.log(1 - yHat));
        }
        assertEquals(sum, SURFACE.loss(w1, w2), 1e-12);
        assertEquals(SURFACE.size() * Math.log(2), SURFACE.loss(0, 0), 1e-12);
    }

    @Test
    void theGradientMatchesCentralDifferences() {
        double[] g = new double[2];
        double h = 1e-6;
        for (double w1 = -3; w1 <= 3; w1 += 0.75) {
            for (double w2 = -3; w2 <= 3; w2 += 0.75) {
                SURFACE.gradient(w1, w2, g);
                double d1 = (SURFACE.loss(w1 + h, w2) - SURFACE.loss(w1 - h, w2)) / (2 * h);
                double d2 = (SURFACE.loss(w1, w2 + h) - SURFACE.loss(w1, w2 - h)) / (2 * h);
                assertEquals(d1, g[0], 1e-6 * (1 + Math.abs(d1)), "∂L/∂w₁ at " + w1 + ", " + w2);
                assertEquals(d2, g[1], 1e-6 * (1 + Math.abs(d2)), "∂L/∂w₂ at " + w1 + ", " + w2);
            }
        }
    }

    @Test
    void noLineThroughTheOriginSeparatesTheData() {
        // for every direction u of the weight plane some point lies strictly on its wrong side
        // (y = 1 with uᵀx < 0, or y = 0 with uᵀx > 0), so L grows along every ray: a finite minimum
        for (int k = 0; k < 3600; k++) {
            double angle = 2 * Math.PI * k / 3600;
            double u1 = Math.cos(angle);
            double u2 = Math.sin(angle);
            double worst = 0;
            for (int i = 0; i < SURFACE.size(); i++) {
                double a = u1 * SURFACE.x1(i) + u2 * SURFACE.x2(i);
                worst = Math.max(worst, SURFACE.y(i) == 1 ? -a : a);
            }
            assertTrue(worst > 0.1, "direction " + angle);
        }
    }

    @Test
    void theLossStaysFiniteFarFromTheMinimum() {
        double[] g = new double[2];
        for (double r : new double[] {1e3, 1e6, 1e12}) {
            assertTrue(Double.isFinite(SURFACE.loss(r, -r)));
            SURFACE.gradient(r, -r, g);
            assertTrue(Double.isFinite(g[0]) && Double.isFinite(g[1]));
        }
    }

    @Test
    void theMinimumIsAFlatPointInsideThePlottingBox() {
        LossPoint min = SURFACE.minimum();
        double[] g = new double[2];
        SURFACE.gradient(min.w1(), min.w2(), g);
        assertEquals(0, g[0], 1e-9);
        assertEquals(0, g[1], 1e-9);
        assertEquals(SURFACE.loss(min.w1(), min.w2()), min.loss(), 0);
        assertTrue(SURFACE.w1From() < min.w1() && min.w1() < SURFACE.w1To());
        assertTrue(SURFACE.w2From() < min.w2() && min.w2() < SURFACE.w2To());
        // every point misclassified costs at least log 2, and two are: L* > 0 yet below L(0) = 8 log 2
        assertTrue(min.loss() > 2 * Math.log(2) && min.loss() < 8 * Math.log(2), "L* = " + min.loss());
    }

    @Test
    void contourLevelsRiseFromJustAboveTheMinimumToTheBoxCorners() {
        double[] levels = SURFACE.contourLevels(12);
        assertEquals(12, levels.length);
        assertTrue(levels[0] > SURFACE.minimum().loss());
        for (int k = 1; k < levels.length; k++) {
            assertTrue(levels[k] > levels[k - 1]);
        }
        double corner = SURFACE.loss(SURFACE.w1To(), SURFACE.w2To());
        assertTrue(levels[11] >= corner);
    }

    @Test
    void separableDataAreRefusedForHavingNoFiniteMinimum() {
        assertThrows(IllegalArgumentException.class,
                () -> new LogisticSurface2D(new double[] {1, -1, 2}, new double[] {1, -1, 0}, new int[] {1, 0, 1}));
    }
}
