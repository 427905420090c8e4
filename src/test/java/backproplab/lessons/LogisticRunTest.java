package backproplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogisticRunTest {

    /** At w = 0, b = 0 every ŷ is σ(0) = ½, so every ℓ is −log ½ = log 2 and L = N log 2. */
    @Test
    void atZeroEveryPointCostsLogTwo() {
        LogisticRun run = new LogisticRun(new LinearInputs(ClassifierData.PASS_FAIL, false), 0.001);
        assertEquals(0.5, run.yHat(17), 0);
        assertEquals(Math.log(2), run.loss(17), 1e-15);
        assertEquals(100 * Math.log(2), run.loss(), 1e-12);
    }

    /**
     * On AND (bits, order (0,0), (0,1), (1,0), (1,1), one true) the first gradient at 0 is, with
     * ŷ − y = ½ for the three false points and −½ for (1,1):
     * ∂L/∂w₁ = ½·0 + ½·0 + ½·1 − ½·1 = 0, likewise ∂L/∂w₂ = 0, and ∂L/∂b = 3·½ − ½ = 1.
     * So one step with α = 1 gives w = (0, 0), b = −1.
     */
    @Test
    void oneStepOnAndMatchesTheHandComputedGradient() {
        LogisticRun run = new LogisticRun(new LinearInputs(ClassifierData.AND, false), 1);
        run.step();
        assertEquals(0, run.lastGradient(0), 1e-15);
        assertEquals(0, run.lastGradient(1), 1e-15);
        assertEquals(1, run.lastGradient(2), 1e-15);
        assertEquals(0, run.w(0), 1e-15);
        assertEquals(-1, run.b(), 1e-15);
        assertEquals(1, run.steps());
    }

    @Test
    void gradientDescentSeparatesPassFailAndLowersTheLoss() {
        LogisticRun run = new LogisticRun(new LinearInputs(ClassifierData.PASS_FAIL, false), 0.001);
        double start = run.loss();
        for (int t = 0; t < 3000; t++) {
            run.step();
        }
        assertTrue(run.loss() < start / 5, "L fell from " + start + " to " + run.loss());
        assertEquals(0, run.misclassified());
        // the pass rule is 2·studied + project ≥ 18: studying weighs about twice as much
        assertTrue(run.w(0) > 1.5 * run.w(1) && run.w(1) > 0);
    }

    /** ∇L is the sum of (ŷᵢ − yᵢ)xᵢ: compare it with central differences of L. */
    @Test
    void theGradientIsTheSlopeOfTheTotalLoss() {
        LinearInputs in = new LinearInputs(ClassifierData.XOR, true);
        LogisticRun run = new LogisticRun(in, 0.3);
        for (int t = 0; t < 5; t++) {
            run.step();
        }
        // L as a function of b alone, around the current parameters, from the per-point losses
        double h = 1e-5;
        double b = run.b();
        double up = 0;
        double down = 0;
        for (int i = 0; i < in.count; i++) {
            double a = run.a(i);
            up += LogLoss.value(in.y(i), a + h);
            down += LogLoss.value(in.y(i), a - h);
        }
        double slope = (up - down) / (2 * h);
        double analytic = 0;
        for (int i = 0; i < in.count; i++) {
            analytic += run.yHat(i) - in.y(i);
        }
        assertEquals(slope, analytic, 1e-8);
        assertEquals(b, run.b(), 0);
    }

    /** XOR's gradient at 0 is exactly 0 (the ½ errors cancel pairwise): a plain line cannot even start. */
    @Test
    void onXorWithoutTheFeatureGradientDescentDoesNotMove() {
        LogisticRun run = new LogisticRun(new LinearInputs(ClassifierData.XOR, false), 1);
        for (int t = 0; t < 100; t++) {
            run.step();
        }
        assertEquals(0, run.w(0), 0);
        assertEquals(0, run.b(), 0);
        assertEquals(4 * Math.log(2), run.loss(), 1e-12);
    }

    @Test
    void withX1x2LogisticRegressionLearnsXor() {
        LogisticRun run = new LogisticRun(new LinearInputs(ClassifierData.XOR, true), 1);
        for (int t = 0; t < 2000; t++) {
            run.step();
        }
        assertEquals(0, run.misclassified());
        assertTrue(run.loss() < 0.5);
    }

    /** At w = 0: ŷ = 0.5, ℓ = −[1·log 0.5 + 0·log 0.5] = log 2 ≈ 0.6931 for a passing student. */
    @Test
    void thePerPointLossIsWorkedOutAsOnTheSlide() {
        LinearInputs in = new LinearInputs(ClassifierData.PASS_FAIL, false);
        LogisticRun run = new LogisticRun(in, 0.001);
        int pass = 0;
        while (in.y(pass) != 1) {
            pass++;
        }
        int fail = 0;
        while (in.y(fail) != 0) {
            fail++;
        }
        assertEquals("ℓ = −[y log ŷ + (1−y) log(1−ŷ)] = −[1·log 0.5 + 0·log 0.5] = 0.6931", run.lossWorking(pass));
        assertEquals("ℓ = −[y log ŷ + (1−y) log(1−ŷ)] = −[0·log 0.5 + 1·log 0.5] = 0.6931", run.lossWorking(fail));
    }
}
