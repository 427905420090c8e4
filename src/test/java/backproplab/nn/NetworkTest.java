package backproplab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The network's layout and passes, in the lecture's notation (docs/notation.md §6). */
class NetworkTest {

    /** [2→2→1], linear: W[1] = [[1, 2], [3, 4]], b[1] = (0, 0), W[2] = [1, −1], b[2] = 0.5. */
    private static Network smallLinear() {
        Network net = new Network(new int[] {2, 2, 1}, Activation.LINEAR, Activation.LINEAR);
        net.setParameters(new double[] {1, 2, 3, 4, 0, 0, 1, -1, 0.5});
        return net;
    }

    @Test
    void weightsAreRowMajorFromUnitIOfTheLayerBelowToUnitJ() {
        Network net = smallLinear();
        assertEquals(2, net.weight(1, 0, 1)); // unit 1 of the input → unit 0 of layer 1
        assertEquals(3, net.weight(1, 1, 0));
        assertEquals(-1, net.weight(2, 0, 1));
        assertEquals(0.5, net.bias(2, 0));
        net.setWeight(1, 1, 0, 7);
        assertEquals(7, net.W[1][1 * 2 + 0]);
        net.setBias(1, 1, -2);
        assertEquals(-2, net.b[1][1]);
    }

    @Test
    void forwardComputesPreAndPostActivationsLayerByLayer() {
        Network net = smallLinear();
        double[] x = {1, 1};
        double[] out = net.forward(x);
        assertArrayEquals(new double[] {3, 7}, net.a[1]); // 1+2, 3+4
        assertArrayEquals(new double[] {3 - 7 + 0.5}, net.a[2]);
        assertSame(net.z[2], out);
        x[0] = 99; // z[0] is a copy of x
        assertArrayEquals(new double[] {1, 1}, net.z[0]);

        net.setHidden(Activation.RELU);
        net.setOutput(Activation.TANH);
        net.setBias(1, 1, -10); // a[1] = (3, −3): ReLU keeps 3 and cuts −3
        net.forward(new double[] {1, 1});
        assertArrayEquals(new double[] {3, 0}, net.z[1]);
        assertEquals(Activation.tanh(3.5), net.z[2][0], 1e-15);
    }

    /**
     * Every a[l][j] of a 3,7,4,1 network is b[l][j] + Σᵢ W[l][j,i]·z[l−1][i] with the terms
     * added in order i = 0, 1, …, bit for bit (the order TF Playground adds them in), and
     * z[l][j] is σ(a[l][j]).
     */
    @Test
    void everyPreActivationIsItsSumAddedInOrder() {
        assertSumsInOrder(new Network(new int[] {3, 7, 4, 1}, Activation.TANH, Activation.LINEAR));
        // eight units below a layer: the engine's loops written out for that width
        assertSumsInOrder(new Network(new int[] {3, 8, 8, 8, 1}, Activation.RELU, Activation.TANH));
    }

    /** Random parameters in (−2, 2) from a fixed seed. */
    private static void randomize(Network net) {
        randomize(net, 7);
    }

    private static void randomize(Network net, int seed) {
        Rng rng = new Rng(seed);
        double[] params = new double[net.parameterCount()];
        for (int k = 0; k < params.length; k++) {
            params[k] = rng.uniform(-2, 2);
        }
        net.setParameters(params);
    }

    private static void assertSumsInOrder(Network net) {
        randomize(net);
        net.forward(new double[] {0.3, -1.7, 2.9});
        for (int l = 1; l <= net.L; l++) {
            for (int j = 0; j < net.n[l]; j++) {
                double s = net.bias(l, j);
                for (int i = 0; i < net.n[l - 1]; i++) {
                    s += net.weight(l, j, i) * net.z[l - 1][i];
                }
                assertEquals(s, net.a[l][j], "a[" + l + "][" + j + "]");
                assertEquals(net.activation(l).value(s), net.z[l][j], "z[" + l + "][" + j + "]");
            }
        }
    }

    /**
     * On 3,8,8,8,1 (ReLU), over two examples: δ[l−1][i] = σ′(a[l−1][i]) · Σⱼ W[l][j,i]·δ[l][j] and
     * dW[l][j,i] = Σ over the examples of δ[l][j]·z[l−1][i], every sum added in order, bit for bit
     * (a unit with δⱼ = 0 adds nothing, as the engine skips it).
     */
    @Test
    void everyGradientIsItsSumAddedInOrderOnEightWideLayers() {
        int live = 0;
        for (int seed = 1; seed <= 10; seed++) {
            live += gradientsAreSumsInOrderOnEightWideLayers(seed) ? 1 : 0;
        }
        assertTrue(live >= 3, "some networks pass a gradient back through two units or more: " + live);
    }

    /** Checks one random 8-wide ReLU network; returns whether two units or more of layer 2 passed a gradient back. */
    private static boolean gradientsAreSumsInOrderOnEightWideLayers(int seed) {
        Network net = new Network(new int[] {3, 8, 8, 8, 1}, Activation.RELU, Activation.TANH);
        randomize(net, seed);
        double[][] expected = new double[net.L + 1][];
        for (int l = 1; l <= net.L; l++) {
            expected[l] = new double[net.W[l].length];
        }
        double[][] inputs = {{0.3, -1.7, 2.9}, {-0.8, 0.4, 1.1}};
        for (double[] x : inputs) {
            net.forward(x);
            net.backward(Loss.SQUARED, new double[] {0.5}, 0);
            for (int l = net.L; l >= 1; l--) {
                for (int j = 0; j < net.n[l]; j++) {
                    for (int i = 0; i < net.n[l - 1]; i++) {
                        if (net.delta[l][j] != 0) {
                            expected[l][j * net.n[l - 1] + i] += net.delta[l][j] * net.z[l - 1][i];
                        }
                    }
                }
                if (l > 1) {
                    for (int i = 0; i < net.n[l - 1]; i++) {
                        double s = 0;
                        for (int j = 0; j < net.n[l]; j++) {
                            if (net.delta[l][j] != 0) {
                                s += net.weight(l, j, i) * net.delta[l][j];
                            }
                        }
                        assertEquals((net.a[l - 1][i] > 0 ? 1 : 0) * s, net.delta[l - 1][i], "δ[" + (l - 1) + "][" + i + "]");
                    }
                }
            }
        }
        for (int l = 1; l <= net.L; l++) {
            assertArrayEquals(expected[l], net.dW[l], "dW[" + l + "]");
        }
        return Arrays.stream(net.delta[2]).filter(d -> d != 0).count() >= 2;
    }

    @Test
    void backwardFollowsTheSlidesFormulasOnAHandWorkedExample() {
        Network net = smallLinear();
        net.forward(new double[] {1, 1}); // o = −3.5
        net.backward(Loss.SQUARED, new double[] {-1.5}, 0); // δ[2] = o − t = −2
        assertArrayEquals(new double[] {-2}, net.delta[2]);
        assertArrayEquals(new double[] {-6, -14}, net.dW[2]); // δ[2] z[1]ᵀ, z[1] = (3, 7)
        assertArrayEquals(new double[] {-2}, net.db[2]);
        assertArrayEquals(new double[] {-2, 2}, net.delta[1]); // W[2]ᵀ δ[2] ⊙ 1
        assertArrayEquals(new double[] {-2, -2, 2, 2}, net.dW[1]); // δ[1] xᵀ, x = (1, 1)

        net.forward(new double[] {1, 1});
        net.backward(Loss.SQUARED, new double[] {-1.5}, 0);
        assertArrayEquals(new double[] {-12, -28}, net.dW[2], "a second example adds to the accumulators");
        net.zeroGradients();
        assertArrayEquals(new double[] {0, 0, 0, 0}, net.dW[1]);
    }

    @Test
    void parametersRoundTripThroughAFlatArrayInLayerOrder() {
        Network net = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.TANH);
        assertEquals(2 * 3 + 3 + 3 * 1 + 1, net.parameterCount());
        net.init(Init.PLAYGROUND, new Rng(5));
        double[] saved = new double[net.parameterCount()];
        net.copyParametersTo(saved);
        assertEquals(net.W[1][0], saved[0]);
        assertEquals(net.b[1][0], saved[6]);
        assertEquals(net.b[2][0], saved[saved.length - 1]);

        net.init(Init.PLAYGROUND, new Rng(6));
        net.setParameters(saved);
        double[] restored = new double[saved.length];
        net.copyParametersTo(restored);
        assertArrayEquals(saved, restored);
    }

    @Test
    void playgroundInitDrawsWeightsFromUMinusHalfToHalfWithBiasesOneTenth() {
        Network net = new Network(new int[] {2, 8, 8, 1}, Activation.TANH, Activation.TANH);
        net.init(Init.PLAYGROUND, new Rng(11));
        double min = 1;
        double max = -1;
        for (int l = 1; l <= net.L; l++) {
            for (double w : net.W[l]) {
                min = Math.min(min, w);
                max = Math.max(max, w);
            }
            for (double bias : net.b[l]) {
                assertEquals(0.1, bias);
            }
        }
        assertTrue(min >= -0.5 && max < 0.5 && min < -0.4 && max > 0.4, min + " " + max);

        Network same = new Network(new int[] {2, 8, 8, 1}, Activation.TANH, Activation.TANH);
        same.init(Init.PLAYGROUND, new Rng(11));
        assertArrayEquals(net.W[2], same.W[2], "the same seed draws the same network");
    }

    @Test
    void xavierAndHeScaleTheRangeWithTheFanIn() {
        Network net = new Network(new int[] {50, 50, 1}, Activation.RELU, Activation.LINEAR);
        net.init(Init.HE, new Rng(3));
        assertEquals(2.0 / 50, variance(net.W[1]), 0.1 * 2.0 / 50);
        assertEquals(0, net.b[1][0]);
        net.init(Init.XAVIER, new Rng(3));
        assertEquals(2.0 / 100, variance(net.W[1]), 0.1 * 2.0 / 100);
    }

    private static double variance(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v * v;
        }
        return sum / w.length;
    }

    @Test
    void evaluateWritesOneOutputPerInputRow() {
        Network net = smallLinear();
        double[] inputs = {1, 1, 0, 0, 2, -1};
        double[] outputs = new double[3];
        net.evaluate(inputs, 3, outputs);
        assertArrayEquals(new double[] {-3.5, 0.5, (2 - 2) - (6 - 4) + 0.5}, outputs);
    }
}
