package backproplab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagation (docs/notation.md §6) against finite differences of the loss itself: every
 * analytic ∂L/∂W[l], ∂L/∂b[l] must match the central difference
 * (−f(θ+2h) + 8f(θ+h) − 8f(θ−h) + f(θ−2h)) / 12h, whose error is O(h⁴), over a batch of
 * three examples (so the accumulation over examples is checked too).
 */
public class GradientCheckTest {
    private static final int[][] SHAPES = {{2, 1}, {2, 3, 1}, {7, 8, 8, 8, 8, 8, 8, 1}};
    private static final int EXAMPLES = 3;
    /** Round-off in f costs ~ε·L/h and the stencil's truncation ~h⁴: both near 1e-13 here. */
    private static final double H = 1e-3;
    /** Relative error = |analytic − numeric| / max(|analytic| + |numeric|, FLOOR): below FLOOR the error is judged absolutely. */
    private static final double FLOOR = 1e-6;
    private static final double TOLERANCE = 1e-6;
    /** Examples whose ReLU/LeakyReLU pre-activations come this close to the kink at 0 are redrawn. */
    private static final double KINK = 1e-4;

    private static double worst;
    private static String worstCase = "";
    private static int checked;
    private static int skipped;

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Activation hidden : Activation.all()) {
            if (hidden.kind() == Activation.Kind.STEP) {
                continue; // flat almost everywhere: nothing to check
            }
            for (Head head : Head.values()) {
                cases.add(Arguments.of(hidden, head));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} hidden, {1}")
    @MethodSource("cases")
    void backpropagationMatchesCentralDifferencesOfTheLoss(Activation hidden, Head head) {
        Rng rng = Rng.fromString(hidden.id() + "/" + head);
        for (int[] shape : SHAPES) {
            double error = check(shape, hidden, head, rng);
            assertTrue(error < TOLERANCE, shapeText(shape) + ": worst relative error " + error);
        }
    }

    @Test
    void theSlidesBackwardFromTheOutputGradientEqualsTheLossesDelta() {
        Rng rng = new Rng(7);
        Network net = new Network(new int[] {3, 4, 2}, Activation.SILU, Activation.TANH);
        randomParameters(net, rng);
        double[] x = {0.3, -0.7, 0.9};
        double[] t = {0.5, -0.25};

        net.zeroGradients();
        double[] o = net.forward(x);
        net.backward(new double[] {o[0] - t[0], o[1] - t[1]}); // ∂(½(o−t)²)/∂o
        double[] fromOutputGradient = flatGradient(net);

        net.zeroGradients();
        net.forward(x);
        net.backward(Loss.SQUARED, t, 0);
        assertArrayEquals(flatGradient(net), fromOutputGradient, 1e-15);
    }

    @AfterAll
    static void printWorst() {
        System.out.println("GradientCheckTest: worst relative error " + worst + " (" + worstCase + "); "
                + checked + " partial derivatives checked, " + skipped + " skipped for crossing a ReLU kink");
    }

    private static double check(int[] shape, Activation hidden, Head head, Rng rng) {
        Network net = new Network(shape, hidden, head.activation);
        randomParameters(net, rng);
        double[] xs = new double[EXAMPLES * shape[0]];
        double[] ts = new double[EXAMPLES];
        boolean kinked = hidden.kind() == Activation.Kind.RELU || hidden.kind() == Activation.Kind.LEAKY_RELU;
        for (int k = 0; k < EXAMPLES; k++) {
            do {
                for (int i = 0; i < shape[0]; i++) {
                    xs[k * shape[0] + i] = rng.uniform(-1, 1);
                }
                net.forward(xs, k * shape[0]);
            } while (kinked && nearKink(net));
            ts[k] = head.loss == Loss.LOG ? (rng.nextDouble() < 0.5 ? -1 : 1) : rng.uniform(-1, 1);
        }

        net.zeroGradients();
        for (int k = 0; k < EXAMPLES; k++) {
            net.forward(xs, k * shape[0]);
            net.backward(head.loss, ts, k);
        }
        double[] analytic = flatGradient(net);

        double[] theta = new double[net.parameterCount()];
        net.copyParametersTo(theta);
        boolean[] signs = kinked ? hiddenSigns(net, xs) : null;
        double worstHere = 0;
        for (int p = 0; p < theta.length; p++) {
            double[] f = new double[4];
            boolean crossed = false;
            double[] offsets = {2 * H, H, -H, -2 * H};
            for (int s = 0; s < 4; s++) {
                double saved = theta[p];
                theta[p] = saved + offsets[s];
                net.setParameters(theta);
                f[s] = totalLoss(net, head.loss, xs, ts);
                crossed |= kinked && !Arrays.equals(signs, hiddenSigns(net, xs));
                theta[p] = saved;
            }
            net.setParameters(theta);
            if (crossed) {
                skipped++;
                continue;
            }
            double numeric = (-f[0] + 8 * f[1] - 8 * f[2] + f[3]) / (12 * H);
            double error = Math.abs(analytic[p] - numeric) / Math.max(Math.abs(analytic[p]) + Math.abs(numeric), FLOOR);
            checked++;
            worstHere = Math.max(worstHere, error);
            if (error > worst) {
                worst = error;
                worstCase = hidden.id() + " hidden, " + head + ", " + shapeText(shape) + ", parameter " + p;
            }
        }
        return worstHere;
    }

    /**
     * Xavier weights, so that neither the tanh output saturates nor deep gradients vanish into
     * round-off, and biases U(−0.5, 0.5), so that their gradients are exercised from nonzero values.
     */
    private static void randomParameters(Network net, Rng rng) {
        net.init(Init.XAVIER, rng);
        for (int l = 1; l <= net.L; l++) {
            for (int j = 0; j < net.n[l]; j++) {
                net.b[l][j] = rng.uniform(-0.5, 0.5);
            }
        }
    }

    private static boolean nearKink(Network net) {
        for (int l = 1; l < net.L; l++) {
            for (double a : net.a[l]) {
                if (Math.abs(a) < KINK) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean[] hiddenSigns(Network net, double[] xs) {
        int units = 0;
        for (int l = 1; l < net.L; l++) {
            units += net.n[l];
        }
        boolean[] signs = new boolean[EXAMPLES * units];
        int s = 0;
        for (int k = 0; k < EXAMPLES; k++) {
            net.forward(xs, k * net.n[0]);
            for (int l = 1; l < net.L; l++) {
                for (double a : net.a[l]) {
                    signs[s++] = a > 0;
                }
            }
        }
        return signs;
    }

    private static double totalLoss(Network net, Loss loss, double[] xs, double[] ts) {
        double sum = 0;
        for (int k = 0; k < EXAMPLES; k++) {
            net.forward(xs, k * net.n[0]);
            sum += loss.value(net.a[net.L][0], net.z[net.L][0], ts[k]);
        }
        return sum;
    }

    /** dW[1], db[1], dW[2], … in the order of Network.copyParametersTo. */
    public static double[] flatGradient(Network net) {
        double[] g = new double[net.parameterCount()];
        int k = 0;
        for (int l = 1; l <= net.L; l++) {
            System.arraycopy(net.dW[l], 0, g, k, net.dW[l].length);
            k += net.dW[l].length;
            System.arraycopy(net.db[l], 0, g, k, net.db[l].length);
            k += net.db[l].length;
        }
        return g;
    }

    private static String shapeText(int[] shape) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : "→").append(shape[i]);
        }
        return s.append(']').toString();
    }
}
