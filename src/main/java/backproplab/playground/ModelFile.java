package backproplab.playground;

import backproplab.data.DataPoint;
import backproplab.data.Feature;
import backproplab.data.Points;
import backproplab.data.Split;
import backproplab.nn.Activation;
import backproplab.nn.Head;
import backproplab.nn.Network;
import backproplab.state.HashCodec;
import backproplab.state.PlaygroundState;
import backproplab.state.Problem;
import backproplab.text.Json;
import backproplab.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained playground saved as a JSON file and read back. The file holds the configuration as
 * the playground's own link text ({@link HashCodec}), the network's shape and activations,
 * every weight and bias, the data it trained and was tested on, and the epoch count:
 *
 * <pre>
 * {
 *   "format": "backprop-lab-model",
 *   "version": 1,
 *   "config": "activation=tanh&amp;batchSize=10&amp;…",
 *   "inputs": ["x", "y"],
 *   "layers": [2, 4, 2, 1],
 *   "hiddenActivation": "tanh",
 *   "outputActivation": "tanh",
 *   "epochs": 120,
 *   "weights": [[…8 numbers…], […8…], […2…]],
 *   "biases": [[…4…], […2…], […1…]],
 *   "train": [[x₁, x₂, label], …],
 *   "test": [[x₁, x₂, label], …]
 * }
 * </pre>
 *
 * weights[l−1] is W[l] row-major (W[l][j·n[l−1] + i] from unit i of layer l−1 to unit j of
 * layer l, as in {@link Network}), biases[l−1] is b[l]. Numbers are written in their shortest
 * exact form, so every double reads back bit for bit and save → load → save gives the same bytes.
 *
 * <p>Reading is all or nothing: it checks everything (the JSON, the format and version, each
 * field's type, the shape against the configuration, every count and every number) and gives
 * either a complete {@link Model} or one precise sentence about the first problem. The inputs,
 * layers and activations repeat what the configuration implies, for a person reading the file;
 * they must agree with it.
 */
public final class ModelFile {
    private ModelFile() {
    }

    public static final String FORMAT = "backprop-lab-model";
    public static final int VERSION = 1;
    /** Train and test points together: ten times the largest data set, so a frame stays quick. */
    public static final int MAX_POINTS = 12_000;

    /** A complete, checked model: everything {@link Playground#load} needs. */
    public static final class Model {
        private final PlaygroundState state;
        private final Split data;
        private final double[] parameters;
        private final int epochs;

        private Model(PlaygroundState state, Split data, double[] parameters, int epochs) {
            this.state = state;
            this.data = data;
            this.parameters = parameters;
            this.epochs = epochs;
        }

        public PlaygroundState state() {
            return state;
        }

        public Split data() {
            return data;
        }

        /** Every weight and bias in {@link Network#copyParametersTo} order (a copy). */
        public double[] parameters() {
            return parameters.clone();
        }

        public int epochs() {
            return epochs;
        }
    }

    /** What reading a file gave: a model, or the reason there is none. */
    public record Loaded(Model model, String error) {
        public boolean ok() {
            return model != null;
        }
    }

    /** Why this playground cannot be saved, or null when it can (JSON has no NaN or ∞). */
    public static String whyNotSavable(Playground p) {
        return p.network().parametersFinite() ? null
                : "the weights are no longer numbers (NaN or ∞) after training diverged; reset the network to save it";
    }

    /** The file's text for this playground; check {@link #whyNotSavable} first. */
    public static String write(Playground p) {
        String why = whyNotSavable(p);
        if (why != null) {
            throw new IllegalStateException(why);
        }
        Network net = p.network();
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", FORMAT);
        file.put("version", VERSION);
        file.put("config", HashCodec.write(p.state()));
        List<Object> inputs = new ArrayList<>();
        for (Feature f : p.inputs()) {
            inputs.add(f.id());
        }
        file.put("inputs", inputs);
        List<Object> layers = new ArrayList<>();
        for (int units : net.n) {
            layers.add(units);
        }
        file.put("layers", layers);
        file.put("hiddenActivation", net.hidden().id());
        file.put("outputActivation", net.output().id());
        file.put("epochs", p.epochs());
        List<Object> weights = new ArrayList<>();
        List<Object> biases = new ArrayList<>();
        for (int l = 1; l <= net.L; l++) {
            weights.add(numbers(net.W[l]));
            biases.add(numbers(net.b[l]));
        }
        file.put("weights", weights);
        file.put("biases", biases);
        file.put("train", points(p.data().train()));
        file.put("test", points(p.data().test()));
        return Json.write(file);
    }

    private static List<Object> numbers(double[] values) {
        List<Object> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }

    private static List<Object> points(Points points) {
        List<Object> out = new ArrayList<>(points.count);
        for (int k = 0; k < points.count; k++) {
            List<Object> point = new ArrayList<>(3);
            point.add(points.x1[k]);
            point.add(points.x2[k]);
            point.add(points.label[k]);
            out.add(point);
        }
        return out;
    }

    /** Reads a model file; never throws. */
    public static Loaded read(String text) {
        try {
            return new Loaded(new Reader(text).model(), null);
        } catch (Json.Error e) {
            return new Loaded(null, "This file is not valid JSON: " + e.getMessage() + ".");
        } catch (Invalid e) {
            return new Loaded(null, e.getMessage());
        }
    }

    /** The first problem found in a file, as the sentence the student reads. */
    private static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message);
        }
    }

    private static final String[] FIELDS = {
        "format", "version", "config", "inputs", "layers", "hiddenActivation", "outputActivation", "epochs",
        "weights", "biases", "train", "test",
    };

    private static final class Reader {
        private final Object root;

        Reader(String text) {
            root = Json.parse(text);
        }

        Model model() {
            if (!(root instanceof Map)) {
                throw new Invalid("A model file is a JSON object { … }; this file holds " + Json.typeName(root) + ".");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> file = (Map<String, Object>) root;
            Object format = file.get("format");
            if (!FORMAT.equals(format)) {
                throw new Invalid("This is not a Backprop Lab model: its \"format\" is "
                        + (format == null ? "missing" : describe(format)) + ", expected \"" + FORMAT + "\".");
            }
            int version = whole(file, "version", 1, Integer.MAX_VALUE);
            if (version > VERSION) {
                throw new Invalid("This model has version " + version + ", newer than this Backprop Lab (" + VERSION
                        + "): open it with the Backprop Lab that saved it, or save it again from there as version " + VERSION + ".");
            }
            for (String key : file.keySet()) {
                if (!known(key)) {
                    throw new Invalid("\"" + Texts.shorten(key, 40) + "\" is not part of a version " + VERSION + " model file.");
                }
            }
            String config = string(file, "config");
            HashCodec.Parsed parsed = HashCodec.parse(config);
            if (!parsed.notices().isEmpty()) {
                throw new Invalid("The configuration (\"config\") has a problem: " + parsed.notices().get(0)
                        + (parsed.notices().size() > 1 ? " (and " + (parsed.notices().size() - 1) + " more)" : "") + ".");
            }
            PlaygroundState state = parsed.state();
            Feature[] inputs = state.inputs();
            List<Object> inputIds = array(file, "inputs");
            if (!inputIds.equals(ids(inputs))) {
                throw new Invalid("\"inputs\" lists " + describe(inputIds) + " but the configuration feeds the network "
                        + describe(ids(inputs)) + ".");
            }
            int[] sizes = sizes(state, inputs.length);
            List<Object> layers = array(file, "layers");
            if (!layers.equals(doubles(sizes))) {
                throw new Invalid("\"layers\" is " + describe(layers) + " but the configuration (" + inputs.length
                        + " inputs, networkShape=" + shapeText(state) + ", one output) gives " + describe(doubles(sizes)) + ".");
            }
            Head head = Head.of(state.problem() == Problem.CLASSIFICATION, state.loss());
            activation(file, "hiddenActivation", state.activation(), "the configuration's activation");
            activation(file, "outputActivation", head.activation, "the output this problem and loss use");
            int epochs = whole(file, "epochs", 0, Link.MAX_EPOCHS); // what a link can carry too
            double[] parameters = parameters(file, sizes);
            boolean regression = state.problem() == Problem.REGRESSION;
            Points train = points(file, "train", regression, 0);
            Points test = points(file, "test", regression, train.count);
            return new Model(state, new Split(train, test), parameters, epochs);
        }

        private static boolean known(String key) {
            for (String f : FIELDS) {
                if (f.equals(key)) {
                    return true;
                }
            }
            return false;
        }

        private static List<Object> ids(Feature[] features) {
            List<Object> out = new ArrayList<>();
            for (Feature f : features) {
                out.add(f.id());
            }
            return out;
        }

        private static int[] sizes(PlaygroundState state, int inputs) {
            List<Integer> shape = state.networkShape();
            int[] sizes = new int[shape.size() + 2];
            sizes[0] = inputs;
            for (int l = 0; l < shape.size(); l++) {
                sizes[l + 1] = shape.get(l);
            }
            sizes[sizes.length - 1] = 1;
            return sizes;
        }

        private static String shapeText(PlaygroundState state) {
            StringBuilder out = new StringBuilder();
            for (int units : state.networkShape()) {
                out.append(out.length() == 0 ? "" : ",").append(units);
            }
            return out.toString();
        }

        private static List<Object> doubles(int[] values) {
            List<Object> out = new ArrayList<>();
            for (int v : values) {
                out.add((double) v);
            }
            return out;
        }

        private static void activation(Map<String, Object> file, String key, Activation expected, String what) {
            String id = string(file, key);
            if (!id.equals(expected.id())) {
                throw new Invalid("\"" + key + "\" is \"" + Texts.shorten(id, 40) + "\" but " + what + " is \"" + expected.id() + "\".");
            }
        }

        /** weights[l−1] must hold n[l]·n[l−1] numbers and biases[l−1] n[l], for l = 1 … L. */
        private static double[] parameters(Map<String, Object> file, int[] sizes) {
            List<Object> weights = array(file, "weights");
            List<Object> biases = array(file, "biases");
            int L = sizes.length - 1;
            if (weights.size() != L) {
                throw new Invalid("\"weights\" should list " + L + " " + Texts.noun(L, "layer") + " (one per layer after the input), found "
                        + weights.size() + ".");
            }
            if (biases.size() != L) {
                throw new Invalid("\"biases\" should list " + L + " " + Texts.noun(L, "layer") + " (one per layer after the input), found "
                        + biases.size() + ".");
            }
            int count = 0;
            for (int l = 1; l <= L; l++) {
                count += sizes[l] * sizes[l - 1] + sizes[l];
            }
            double[] parameters = new double[count];
            int k = 0;
            for (int l = 1; l <= L; l++) {
                String shape = " (" + sizes[l] + " " + Texts.noun(sizes[l], "unit") + " × "
                        + sizes[l - 1] + " " + Texts.noun(sizes[l - 1], "input") + ")";
                k = layer(weights.get(l - 1), l, "weight", sizes[l] * sizes[l - 1], shape, parameters, k);
                k = layer(biases.get(l - 1), l, "bias", sizes[l], " (one per unit)", parameters, k);
            }
            return parameters;
        }

        private static int layer(Object value, int l, String kind, int expected, String why, double[] out, int k) {
            String what = (kind.equals("bias") ? "biases" : "weights") + " of layer " + l;
            if (!(value instanceof List)) {
                throw new Invalid("The " + what + " should be an array of numbers, found " + Json.typeName(value) + ".");
            }
            List<?> list = (List<?>) value;
            if (list.size() != expected) {
                throw new Invalid("The " + what + " should have " + expected + " " + Texts.noun(expected, "number") + why
                        + ", found " + list.size() + ".");
            }
            for (int i = 0; i < expected; i++) {
                out[k++] = finite(list.get(i), "layer " + l, kind + " " + (i + 1));
            }
            return k;
        }

        private static Points points(Map<String, Object> file, String key, boolean regression, int before) {
            List<Object> list = array(file, key);
            if (before + list.size() > MAX_POINTS) {
                throw new Invalid("The file has more than " + MAX_POINTS + " data points; the playground keeps at most "
                        + MAX_POINTS + " so that every frame stays quick.");
            }
            List<DataPoint> points = new ArrayList<>(list.size());
            for (int k = 0; k < list.size(); k++) {
                String where = "point " + (k + 1) + " of \"" + key + "\"";
                Object item = list.get(k);
                if (!(item instanceof List) || ((List<?>) item).size() != 3) {
                    throw new Invalid("Point " + (k + 1) + " of \"" + key + "\" should be [x₁, x₂, label], found " + describe(item) + ".");
                }
                List<?> p = (List<?>) item;
                double x1 = finite(p.get(0), where, "x₁");
                double x2 = finite(p.get(1), where, "x₂");
                double label = finite(p.get(2), where, "the label");
                if (!regression && label != 1 && label != -1) {
                    throw new Invalid("In " + where + ", the label is " + Json.number(label)
                            + "; a classification label is 1 or -1.");
                }
                points.add(new DataPoint(x1, x2, label));
            }
            return Points.of(points, regression);
        }

        private static double finite(Object value, String where, String name) {
            if (!(value instanceof Double)) {
                throw new Invalid("In " + where + ", " + name + " should be a number, found " + describe(value) + ".");
            }
            double x = (Double) value;
            if (!(Math.abs(x) <= Double.MAX_VALUE)) {
                throw new Invalid("In " + where + ", " + name + " is too large for a double (it would be infinite).");
            }
            return x;
        }

        private static Object field(Map<String, Object> file, String key) {
            Object value = file.get(key);
            if (value == null) {
                throw new Invalid("The file has no \"" + key + "\".");
            }
            return value;
        }

        private static String string(Map<String, Object> file, String key) {
            Object value = field(file, key);
            if (!(value instanceof String)) {
                throw new Invalid("\"" + key + "\" should be a string, found " + describe(value) + ".");
            }
            return (String) value;
        }

        @SuppressWarnings("unchecked")
        private static List<Object> array(Map<String, Object> file, String key) {
            Object value = field(file, key);
            if (!(value instanceof List)) {
                throw new Invalid("\"" + key + "\" should be an array [ … ], found " + describe(value) + ".");
            }
            return (List<Object>) value;
        }

        private static int whole(Map<String, Object> file, String key, int lo, int hi) {
            Object value = field(file, key);
            if (!(value instanceof Double)) {
                throw new Invalid("\"" + key + "\" should be a whole number, found " + describe(value) + ".");
            }
            double x = (Double) value;
            if (x != Math.floor(x) || x < lo || x > hi) {
                throw new Invalid("\"" + key + "\" is " + describe(value) + "; it should be a whole number from " + lo
                        + (hi == Integer.MAX_VALUE ? " up" : " to " + hi) + ".");
            }
            return (int) x;
        }

        /** A value as a message quotes it: short values in full, long ones by their type. */
        private static String describe(Object value) {
            if (value instanceof Double) {
                double x = (Double) value;
                return Math.abs(x) <= Double.MAX_VALUE ? Json.number(x) : "a number too large for a double";
            }
            if (value instanceof String) {
                return "\"" + Texts.shorten((String) value, 40) + "\"";
            }
            if (value instanceof List) {
                List<?> list = (List<?>) value;
                StringBuilder out = new StringBuilder("[");
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    if (i == 8 || item instanceof List || item instanceof Map) {
                        return list.size() + " values";
                    }
                    out.append(i == 0 ? "" : ", ").append(describe(item));
                }
                return out.append(']').toString();
            }
            return Json.typeName(value);
        }
    }
}
