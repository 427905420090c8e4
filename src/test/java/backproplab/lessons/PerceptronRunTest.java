package backproplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PerceptronRunTest {
    private static final double EPS = 1e-12;

    /**
     * The first students of the pass/fail data (hours studied, hours on the project, label), as
     * the data package generates them from the seed "passfail":
     * <pre>
     *   0: (10.655, 0.904) pass     3: (6.929, 1.925) fail
     *   1: (5.164, 11.339) pass     4: (4.847, 12.000) pass
     *   2: (11.835, 8.206) pass     5: (11.499, 2.855) pass
     *                               6: (3.420, 4.760) fail
     * </pre>
     * By hand, from w = 0, b = 0, η = 1, visiting in that order:
     * <ol>
     * <li>point 0: a = 0, ŷ = step(0) = 0 but y = 1, so w = x₀ = (10.655, 0.904), b = 1.</li>
     * <li>points 1, 2: a = 10.655·5.164 + 0.904·11.339 + 1 ≈ 66.3 &gt; 0 and ≈ 134.5 &gt; 0, both pass:
     *     right. Point 3: a = 10.655·6.929 + 0.904·1.925 + 1 ≈ 76.57 &gt; 0, ŷ = 1, y = 0, so
     *     w = x₀ − x₃ = (3.727, −1.021), b = 0.</li>
     * <li>point 4: a = 3.727·4.847 − 1.021·12.000 ≈ 5.81 &gt; 0 right; point 5: ≈ 39.9 &gt; 0 right;
     *     point 6: a = 3.727·3.420 − 1.021·4.760 ≈ 7.89 &gt; 0 but y = 0, so
     *     w = x₀ − x₃ − x₆ = (0.306, −5.781), b = −1.</li>
     * </ol>
     * The expected values are written as those sums of the data's own coordinates.
     */
    @Test
    void theFirstThreeUpdatesOnPassFailMatchTheHandComputation() {
        LinearInputs in = new LinearInputs(ClassifierData.PASS_FAIL, false);
        assertEquals(1, in.y(0));
        assertEquals(0, in.y(3));
        assertEquals(0, in.y(6));
        assertEquals(10.655, in.x1[0], 1e-3);
        assertEquals(0.904, in.x2[0], 1e-3);
        PerceptronRun run = new PerceptronRun(in, 1);

        assertEquals(0, run.update());
        assertEquals(in.x1[0], run.w(0), EPS);
        assertEquals(in.x2[0], run.w(1), EPS);
        assertEquals(1, run.b(), EPS);

        assertEquals(3, run.update());
        assertEquals(in.x1[0] - in.x1[3], run.w(0), EPS);
        assertEquals(in.x2[0] - in.x2[3], run.w(1), EPS);
        assertEquals(0, run.b(), EPS);
        assertEquals(3.727, run.w(0), 1e-3);
        assertEquals(-1.021, run.w(1), 1e-3);

        assertEquals(6, run.update());
        assertEquals(in.x1[0] - in.x1[3] - in.x1[6], run.w(0), EPS);
        assertEquals(in.x2[0] - in.x2[3] - in.x2[6], run.w(1), EPS);
        assertEquals(-1, run.b(), EPS);
        assertEquals(0.306, run.w(0), 1e-3);
        assertEquals(-5.781, run.w(1), 1e-3);

        assertEquals(3, run.updates());
        assertEquals(3, run.mistakesThisEpoch());
        assertEquals(7, run.next());
        assertEquals(0, run.epochsDone());
    }

    @Test
    void thePerceptronConvergesOnPassFailAndThenClassifiesEveryStudent() {
        PerceptronRun run = new PerceptronRun(new LinearInputs(ClassifierData.PASS_FAIL, false), 1);
        assertTrue(run.train(PerceptronSettings.MAX_UPDATES));
        assertEquals(0, run.misclassified());
        assertEquals(-1, run.update(), "a converged run makes no more updates");
        assertEquals(-1, run.cycleFrom());
    }

    @Test
    void etaOnlyScalesTheWeightsWhenStartingFromZero() {
        PerceptronRun one = new PerceptronRun(new LinearInputs(ClassifierData.PASS_FAIL, false), 1);
        PerceptronRun tenth = new PerceptronRun(new LinearInputs(ClassifierData.PASS_FAIL, false), 0.125);
        one.train(PerceptronSettings.MAX_UPDATES);
        tenth.train(PerceptronSettings.MAX_UPDATES);
        assertEquals(one.updates(), tenth.updates());
        assertEquals(one.w(0) * 0.125, tenth.w(0), 1e-9);
        assertEquals(one.b() * 0.125, tenth.b(), 1e-9);
    }

    @Test
    void andAndOrAreLearnt() {
        for (ClassifierData d : new ClassifierData[] {ClassifierData.AND, ClassifierData.OR}) {
            PerceptronRun run = new PerceptronRun(new LinearInputs(d, false), 1);
            assertTrue(run.trainEpochs(100), d.label());
            assertEquals(0, run.misclassified(), d.label());
        }
    }

    /**
     * AND by hand, points in the order (0,0)→0, (0,1)→0, (1,0)→0, (1,1)→1, η = 1: the first
     * epoch's only mistake is (1,1) (a = 0, ŷ = 0), so w = (1, 1), b = 1; then (0,0) has a = 1 &gt; 0
     * but y = 0: w = (1, 1), b = 0.
     */
    @Test
    void andStartsAsWorkedOutByHand() {
        LinearInputs in = new LinearInputs(ClassifierData.AND, false);
        PerceptronRun run = new PerceptronRun(in, 1);
        assertEquals(1, in.x1[3], 0);
        assertEquals(1, in.x2[3], 0);
        assertEquals(3, run.update());
        assertEquals(1, run.w(0), 0);
        assertEquals(1, run.w(1), 0);
        assertEquals(1, run.b(), 0);
        assertEquals(1, run.mistakesLastEpoch());
        assertEquals(0, run.update());
        assertEquals(1, run.w(0), 0);
        assertEquals(1, run.w(1), 0);
        assertEquals(0, run.b(), 0);
    }

    @Test
    void onXorThePerceptronNeverConvergesAndEveryEpochHasAMistake() {
        PerceptronRun run = new PerceptronRun(new LinearInputs(ClassifierData.XOR, false), 1);
        for (int e = 0; e < 1000; e++) {
            assertTrue(run.epoch() > 0, "epoch " + e + " made no update");
            assertTrue(run.misclassified() > 0);
        }
        assertFalse(run.converged());
        assertTrue(run.cycleFrom() >= 0, "with η = 1 and bits, XOR's weights come back exactly");
        assertTrue(run.cycleTo() > run.cycleFrom());
    }

    @Test
    void withTheFeatureX1x2ThePerceptronLearnsXor() {
        PerceptronRun run = new PerceptronRun(new LinearInputs(ClassifierData.XOR, true), 1);
        assertTrue(run.trainEpochs(1000));
        assertEquals(0, run.misclassified());
        // the boundary is a hyperbola in the plane: the lifted feature has a weight
        assertTrue(run.w(2) != 0);
        for (int i = 0; i < 4; i++) {
            assertEquals(run.inputs.y(i), run.a(run.inputs.x1[i], run.inputs.x2[i]) > 0 ? 1 : 0);
        }
    }

    @Test
    void theTruthTablesAreTheFourBitPairs() {
        LinearInputs xor = new LinearInputs(ClassifierData.XOR, false);
        assertEquals(4, xor.count);
        int ones = 0;
        for (int i = 0; i < 4; i++) {
            int b1 = (int) xor.x1[i];
            int b2 = (int) xor.x2[i];
            assertEquals(b1 ^ b2, xor.y(i));
            ones += xor.y(i);
        }
        assertEquals(2, ones);
    }
    /**
     * OR by hand from w = 0, η = 1, points (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→1: (0,1) is the first
     * mistake (a = 0): w = (0, 1), b = 1; then (1,0) has a = 1 and (1,1) a = 2, right, but (0,0)
     * has a = 1 while y = 0: w = (0, 1), b = 0. Now (1,0) has a = 0, a mistake: w = (1, 1), b = 1,
     * then (0,0) again: b = 0, where a = 0, 1, 1, 2 puts every point on its side. So the fourth
     * update ends the run at once (the clean visits that prove it come with it), and the weights
     * before it stay on record for the page to explain it.
     */
    @Test
    void theUpdateThatLeavesNoPointWrongEndsTheRun() {
        LinearInputs in = new LinearInputs(ClassifierData.OR, false);
        for (int i = 0; i < 4; i++) {
            assertEquals(in.x1[i] > 0 || in.x2[i] > 0 ? 1 : 0, in.y(i));
        }
        PerceptronRun run = new PerceptronRun(in, 1);
        assertEquals(1, run.update());
        assertEquals(0, run.update());
        assertEquals(2, run.update());
        assertEquals(1, run.b(), 0);
        assertFalse(run.converged());
        assertEquals(0, run.update());
        assertEquals(0, run.b(), 0);
        assertEquals(0, run.misclassified());
        assertTrue(run.converged(), "no point is wrong: the run is over with this update");
        assertEquals(4, run.updates());
        // the weights before the last update, and a with them: (0,0) had a = b = 1
        assertEquals(1, run.wBefore(0), 0);
        assertEquals(1, run.wBefore(1), 0);
        assertEquals(1, run.bBefore(), 0);
        assertEquals(1, run.aBefore(0), 0);
        assertEquals(3, run.aBefore(3), 0);
        assertEquals(-1, run.update());
    }
}
