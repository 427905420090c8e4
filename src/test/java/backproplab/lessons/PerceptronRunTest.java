package backproplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

public class PerceptronRunTest {
    private static final double EPS = 1e-12;

    /**
     * The perceptron rule worked by hand on the pass/fail data's own coordinates, from w = 0,
     * b = 0, η = 1, visiting the students in order: a student is a mistake when step(a) ≠ y
     * (a = w·x + b, step(0) = 0), and a mistake adds (y − ŷ)·x to w and y − ŷ to b. Returns the
     * first {@code count} mistakes' indices, and leaves w₁, w₂, b after them in {@code wb}.
     */
    public static int[] mistakesByHand(LinearInputs in, int count, double[] wb) {
        int[] found = new int[count];
        double w1 = 0;
        double w2 = 0;
        double b = 0;
        int n = 0;
        for (int i = 0; n < count; i = (i + 1) % in.count) {
            double a = w1 * in.x1[i] + w2 * in.x2[i] + b;
            int predicted = a > 0 ? 1 : 0;
            int sign = in.y(i) - predicted;
            if (sign != 0) {
                w1 += sign * in.x1[i];
                w2 += sign * in.x2[i];
                b += sign;
                found[n++] = i;
            }
        }
        wb[0] = w1;
        wb[1] = w2;
        wb[2] = b;
        return found;
    }

    @Test
    void theFirstThreeUpdatesOnPassFailMatchTheHandComputation() {
        LinearInputs in = new LinearInputs(ClassifierData.PASS_FAIL, false);
        PerceptronRun run = new PerceptronRun(in, 1);
        double[] wb = new double[3];
        for (int k = 1; k <= 3; k++) {
            int[] byHand = mistakesByHand(in, k, wb);
            assertEquals(byHand[k - 1], run.update(), "update " + k);
            assertEquals(wb[0], run.w(0), EPS);
            assertEquals(wb[1], run.w(1), EPS);
            assertEquals(wb[2], run.b(), EPS);
        }
        int[] three = mistakesByHand(in, 3, wb);
        assertEquals(3, run.updates());
        assertEquals((three[2] + 1) % in.count, run.next());
        assertEquals(three[2] > three[0] ? 0 : 1, run.epochsDone());
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
