package backproplab.state;

import backproplab.nn.Activation;
import backproplab.nn.Loss;
import backproplab.nn.Network;
import backproplab.text.JsNumber;
import backproplab.text.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A small network of the playground's with one training example, as the backprop page's
 * network view opens it from a link (docs/architecture.md, "Links"): {@code #view=mlp&net=2,3,1
 * &act=tanh&out=tanh&loss=squared&w=…&x=…&names=…&y=…}. The playground writes it
 * ({@code playground.GraphLink}), the page reads it; both go through {@link Key}, the one table of
 * keys. Every number is JavaScript's text ({@link JsNumber}), so the weights come back bit for bit.
 */
public final class NetworkLink {
    /** The graph of a larger network would not fit a page: 40 parameters already make about 90 nodes. */
    public static final int MAX_PARAMETERS = 40;
    /** The backprop page's view that shows a network, its key and value in a link. */
    public static final String VIEW_KEY = "view";
    public static final String VIEW = "mlp";
    private static final String FALLBACK = "showing the lecture's 2 → 2 → 1 example instead.";
    /** The longest input name: a feature's label such as sin(x₁) fits in a graph node. */
    private static final int MAX_NAME = 12;

    /** The keys, in the order written, with what each holds (for the notices). */
    public enum Key {
        NET("net", "layer sizes"),
        ACT("act", "hidden activation"),
        OUT("out", "output activation"),
        LOSS("loss", "loss"),
        W("w", "weights and biases"),
        X("x", "inputs"),
        NAMES("names", "input names"),
        Y("y", "target");

        public final String id;
        final String what;

        Key(String id, String what) {
            this.id = id;
            this.what = what;
        }

        /** The key a link calls {@code id}, or null. */
        public static Key byId(String id) {
            for (Key k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            return null;
        }
    }

    /** What a link gave: the network (null: none, or one refused) and a sentence for each problem. */
    public record Read(NetworkLink link, List<String> notices) {
    }

    private final int[] sizes;
    private final Activation hidden;
    private final Activation output;
    private final Loss loss;
    private final double[] parameters;
    private final double[] x;
    private final String[] names;
    private final double y;

    private NetworkLink(int[] sizes, Activation hidden, Activation output, Loss loss, double[] parameters, double[] x,
            String[] names, double y) {
        this.sizes = sizes;
        this.hidden = hidden;
        this.output = output;
        this.loss = loss;
        this.parameters = parameters;
        this.x = x;
        this.names = names;
        this.y = y;
    }

    /**
     * {@code net}'s layers, activations and parameters with the example {@code x} (its inputs
     * called {@code names}) and target {@code y} under {@code loss}, for log loss 0 or 1.
     * @throws IllegalArgumentException for anything the page would refuse
     */
    public static NetworkLink of(Network net, double[] x, String[] names, double y, Loss loss) {
        if (!drawable(net)) {
            throw new IllegalArgumentException("more than " + MAX_PARAMETERS + " parameters, one not finite, "
                    + "or a LeakyReLU slope other than the default");
        }
        double[] p = new double[net.parameterCount()];
        net.copyParametersTo(p);
        NetworkLink link = new NetworkLink(net.n.clone(), net.hidden(), net.output(), loss, p, x.clone(), names.clone(), y);
        if (net.n[net.L] != 1 || net.n[0] < 1 || x.length != net.n[0] || names.length != net.n[0]) {
            throw new IllegalArgumentException("one output unit and at least one input, with a value and a name each");
        }
        if (!loss.fits(net.output()) || link.labelProblem(y) != null || !finite(x)) {
            throw new IllegalArgumentException("a loss the output can take, a label 0 or 1 for log loss, finite inputs");
        }
        String problem = namesProblem(names);
        if (problem != null) {
            throw new IllegalArgumentException("the names " + problem);
        }
        return link;
    }

    /**
     * Whether the page can draw {@code net}: at most {@link #MAX_PARAMETERS} parameters, all finite
     * numbers, and the default LeakyReLU slope, as a link does not carry the slope.
     */
    public static boolean drawable(Network net) {
        return net.parameterCount() <= MAX_PARAMETERS && net.parametersFinite()
                && net.hidden().equals(Activation.of(net.hidden().kind()))
                && net.output().equals(Activation.of(net.output().kind()));
    }

    // ---- reading ----

    /** Reads the network's keys of a link (in any order; null or empty: no network, no notices). */
    public static Read read(Map<Key, String> given) {
        List<String> notices = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            return new Read(null, notices);
        }
        for (Key k : Key.values()) {
            if (k != Key.NAMES && !given.containsKey(k)) {
                notices.add("The link's network has no " + k.id + "= (its " + k.what + "): " + FALLBACK);
                return new Read(null, notices);
            }
        }
        String why = null;
        double[] layers = layers(given.get(Key.NET));
        Activation hidden = activation(given.get(Key.ACT));
        Activation output = activation(given.get(Key.OUT));
        Loss loss = Loss.byId(given.get(Key.LOSS));
        double count = count(layers);
        if (layers == null) {
            why = "The link's net=" + quote(given.get(Key.NET)) + " is not a list of layer sizes such as 2,3,1: ";
        } else if (layers[layers.length - 1] != 1) {
            why = "The link's network ends in " + JsNumber.format(layers[layers.length - 1])
                    + " output units; the computation graph is drawn for one: ";
        } else if (count > MAX_PARAMETERS) {
            notices.add("This network has " + JsNumber.format(count) + " weights and biases; the computation graph is drawn "
                    + "for up to " + MAX_PARAMETERS + ". Showing the lecture's 2 → 2 → 1 example instead.");
            return new Read(null, notices);
        } else if (hidden == null || output == null) {
            Key bad = hidden == null ? Key.ACT : Key.OUT;
            why = "The link's " + bad.id + "=" + quote(given.get(bad)) + " is not an activation (" + activationIds() + "): ";
        } else if (loss == null) {
            why = "The link's loss=" + quote(given.get(Key.LOSS)) + " is not a loss (squared or log): ";
        } else if (!loss.fits(output)) {
            why = "Log loss needs a sigmoid output, and the link's output is " + output.kind().label() + ": ";
        }
        double[] w = null;
        double[] x = null;
        int[] sizes = null;
        if (why == null) {
            sizes = new int[layers.length];
            for (int l = 0; l < sizes.length; l++) {
                sizes[l] = (int) layers[l]; // each at most 40 here
            }
            String listed = given.get(Key.W);
            int bad = firstNotANumber(listed);
            w = numbers(listed);
            x = numbers(given.get(Key.X));
            int n0 = sizes[0];
            if (bad >= 0) {
                why = "The link's weight or bias number " + (bad + 1) + " (" + quote(Texts.split(listed, ',').get(bad))
                        + ") is not a finite number: ";
            } else if (w.length != count) {
                why = "The link gives " + w.length + " weights and biases where a " + arrows(sizes) + " network has "
                        + JsNumber.format(count) + ": ";
            } else if (x == null || x.length != n0) {
                why = "The link's inputs (x=" + quote(given.get(Key.X)) + ") are not " + n0 + " finite "
                        + Texts.noun(n0, "number") + ", one for each input of the network: ";
            }
        }
        Double y = why == null ? number(given.get(Key.Y)) : null;
        if (why == null && (y == null || (loss == Loss.LOG && y != 0 && y != 1))) {
            why = "The link's target y=" + quote(given.get(Key.Y)) + " is not "
                    + (loss == Loss.LOG ? "a label 0 or 1, as log loss needs: " : "a finite number: ");
        }
        if (why != null) {
            notices.add(why + FALLBACK);
            return new Read(null, notices);
        }
        String[] names = Texts.indexed("x", sizes[0]);
        String typed = given.get(Key.NAMES);
        if (typed != null) {
            String[] listed = Texts.split(typed, ',').toArray(new String[0]);
            String problem = listed.length == sizes[0] ? namesProblem(listed) : "are not " + sizes[0] + " names";
            if (problem == null) {
                names = listed;
            } else {
                notices.add("The link's input names (" + quote(typed) + ") " + problem + ": calling them "
                        + String.join(", ", names) + ".");
            }
        }
        return new Read(new NetworkLink(sizes, hidden, output, loss, w, x, names, y), notices);
    }

    private static String quote(String value) {
        return "“" + Texts.shorten(value, 40) + "”";
    }

    /** Whole layer sizes of at least one unit, at least two layers; null otherwise. */
    private static double[] layers(String text) {
        List<String> parts = Texts.split(text, ',');
        double[] layers = parts.size() < 2 ? null : numbers(text);
        for (int l = 0; layers != null && l < layers.length; l++) {
            if (layers[l] < 1 || layers[l] != Math.floor(layers[l])) {
                return null;
            }
        }
        return layers;
    }

    /** Σ n[l]·(n[l−1] + 1), in doubles: a link may name layers of any size. */
    private static double count(double[] layers) {
        double count = 0;
        for (int l = 1; layers != null && l < layers.length; l++) {
            count += layers[l] * (layers[l - 1] + 1);
        }
        return count;
    }

    private static Activation activation(String id) {
        Activation.Kind kind = Activation.Kind.byId(id);
        return kind == null ? null : Activation.of(kind);
    }

    private static String activationIds() {
        List<String> ids = new ArrayList<>();
        for (Activation.Kind k : Activation.Kind.values()) {
            ids.add(k.id());
        }
        return String.join(", ", ids);
    }

    /** The comma-separated finite numbers, or null. */
    private static double[] numbers(String text) {
        if (firstNotANumber(text) >= 0) {
            return null;
        }
        List<String> parts = Texts.split(text, ',');
        double[] v = new double[parts.size()];
        for (int k = 0; k < v.length; k++) {
            v[k] = number(parts.get(k));
        }
        return v;
    }

    /** The index of the first piece of the comma-separated text that is not a finite number, or −1. */
    private static int firstNotANumber(String text) {
        List<String> parts = Texts.split(text, ',');
        for (int k = 0; k < parts.size(); k++) {
            if (number(parts.get(k)) == null) {
                return k;
            }
        }
        return -1;
    }

    private static Double number(String text) {
        if (text.trim().isEmpty()) {
            return null;
        }
        double v = JsNumber.parse(text);
        return Math.abs(v) <= Double.MAX_VALUE ? v : null;
    }

    private static boolean finite(double[] values) {
        for (double v : values) {
            if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                return false;
            }
        }
        return true;
    }

    /** Names are graph nodes: short, distinct, and not like the graph's own W[1]₁₁ or ℓ. */
    private static String namesProblem(String[] names) {
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            if (n.trim().isEmpty() || !n.equals(n.trim()) || n.length() > MAX_NAME || n.indexOf('[') >= 0
                    || n.indexOf(']') >= 0 || n.indexOf(',') >= 0 || n.equals("ℓ") || n.equals("y")) {
                return "are not all short names (at most " + MAX_NAME + " characters, without brackets)";
            }
            for (int k = 0; k < i; k++) {
                if (names[k].equals(n)) {
                    return "name two inputs " + n;
                }
            }
        }
        return null;
    }

    // ---- the network ----

    /** "2 → 3 → 1". */
    public static String arrows(int[] sizes) {
        StringBuilder s = new StringBuilder();
        for (int n : sizes) {
            s.append(s.length() == 0 ? "" : " → ").append(n);
        }
        return s.toString();
    }

    public int[] sizes() {
        return sizes.clone();
    }

    public Activation hidden() {
        return hidden;
    }

    public Activation output() {
        return output;
    }

    public Loss loss() {
        return loss;
    }

    /** A new engine network with these layers, activations and parameters. */
    public Network network() {
        Network net = new Network(sizes, hidden, output);
        net.setParameters(parameters);
        return net;
    }

    public double[] x() {
        return x.clone();
    }

    public String[] names() {
        return names.clone();
    }

    public double y() {
        return y;
    }

    /** Why {@code value} cannot be the target, or null: log loss takes the labels 0 and 1. */
    public String labelProblem(double value) {
        return loss == Loss.LOG && value != 0 && value != 1 ? "under log loss the label y is 0 or 1" : null;
    }

    /** The same network and example with input {@code i} at {@code value}. */
    public NetworkLink withInput(int i, double value) {
        double[] next = x.clone();
        next[i] = value;
        return new NetworkLink(sizes, hidden, output, loss, parameters, next, names, y);
    }

    public NetworkLink withTarget(double value) {
        return new NetworkLink(sizes, hidden, output, loss, parameters, x, names, value);
    }

    // ---- writing ----

    /** Every key's value, in the table's order. */
    public Map<Key, String> values() {
        Map<Key, String> values = new EnumMap<>(Key.class);
        values.put(Key.NET, join(sizes));
        values.put(Key.ACT, hidden.id());
        values.put(Key.OUT, output.id());
        values.put(Key.LOSS, loss.id());
        values.put(Key.W, join(parameters));
        values.put(Key.X, join(x));
        values.put(Key.NAMES, String.join(",", names));
        values.put(Key.Y, JsNumber.format(y));
        return values;
    }

    /** The backprop page's link to this network at its first step: {@code #view=mlp&net=…}. */
    public String hash() {
        List<HashParams.Entry> entries = new ArrayList<>();
        entries.add(new HashParams.Entry(VIEW_KEY, VIEW));
        values().forEach((k, v) -> entries.add(new HashParams.Entry(k.id, v)));
        return "#" + HashParams.write(entries);
    }

    private static String join(int[] values) {
        StringBuilder s = new StringBuilder();
        for (int v : values) {
            s.append(s.length() == 0 ? "" : ",").append(v);
        }
        return s.toString();
    }

    private static String join(double[] values) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < values.length; k++) {
            s.append(k == 0 ? "" : ",").append(JsNumber.format(values[k]));
        }
        return s.toString();
    }
}
