package backproplab.page;

import backproplab.autodiff.Layout;
import backproplab.autodiff.NetworkGraph;
import backproplab.autodiff.Step;
import backproplab.autodiff.Trace;
import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Loss;
import backproplab.nn.Network;
import backproplab.state.NetworkLink;
import backproplab.text.JsNumber;
import backproplab.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network view: one training example through a small network, stepped through the slide's
 * algorithm ({@link NetworkGraph#ALGORITHM}). Without a network in the link, the lecture's: x =
 * (x₁, x₂) with label y through a 2 → 2 → 1 sigmoid network with log loss, its weights drawn by the
 * playground's engine ({@link Network}, Xavier, seed 1); with one, a playground network of up to
 * {@link NetworkLink#MAX_PARAMETERS} parameters ({@link NetworkLink}).
 */
final class NetworkExample implements BackpropGraph {
    /** x₁, x₂ and y when the link gives none. */
    private static final double[] EXAMPLE = {1, 0.5};
    private static final double LABEL = 1;
    private static final int SEED = 1;
    /** The target's name in the link and on its box; the inputs are x1, x2, … */
    private static final String Y = "y";

    private final NetworkLink spec;
    /** Whether this is the lecture's network, whose example the link carries as in=x1:…,y:…. */
    private final boolean lecture;
    private final NetworkGraph mlp;
    private final Trace trace;
    private final Layout layout;

    private NetworkExample(NetworkLink spec, boolean lecture) {
        this.spec = spec;
        this.lecture = lecture;
        mlp = NetworkGraph.of(spec.network(), spec.x(), spec.names(), spec.y(), spec.loss());
        trace = mlp.trace();
        layout = Layout.of(mlp.graph());
    }

    static NetworkExample standard() {
        Network net = new Network(new int[] {2, 2, 1}, Activation.SIGMOID, Activation.SIGMOID);
        net.init(Init.XAVIER, new Rng(SEED));
        return new NetworkExample(NetworkLink.of(net, EXAMPLE, Texts.indexed("x", 2), LABEL, Loss.LOG), true);
    }

    /**
     * The network a link gives ({@code network}, read by {@link NetworkLink}), or else the lecture's
     * with the example of {@code values}; what could not be used is said in {@code notices}.
     */
    static NetworkExample fromLink(Map<String, Double> values, Map<NetworkLink.Key, String> network, List<String> notices) {
        NetworkLink.Read read = NetworkLink.read(network);
        notices.addAll(read.notices());
        if (read.link() != null) {
            if (!values.isEmpty()) {
                notices.add("The link's in= is for the lecture's example; this network takes its example from x= and y=, "
                        + "so in= was ignored.");
            }
            return new NetworkExample(read.link(), false);
        }
        NetworkExample example = standard();
        for (BackpropLesson.Input in : example.inputs()) {
            Double v = values.get(in.name());
            if (v != null && in.name().equals(Y) && (v < 0 || v > 1)) {
                notices.add("The label y in the link (" + JsNumber.format(v) + ") is not between 0 and 1: using "
                        + JsNumber.format(LABEL) + ".");
            } else if (v != null) {
                example = example.withInput(in.name(), v);
            }
        }
        return example;
    }

    /** The same network with input {@code name} (x1, x2, … or y) at {@code value}. */
    NetworkExample withInput(String name, double value) {
        int k = index(name);
        return new NetworkExample(k == spec.x().length ? spec.withTarget(value) : spec.withInput(k, value), lecture);
    }

    /** The position of input {@code name}: x1 is 0, and y comes after the last x. */
    private int index(String name) {
        int inputs = spec.x().length;
        if (name.equals(Y)) {
            return inputs;
        }
        for (int k = 0; k < inputs; k++) {
            if (name.equals("x" + (k + 1))) {
                return k;
            }
        }
        throw new IllegalArgumentException("the network's example has no " + name);
    }

    /** The network's keys for the link; none for the lecture's network. */
    Map<NetworkLink.Key, String> linkNetwork() {
        return lecture ? Map.of() : spec.values();
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
        double[] x = spec.x();
        String[] names = spec.names();
        for (int k = 0; k < x.length; k++) {
            list.add(new BackpropLesson.Input("x" + (k + 1), names[k], JsNumber.format(x[k])));
        }
        list.add(new BackpropLesson.Input(Y, Y, JsNumber.format(spec.y())));
        return list;
    }

    @Override
    public double inputValue(String name) {
        int k = index(name);
        return k == spec.x().length ? spec.y() : spec.x()[k];
    }

    @Override
    public String inputProblem(String name, double value) {
        if (index(name) != spec.x().length) {
            return null;
        }
        // the lecture's example takes any probability; a playground's labels are 0 and 1
        return !lecture ? spec.labelProblem(value) : value < 0 || value > 1 ? "the label y is a probability, from 0 to 1" : null;
    }

    @Override
    public Map<String, Double> linkInputs() {
        Map<String, Double> changed = new LinkedHashMap<>();
        if (lecture) {
            double[] x = spec.x();
            for (int k = 0; k < x.length; k++) {
                if (x[k] != EXAMPLE[k]) {
                    changed.put("x" + (k + 1), x[k]);
                }
            }
            if (spec.y() != LABEL) {
                changed.put(Y, spec.y());
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

    /**
     * The network, its units and its loss in a sentence; for a playground's network also δ[L] as its
     * loss makes it, (z[L] − y)·σ′(a[L]) for squared error, z[L] − y for log loss on a sigmoid.
     */
    @Override
    public String about() {
        int[] n = spec.sizes();
        int last = n.length - 1;
        String z = "z[" + last + "]";
        Activation out = spec.output();
        String units = last == 1 ? "one " + out.kind().label() + " unit"
                : spec.hidden().equals(out) ? out.kind().label() + " units"
                : spec.hidden().kind().label() + " hidden units and a " + out.kind().label() + " output unit";
        boolean log = spec.loss() == Loss.LOG;
        String loss = log ? "log loss ℓ = −[y log " + z + " + (1 − y) log(1 − " + z + ")]" : "squared error ℓ = ½(" + z + " − y)²";
        String text = "One training example x = (" + String.join(", ", spec.names()) + ") with " + (log ? "label" : "target")
                + " y through a " + NetworkLink.arrows(n) + " network: " + units + ", " + loss + ". "
                + (lecture ? "The weights and every number come from the playground's network engine. "
                        : "The weights are the playground's, from the link, and every number comes from its network engine. ")
                + "∂ℓ/∂a[l] is δ[l]; ∂ℓ/∂W[l] and ∂ℓ/∂b[l] are dW and db.";
        if (lecture) {
            return text;
        }
        String a = "(a[" + last + "])";
        String sigma = out.kind() == Activation.Kind.SIGMOID ? "σ" : out.kind().label();
        return text + (log ? " With log loss on a sigmoid output, δ[" + last + "] = " + z + " − y: σ′" + a + " = " + z
                + "(1 − " + z + ") cancels the loss's 1 / (" + z + "(1 − " + z + "))."
                : " With squared error, δ[" + last + "] = (" + z + " − y) · " + sigma + "′" + a + ".");
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
