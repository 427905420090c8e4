package backproplab.autodiff;

import backproplab.nn.Loss;
import backproplab.nn.Network;
import backproplab.text.Texts;
import java.util.List;

/**
 * One training example through a network as a computation graph, in the lecture's notation
 * (docs/notation.md §6, "Backpropagation for MLPs"): a data node per input xᵢ = z[0]ᵢ, an input node
 * per weight W[l]ⱼᵢ and bias b[l]ⱼ, an {@link Op#AFFINE} node per pre-activation
 * a[l]ⱼ = Σᵢ W[l]ⱼᵢ z[l−1]ᵢ + b[l]ⱼ, an {@link Op#ACTIVATION} node per z[l]ⱼ = σ[l](a[l]ⱼ) and the
 * loss ℓ of the one example, {@link Op#LOG_LOSS} or {@link Op#SQUARED_ERROR} (L is the number of
 * layers). The numbers are the network engine's: its parameters, its activations, its summation order. Backpropagation on this graph gives ∂ℓ/∂W[l]ⱼᵢ and ∂ℓ/∂b[l]ⱼ equal to the
 * engine's dW and db, and ∂ℓ/∂a[l]ⱼ equal to its δ[l]ⱼ.
 *
 * <p>Biases are made before weights: the backward pass visits parents from the last made
 * down, so each layer's steps come in the order of the slide's algorithm, ∂ℓ/∂W[l], then
 * ∂ℓ/∂b[l], then δ[l−1]. {@link #line} tells which line of {@link #ALGORITHM} a step executes.
 */
public final class NetworkGraph {
    /** What a node stands for. */
    public enum Role { INPUT, WEIGHT, BIAS, PRE_ACTIVATION, ACTIVATION, LOSS }

    /** The slide's algorithm for one example (docs/notation.md §6), with the loss written out. */
    public static final List<String> ALGORITHM = List.of(
            "z[0] = x",
            "for l = 1 … L:",
            "    a[l] = W[l] z[l−1] + b[l]",
            "    z[l] = σ[l](a[l])",
            "ℓ = ℓ(y, z[L])",
            "δ[L] = ∂ℓ/∂z[L] ⊙ σ[L]′(a[L])",
            "for l = L … 1:",
            "    ∂ℓ/∂W[l] = δ[l] (z[l−1])ᵀ",
            "    ∂ℓ/∂b[l] = δ[l]",
            "    δ[l−1] = (W[l])ᵀ δ[l] ⊙ σ[l−1]′(a[l−1])");

    private static final int FORWARD_A = 2;
    private static final int FORWARD_Z = 3;
    private static final int LOSS_LINE = 4;
    private static final int DELTA_L = 5;
    private static final int GRADIENT_W = 7;
    private static final int GRADIENT_B = 8;
    private static final int DELTA_BELOW = 9;

    private final Graph graph;
    private final Role[] role;
    private final int[] layer;
    private final int[][] weight; // node id of W[l][j·n[l−1] + i]
    private final int[][] bias;
    private final int[][] pre;
    private final int output;

    private NetworkGraph(Network net, double[] x, String[] names, double y, Loss loss) {
        if (net.n[net.L] != 1) {
            throw new IllegalArgumentException("the loss of one example takes one output unit, not " + net.n[net.L]);
        }
        if (x.length != net.n[0] || names.length != net.n[0]) {
            throw new IllegalArgumentException("expected " + net.n[0] + " inputs and their names");
        }
        if (!loss.fits(net.output())) {
            throw new IllegalArgumentException("log loss needs a sigmoid output, not " + net.output().id());
        }
        Graph.Builder b = new Graph.Builder();
        int[] z = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i] = b.data(names[i], x[i]);
        }
        int[][] w = new int[net.L + 1][];
        int[][] bs = new int[net.L + 1][];
        int[][] as = new int[net.L + 1][];
        for (int l = 1; l <= net.L; l++) {
            int nin = net.n[l - 1];
            int units = net.n[l];
            bs[l] = new int[units];
            w[l] = new int[units * nin];
            for (int j = 0; j < units; j++) {
                bs[l][j] = b.input("b[" + l + "]" + sub(j, units), net.b[l][j]);
            }
            for (int j = 0; j < units; j++) {
                for (int i = 0; i < nin; i++) {
                    String ji = units == 1 && nin == 1 ? "" : units == 1 ? sub(i, 2) : sub(j, 2) + sub(i, 2);
                    w[l][j * nin + i] = b.input("W[" + l + "]" + ji, net.W[l][j * nin + i]);
                }
            }
            as[l] = new int[units];
            int[] next = new int[units];
            for (int j = 0; j < units; j++) {
                int[] operands = new int[2 * nin + 1];
                for (int i = 0; i < nin; i++) {
                    operands[2 * i] = w[l][j * nin + i];
                    operands[2 * i + 1] = z[i];
                }
                operands[2 * nin] = bs[l][j];
                as[l][j] = b.name(b.apply(Op.AFFINE, operands), "a[" + l + "]" + sub(j, units));
            }
            for (int j = 0; j < units; j++) {
                next[j] = b.name(b.activation(net.activation(l), as[l][j]), "z[" + l + "]" + sub(j, units));
            }
            z = next;
        }
        Op lossOp = loss == Loss.LOG ? Op.LOG_LOSS : Op.SQUARED_ERROR;
        graph = b.build(b.name(b.apply(lossOp, z[0], b.constant(y)), "ℓ"));
        // build() keeps every node here (the loss depends on all of them), so ids are unchanged
        int size = graph.size();
        role = new Role[size];
        layer = new int[size];
        for (int l = 1; l <= net.L; l++) {
            for (int id : w[l]) {
                mark(id, Role.WEIGHT, l);
            }
            for (int id : bs[l]) {
                mark(id, Role.BIAS, l);
            }
            for (int j = 0; j < as[l].length; j++) {
                mark(as[l][j], Role.PRE_ACTIVATION, l);
                for (Edge e : graph.children(as[l][j])) {
                    mark(e.child(), Role.ACTIVATION, l);
                }
            }
        }
        for (Node n : graph.nodes()) {
            if (n.isData()) {
                mark(n.id(), Role.INPUT, 0);
            }
        }
        mark(graph.output().id(), Role.LOSS, net.L + 1);
        weight = w;
        bias = bs;
        pre = as;
        output = net.L;
    }

    /** The graph of {@code net} for the example {@code x} = (x₁, x₂, …) with label {@code y} ∈ {0, 1}, log loss. */
    public static NetworkGraph of(Network net, double[] x, double y) {
        return of(net, x, Texts.indexed("x", x.length), y, Loss.LOG);
    }

    /**
     * The graph of {@code net} for the example {@code x}, its inputs called {@code names}, with
     * target {@code y} under {@code loss}: for log loss a label in [0, 1] (the engine's ±1 as 0 or 1).
     */
    public static NetworkGraph of(Network net, double[] x, String[] names, double y, Loss loss) {
        return new NetworkGraph(net, x, names, y, loss);
    }


    private void mark(int id, Role r, int l) {
        role[id] = r;
        layer[id] = l;
    }

    /** "₁", "₂", … for unit {@code k} of a layer of {@code units}; "" when the layer has one unit. */
    private static String sub(int k, int units) {
        if (units == 1) {
            return "";
        }
        return Texts.subscript(k + 1);
    }

    public Graph graph() {
        return graph;
    }

    /** The trace with the example and the parameters given: forward steps only for a, z and ℓ. */
    public Trace trace() {
        return Trace.withGivenInputs(graph);
    }

    public Role role(int id) {
        return role[id];
    }

    /** The layer l of a node (0 for x, L + 1 for the loss). */
    public int layer(int id) {
        return layer[id];
    }

    /** The node of W[l] from unit i of layer l−1 to unit j of layer l. */
    public int weightNode(int l, int j, int i) {
        int nin = weight[l].length / bias[l].length;
        return weight[l][j * nin + i];
    }

    public int biasNode(int l, int j) {
        return bias[l][j];
    }

    /** The node of a[l]ⱼ; ∂ℓ/∂a[l]ⱼ is δ[l]ⱼ. */
    public int preActivationNode(int l, int j) {
        return pre[l][j];
    }

    /**
     * The line of {@link #ALGORITHM} that {@code step} executes, or -1: a and z forward on the
     * forward lines, the loss, then δ[L] (the seed, ∂ℓ/∂z[L] and σ′), ∂ℓ/∂W, ∂ℓ/∂b and δ[l−1]
     * (through Wᵀ and then σ′).
     */
    public int line(Step step) {
        if (step instanceof Step.Forward f) {
            Role r = role[f.node()];
            return r == Role.PRE_ACTIVATION ? FORWARD_A : r == Role.ACTIVATION ? FORWARD_Z
                    : r == Role.LOSS ? LOSS_LINE : 0;
        }
        if (step instanceof Step.Seed) {
            return DELTA_L;
        }
        Edge e = ((Step.Backward) step).edge();
        Role parent = role[e.parent()];
        if (parent == Role.WEIGHT) {
            return GRADIENT_W;
        }
        if (parent == Role.BIAS) {
            return GRADIENT_B;
        }
        return layer[e.parent()] == output ? DELTA_L : DELTA_BELOW;
    }

    /** The layer a step works in, for "l = 2" beside the algorithm: the node's, or for a backward step the child's. */
    public int stepLayer(Step step) {
        if (step instanceof Step.Backward b) {
            int l = layer[b.edge().child()];
            return Math.min(l, output);
        }
        return Math.min(layer[step.node()], output);
    }
}
