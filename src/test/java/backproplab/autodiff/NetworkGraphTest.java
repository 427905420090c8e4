package backproplab.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Loss;
import backproplab.nn.Network;
import backproplab.text.Texts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MLP view's trace against the network engine the playground trains with. */
class NetworkGraphTest {
    private static Network network(int[] sizes, Activation hidden, long seed) {
        Network net = new Network(sizes, hidden, Activation.SIGMOID);
        net.init(Init.XAVIER, new Rng((int) seed));
        return net;
    }

    /** Engine: forward, then backward with log loss for label y (the engine's target t = 2y − 1). */
    private static void engine(Network net, double[] x, double y) {
        net.zeroGradients();
        net.forward(x);
        net.backward(Loss.LOG, new double[] {2 * y - 1}, 0);
    }

    private static void assertClose(double expected, double actual, String what) {
        double scale = Math.max(1e-12, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= 1e-12 * scale, what + ": engine " + expected + ", trace " + actual);
    }

    private static void traceEqualsEngine(int[] sizes, Activation hidden, double[] x, double y, long seed) {
        Network net = network(sizes, hidden, seed);
        NetworkGraph ng = NetworkGraph.of(net, x, y);
        Trace trace = ng.trace();
        engine(net, x, y);
        for (int l = 1; l <= net.L; l++) {
            for (int j = 0; j < net.n[l]; j++) {
                int a = ng.preActivationNode(l, j);
                assertEquals(net.a[l][j], trace.value(a), "a[" + l + "]" + j + " bit for bit");
                assertClose(net.delta[l][j], trace.gradient(a), "δ[" + l + "]" + j);
                assertClose(net.db[l][j], trace.gradient(ng.biasNode(l, j)), "db[" + l + "]" + j);
                for (int i = 0; i < net.n[l - 1]; i++) {
                    assertClose(net.dW[l][j * net.n[l - 1] + i], trace.gradient(ng.weightNode(l, j, i)),
                            "dW[" + l + "]" + j + i);
                }
            }
        }
        double logit = net.a[net.L][0];
        assertClose(Loss.LOG.value(logit, net.z[net.L][0], 2 * y - 1), trace.value(trace.graph().output().id()), "ℓ");
    }

    @Test
    void theMlpTraceGivesTheEnginesDeltaDwAndDbFor221Sigmoid() {
        traceEqualsEngine(new int[] {2, 2, 1}, Activation.SIGMOID, new double[] {0.5, -1.2}, 1, 7);
        traceEqualsEngine(new int[] {2, 2, 1}, Activation.SIGMOID, new double[] {-2, 0.3}, 0, 11);
    }

    @Test
    void otherShapesAndActivationsAgreeToo() {
        traceEqualsEngine(new int[] {3, 4, 2, 1}, Activation.TANH, new double[] {0.2, -0.7, 1.5}, 1, 3);
        traceEqualsEngine(new int[] {2, 3, 1}, Activation.LEAKY_RELU, new double[] {1, 2}, 0, 5);
    }

    /**
     * Random networks of at most 40 parameters (what the page draws), every activation in the
     * hidden layers and at the output, under squared error and, with a sigmoid output, log loss.
     */
    @Test
    void randomSmallNetworksAgreeForEveryActivationAndBothLosses() {
        Rng rng = new Rng(2030);
        int checked = 0;
        for (Activation hidden : Activation.all()) {
            for (Activation out : Activation.all()) {
                for (Loss loss : Loss.values()) {
                    if (!loss.fits(out)) {
                        continue;
                    }
                    for (int k = 0; k < 4; k++) {
                        int[] sizes = randomSizes(rng);
                        Network net = new Network(sizes, hidden, out);
                        net.init(Init.XAVIER, rng);
                        double[] x = new double[sizes[0]];
                        for (int i = 0; i < x.length; i++) {
                            x[i] = 4 * rng.nextDouble() - 2;
                        }
                        double t = loss == Loss.LOG ? (rng.nextDouble() < 0.5 ? -1 : 1) : 3 * rng.nextDouble() - 1.5;
                        double y = loss == Loss.LOG ? (1 + t) / 2 : t;
                        NetworkGraph ng = NetworkGraph.of(net, x, Texts.indexed("x", x.length), y, loss);
                        net.zeroGradients();
                        net.forward(x);
                        net.backward(loss, new double[] {t}, 0);
                        assertAgrees(net, ng, loss.value(net.a[net.L][0], net.z[net.L][0], t),
                                sizes.length + " layers, " + hidden.id() + "/" + out.id() + ", " + loss.id());
                        checked++;
                    }
                }
            }
        }
        assertEquals(8 * 8 * 4 + 8 * 4, checked, "squared error under every pair, log loss under every hidden one");
    }

    /** n[0] … n[L] with n[L] = 1 and at most 40 weights and biases. */
    private static int[] randomSizes(Rng rng) {
        while (true) {
            int[] sizes = new int[2 + rng.nextInt(4)];
            for (int l = 0; l < sizes.length - 1; l++) {
                sizes[l] = 1 + rng.nextInt(5);
            }
            sizes[sizes.length - 1] = 1;
            int count = 0;
            for (int l = 1; l < sizes.length; l++) {
                count += sizes[l] * (sizes[l - 1] + 1);
            }
            if (count <= 40) {
                return sizes;
            }
        }
    }

    private static void assertAgrees(Network net, NetworkGraph ng, double loss, String what) {
        Trace trace = ng.trace();
        for (int l = 1; l <= net.L; l++) {
            for (int j = 0; j < net.n[l]; j++) {
                int a = ng.preActivationNode(l, j);
                assertEquals(net.a[l][j], trace.value(a), what + ": a[" + l + "]" + j + " bit for bit");
                assertClose(net.delta[l][j], trace.gradient(a), what + ": δ[" + l + "]" + j);
                assertClose(net.db[l][j], trace.gradient(ng.biasNode(l, j)), what + ": db[" + l + "]" + j);
                for (int i = 0; i < net.n[l - 1]; i++) {
                    assertClose(net.dW[l][j * net.n[l - 1] + i], trace.gradient(ng.weightNode(l, j, i)),
                            what + ": dW[" + l + "]" + j + i);
                }
            }
        }
        assertClose(loss, trace.value(trace.graph().output().id()), what + ": ℓ");
    }

    @Test
    void squaredErrorIsHalfTheSquareWithItsDerivativeWritten() {
        Network net = network(new int[] {2, 1}, Activation.TANH, 3);
        net.setOutput(Activation.TANH);
        NetworkGraph ng = NetworkGraph.of(net, new double[] {0.5, 1}, new String[] {"x₁", "x₁x₂"}, -1, Loss.SQUARED);
        Graph g = ng.graph();
        int loss = g.output().id();
        assertEquals("½(z[1] − (-1))²", g.formula(loss));
        assertEquals("W[1]₁·x₁ + W[1]₂·x₁x₂ + b[1]", g.formula(ng.preActivationNode(1, 0)));
        assertEquals("z[1] − (-1)", g.derivativeFormula(g.children(g.find("z[1]").id()).get(0)));
    }

    @Test
    void theNodesCarryTheLecturesNames() {
        NetworkGraph ng = NetworkGraph.of(network(new int[] {2, 2, 1}, Activation.SIGMOID, 1), new double[] {1, 0}, 1);
        Graph g = ng.graph();
        List<String> labels = new ArrayList<>();
        for (Node n : g.nodes()) {
            if (!n.isConstant()) {
                labels.add(n.label());
            }
        }
        assertEquals(List.of("x₁", "x₂", "b[1]₁", "b[1]₂", "W[1]₁₁", "W[1]₁₂", "W[1]₂₁", "W[1]₂₂", "a[1]₁", "a[1]₂",
                "z[1]₁", "z[1]₂", "b[2]", "W[2]₁", "W[2]₂", "a[2]", "z[2]", "ℓ"), labels);
        assertEquals("W[1]₁₁·x₁ + W[1]₁₂·x₂ + b[1]₁", g.formula(g.find("a[1]₁").id()));
        assertEquals("σ(a[1]₂)", g.formula(g.find("z[1]₂").id()));
        assertEquals("−log(z[2])", g.formula(g.find("ℓ").id()), "y = 1: ℓ = −log ŷ");
    }

    @Test
    void forwardStepsAreOnlyAZAndTheLossAndEveryStepHasItsAlgorithmLine() {
        NetworkGraph ng = NetworkGraph.of(network(new int[] {2, 2, 1}, Activation.SIGMOID, 1), new double[] {1, 0}, 1);
        Trace t = ng.trace();
        assertEquals(7, t.forwardSteps(), "a[1]₁, a[1]₂, z[1]₁, z[1]₂, a[2], z[2], ℓ");
        assertTrue(t.stateAt(0).hasValue(ng.weightNode(1, 0, 0)), "parameters are given");
        List<Integer> lines = new ArrayList<>();
        for (Step s : t.steps()) {
            int line = ng.line(s);
            if (lines.isEmpty() || lines.get(lines.size() - 1) != line) {
                lines.add(line);
            }
        }
        // forward: a, z (layer 1), a, z (layer 2), loss; backward: δ[2], dW[2], db[2], δ[1], dW[1], db[1]
        assertEquals(List.of(2, 3, 2, 3, 4, 5, 7, 8, 9, 7, 8), lines);
        // 1 seed + ℓ→z[2] + z[2]→a[2] + 2 W[2] + b[2] + 2 (a[2]→z[1]) + 2 (z[1]→a[1]) + 4 W[1] + 2 b[1]; no ∂ℓ/∂x
        assertEquals(7 + 16, t.size());
    }
}
