package backproplab.page;

import backproplab.autodiff.Layout;
import backproplab.autodiff.NetworkGraph;
import backproplab.autodiff.Step;
import backproplab.autodiff.Trace;
import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Network;
import backproplab.text.JsNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network view: one training example x = (x₁, x₂) with label y through a 2 → 2 → 1 sigmoid
 * network with log loss, its weights drawn by the playground's engine ({@link Network}, Xavier,
 * seed 1), stepped through the slide's algorithm ({@link NetworkGraph#ALGORITHM}).
 */
final class NetworkExample implements BackpropGraph {
    /** x₁, x₂ and y when the link gives none. */
    private static final double[] EXAMPLE = {1, 0.5, 1};
    /** The names of x₁, x₂ and y in the link and on the input boxes. */
    private static final String[] NAMES = {"x1", "x2", "y"};
    private static final String[] SHOWN = {"x₁", "x₂", "y"};
    private static final int LABEL = 2;
    private static final int SEED = 1;

    private final double[] example;
    private final NetworkGraph mlp;
    private final Trace trace;
    private final Layout layout;

    private NetworkExample(double[] example) {
        this.example = example;
        Network net = new Network(new int[] {2, 2, 1}, Activation.SIGMOID, Activation.SIGMOID);
        net.init(Init.XAVIER, new Rng(SEED));
        mlp = NetworkGraph.of(net, new double[] {example[0], example[1]}, example[LABEL]);
        trace = mlp.trace();
        layout = Layout.of(mlp.graph());
    }

    static NetworkExample standard() {
        return new NetworkExample(EXAMPLE.clone());
    }

    /** The example a link gives; a missing value, or a label outside [0, 1] (said in {@code notices}), is the default. */
    static NetworkExample fromLink(Map<String, Double> values, List<String> notices) {
        double[] x = EXAMPLE.clone();
        for (int k = 0; k < NAMES.length; k++) {
            Double v = values.get(NAMES[k]);
            if (v != null && k == LABEL && (v < 0 || v > 1)) {
                notices.add("The label y in the link (" + JsNumber.format(v) + ") is not between 0 and 1: using "
                        + JsNumber.format(EXAMPLE[LABEL]) + ".");
                v = null;
            }
            x[k] = v != null ? v : EXAMPLE[k];
        }
        return new NetworkExample(x);
    }

    /** The same network with x₁, x₂ or y at {@code value}. */
    NetworkExample withInput(String name, double value) {
        double[] x = example.clone();
        x[index(name)] = value;
        return new NetworkExample(x);
    }

    private static int index(String name) {
        for (int k = 0; k < NAMES.length; k++) {
            if (NAMES[k].equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("the network's example has no " + name);
    }

    @Override
    public Trace trace() {
        return trace;
    }

    @Override
    public Layout layout() {
        return layout;
    }

    @Override
    public List<BackpropLesson.Input> inputs() {
        List<BackpropLesson.Input> list = new ArrayList<>();
        for (int k = 0; k < NAMES.length; k++) {
            list.add(new BackpropLesson.Input(NAMES[k], SHOWN[k], JsNumber.format(example[k])));
        }
        return list;
    }

    @Override
    public double inputValue(String name) {
        return example[index(name)];
    }

    @Override
    public String inputProblem(String name, double value) {
        return index(name) == LABEL && (value < 0 || value > 1) ? "the label y is a probability, from 0 to 1" : null;
    }

    @Override
    public Map<String, Double> linkInputs() {
        Map<String, Double> changed = new LinkedHashMap<>();
        for (int k = 0; k < NAMES.length; k++) {
            if (example[k] != EXAMPLE[k]) {
                changed.put(NAMES[k], example[k]);
            }
        }
        return changed;
    }

    @Override
    public String kind(int id) {
        NetworkGraph.Role role = mlp.role(id); // null for the label y, a constant of the loss
        return role == NetworkGraph.Role.WEIGHT ? "weight, a parameter"
                : role == NetworkGraph.Role.BIAS ? "bias, a parameter"
                : role == NetworkGraph.Role.INPUT ? "input" : "constant";
    }

    @Override
    public String about() {
        return "One training example x = (x₁, x₂) with label y through a 2 → 2 → 1 network: "
                + "sigmoid units, log loss ℓ = −[y log z[2] + (1 − y) log(1 − z[2])]. The weights and every number "
                + "come from the playground's network engine. ∂ℓ/∂a[l] is δ[l]; ∂ℓ/∂W[l] and ∂ℓ/∂b[l] are dW and db.";
    }

    @Override
    public List<Line> forwardNote(Step.Forward step) {
        return List.of(new Line(Line.Role.NOTE, "Line " + (mlp.line(step) + 1) + " of the algorithm, l = "
                + mlp.stepLayer(step) + ":"));
    }

    @Override
    public List<BackpropLesson.AlgorithmLine> algorithm(Step last) {
        int now = last == null ? -1 : mlp.line(last);
        List<BackpropLesson.AlgorithmLine> lines = new ArrayList<>();
        for (int k = 0; k < NetworkGraph.ALGORITHM.size(); k++) {
            String text = NetworkGraph.ALGORITHM.get(k);
            // the loop's body is indented by the style sheet, so that a wrapped line hangs under its start
            boolean body = text.startsWith("    ");
            boolean current = k == now;
            lines.add(new BackpropLesson.AlgorithmLine(text.strip()
                    + (current && body ? "   (l\u00a0=\u00a0" + mlp.stepLayer(last) + ")" : ""), body, current));
        }
        return lines;
    }
}
