package backproplab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The perceptron rule (docs/notation.md §1): fine on AND and OR, hopeless on XOR. */
class PerceptronTest {
    private static final double[] CORNERS = {0, 0, 0, 1, 1, 0, 1, 1};

    @Test
    void aMistakeMovesTheWeightsByEtaTimesErrorTimesInput() {
        Perceptron p = new Perceptron(2, 0.5);
        assertTrue(p.update(new double[] {1, 2}, 1)); // a = 0 → ŷ = 0, error +1
        assertArrayEquals(new double[] {0.5, 1}, p.w);
        assertEquals(0.5, p.b());
        assertFalse(p.update(new double[] {1, 2}, 1), "now right: nothing moves");
        assertTrue(p.update(new double[] {2, 0}, 0)); // a = 1.5 → ŷ = 1, error −1
        assertArrayEquals(new double[] {-0.5, 1}, p.w);
        assertEquals(0, p.b());
    }

    @Test
    void theRuleConvergesOnAndAndOr() {
        for (int[] ys : new int[][] {{0, 0, 0, 1}, {0, 1, 1, 1}}) {
            Perceptron p = new Perceptron(2, 1);
            int epochs = p.train(CORNERS, ys, 4, 100);
            assertTrue(epochs > 1, "converged after " + epochs + " epochs");
            for (int k = 0; k < 4; k++) {
                assertEquals(ys[k], p.predict(CORNERS, 2 * k));
            }
            assertEquals(0, p.epoch(CORNERS, ys, 4), "a converged perceptron makes no more mistakes");
        }
    }

    @Test
    void theRuleKeepsMakingMistakesOnXorForAThousandEpochs() {
        int[] ys = {0, 1, 1, 0};
        Perceptron p = new Perceptron(2, 1);
        for (int e = 0; e < 1000; e++) {
            assertTrue(p.epoch(CORNERS, ys, 4) > 0, "epoch " + e);
        }
        assertEquals(-1, new Perceptron(2, 0.1).train(CORNERS, ys, 4, 1000));
    }
}
