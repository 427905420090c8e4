package backproplab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The layer-at-a-time activation (the engine's hot loop) computes exactly what the per-unit
 * formulas of docs/notation.md §5 compute: the same bits, for every activation, including ±0, the
 * saturated tails and a LeakyReLU with a non-default slope.
 */
class LayerwiseActivationTest {
    private static final double[] A = {-0.0, 0.0, 1e-300, -1e-300, 0.3, -0.3, 1, -1, 2.5, -2.5, 7, -7, 19.9, -19.9, 25, -25, 700, -800};

    private static Activation[] activations() {
        Activation[] all = Activation.all();
        Activation[] out = java.util.Arrays.copyOf(all, all.length + 1);
        out[all.length] = Activation.leakyRelu(0.2);
        return out;
    }

    @Test
    void applyGivesTheBitsOfValueUnitByUnit() {
        for (Activation f : activations()) {
            double[] z = new double[A.length];
            f.apply(A, z, 0, A.length);
            for (int k = 0; k < A.length; k++) {
                assertEquals(Double.doubleToRawLongBits(f.value(A[k])), Double.doubleToRawLongBits(z[k]), f.id() + " at " + A[k]);
            }
            double[] inPlace = A.clone();
            f.apply(inPlace, inPlace, 0, A.length);
            assertEquals(java.util.Arrays.toString(z), java.util.Arrays.toString(inPlace), f.id() + " in place");
            double[] part = new double[A.length];
            java.util.Arrays.fill(part, 7);
            f.apply(A, part, 2, 5); // a range: the grid's slices
            for (int k = 0; k < A.length; k++) {
                assertEquals(k >= 2 && k < 5 ? z[k] : 7, part[k], f.id() + " range, at " + k);
            }
        }
    }

    @Test
    void multiplyByDerivativeGivesTheBitsOfDeltaTimesDerivativeUnitByUnit() {
        for (Activation f : activations()) {
            double[] z = new double[A.length];
            f.apply(A, z, 0, A.length);
            double[] delta = new double[A.length];
            for (int k = 0; k < A.length; k++) {
                delta[k] = k % 2 == 0 ? 0.37 : -1.3;
            }
            double[] expected = delta.clone();
            f.multiplyByDerivative(delta, A, z, A.length);
            for (int k = 0; k < A.length; k++) {
                double want = expected[k] * f.derivative(A[k], z[k]);
                assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(delta[k]), f.id() + " at " + A[k]);
            }
        }
    }
}
