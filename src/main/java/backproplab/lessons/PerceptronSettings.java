package backproplab.lessons;

import backproplab.data.DataKind;
import backproplab.data.Feature;
import backproplab.nn.Activation;
import backproplab.state.HashCodec;
import backproplab.state.HashParams;
import backproplab.state.PlaygroundState;
import backproplab.text.Fmt;
import backproplab.text.JsNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the perceptron page shows, as one value its link carries:
 * {@code #data=passfail&model=perceptron&eta=1&t=12&bias=separate&x1x2=false}. {@code t} is how
 * far the run has gone (updates of the perceptron, gradient steps of logistic regression);
 * both runs are deterministic, so the page replays them to the same w and b.
 *
 * @param eta the perceptron's η or logistic regression's α, in (0, 10]
 * @param x1x2 the extra feature x₁x₂ (only for the four-point truth tables)
 */
public record PerceptronSettings(ClassifierData data, ClassifierModel model, double eta, int t,
                                 BiasNotation bias, boolean x1x2) {

    /** The perceptron's η offered. From w = 0 they all make the same mistakes: η only scales w and b. */
    public static final double[] ETAS = {0.1, 0.5, 1, 2};
    /** Logistic regression's α offered: the sum over 100 points in hours needs small steps; 0.002 already overshoots at first. */
    public static final double[] ALPHAS = {0.0001, 0.0003, 0.001, 0.002, 0.003, 0.01, 0.1, 0.3, 1, 3};
    /** Most perceptron updates a link may ask to replay. */
    public static final int MAX_UPDATES = 10000;
    /** Most gradient steps a link may ask to replay. */
    public static final int MAX_STEPS = 20000;
    private static final double MAX_ETA = 10;

    /** A settings value read from a link, with a readable note for each part that was refused. */
    public record Parsed(PerceptronSettings settings, List<String> notices) {
        public Parsed {
            notices = List.copyOf(notices);
        }
    }

    public static PerceptronSettings defaults() {
        return new PerceptronSettings(ClassifierData.PASS_FAIL, ClassifierModel.PERCEPTRON, 1, 0, BiasNotation.SEPARATE, false);
    }

    /** The step size a model starts with on a data set: η = 1; α small for 100 points in hours, 1 for four bits. */
    public static double defaultEta(ClassifierModel model, ClassifierData data) {
        if (model == ClassifierModel.PERCEPTRON) {
            return 1;
        }
        return data == ClassifierData.PASS_FAIL ? 0.001 : 1;
    }

    /** Most steps t of the model. */
    public static int maxT(ClassifierModel model) {
        return model == ClassifierModel.PERCEPTRON ? MAX_UPDATES : MAX_STEPS;
    }

    /** Other data: a fresh run at the data's default step size (x₁x₂ only stays on a truth table). */
    public PerceptronSettings withData(ClassifierData d) {
        return new PerceptronSettings(d, model, defaultEta(model, d), 0, bias, x1x2 && d.truthTable());
    }

    public PerceptronSettings withModel(ClassifierModel m) {
        return new PerceptronSettings(data, m, defaultEta(m, data), 0, bias, x1x2);
    }

    public PerceptronSettings withEta(double e) {
        return new PerceptronSettings(data, model, e, 0, bias, x1x2);
    }

    public PerceptronSettings withT(int steps) {
        return new PerceptronSettings(data, model, eta, Math.max(0, Math.min(maxT(model), steps)), bias, x1x2);
    }

    public PerceptronSettings withBias(BiasNotation b) {
        return new PerceptronSettings(data, model, eta, t, b, x1x2);
    }

    public PerceptronSettings withX1x2(boolean on) {
        return new PerceptronSettings(data, model, eta, 0, bias, on && data.truthTable());
    }

    /** The inputs of this configuration. */
    public LinearInputs inputs() {
        return new LinearInputs(data, x1x2);
    }

    /** The link text, without {@code #}. */
    public String toHash() {
        List<HashParams.Entry> e = new ArrayList<>();
        e.add(new HashParams.Entry("data", data.id()));
        e.add(new HashParams.Entry("model", model.id()));
        e.add(new HashParams.Entry("eta", Fmt.num(eta, 6)));
        e.add(new HashParams.Entry("t", Integer.toString(t)));
        e.add(new HashParams.Entry("bias", bias.id()));
        e.add(new HashParams.Entry("x1x2", Boolean.toString(x1x2)));
        return HashParams.write(e);
    }

    /**
     * Reads a link; never throws. Each part that is unknown or out of range keeps its default and
     * gets a plain sentence saying so. An absent {@code eta} is the model's default for the data.
     */
    public static Parsed parse(String hash) {
        List<String> notices = new ArrayList<>();
        PerceptronSettings d = defaults();
        ClassifierData data = d.data;
        ClassifierModel model = d.model;
        BiasNotation bias = d.bias;
        String etaText = null;
        String tText = null;
        String x1x2Text = null;
        for (HashParams.Entry entry : HashParams.parse(hash)) {
            String key = entry.key();
            String value = entry.value();
            switch (key) {
                case "data": {
                    ClassifierData v = ClassifierData.byId(value);
                    if (v == null) {
                        notices.add("The link asks for data “" + LinkValues.shown(value) + "”, which this page does not have (data=passfail, and, or or xor); showing “" + data.label() + "”.");
                    } else {
                        data = v;
                    }
                    break;
                }
                case "model": {
                    ClassifierModel v = ClassifierModel.byId(value);
                    if (v == null) {
                        notices.add("The link asks for model “" + LinkValues.shown(value) + "”; this page has perceptron and logistic. Showing the perceptron.");
                    } else {
                        model = v;
                    }
                    break;
                }
                case "bias": {
                    BiasNotation v = BiasNotation.byId(value);
                    if (v == null) {
                        notices.add("The link's bias notation “" + LinkValues.shown(value) + "” is neither separate nor absorbed; showing a = wᵀx + b.");
                    } else {
                        bias = v;
                    }
                    break;
                }
                case "eta":
                    etaText = value;
                    break;
                case "t":
                    tText = value;
                    break;
                case "x1x2":
                    x1x2Text = value;
                    break;
                case HashParams.EMBED: // the site's key (SiteChrome), not this page's
                    break;
                default:
                    notices.add(LinkValues.unknown(key));
            }
        }
        double eta = defaultEta(model, data);
        if (etaText != null) {
            double v = JsNumber.parse(etaText);
            if (v > 0 && v <= MAX_ETA) {
                eta = v;
            } else {
                notices.add("The link's learning rate eta=“" + LinkValues.shown(etaText) + "” is not a number in (0, 10]; using " + Fmt.num(eta, 6) + ".");
            }
        }
        int t = 0;
        if (tText != null) {
            double v = JsNumber.parse(tText);
            int max = maxT(model);
            if (v >= 0 && v == Math.floor(v) && v <= max) {
                t = (int) v;
            } else if (v > max && v == Math.floor(v)) {
                t = max;
                notices.add("The link asks for " + LinkValues.shown(tText) + " steps; this page goes up to " + max + ".");
            } else {
                notices.add("The link's step count “" + LinkValues.shown(tText) + "” is not a whole number from 0; starting from the beginning.");
            }
        }
        boolean x1x2 = false;
        if (x1x2Text != null) {
            if (!x1x2Text.equals("true") && !x1x2Text.equals("false")) {
                notices.add("The link's x1x2 “" + LinkValues.shown(x1x2Text) + "” is neither true nor false; the feature x₁x₂ is off.");
            } else if (x1x2Text.equals("true") && !data.truthTable()) {
                notices.add("The feature x₁x₂ is offered for AND, OR and XOR only; it is off for " + data.label());
            } else {
                x1x2 = x1x2Text.equals("true");
            }
        }
        return new Parsed(new PerceptronSettings(data, model, eta, t, bias, x1x2), notices);
    }

    /**
     * The playground set up for the other way out of XOR (docs/notation.md §4–5): the xor data, inputs
     * x₁ and x₂ only, one hidden layer of four tanh units. Relative, so it works from disk too.
     */
    public static String playgroundLink() {
        PlaygroundState s = PlaygroundState.DEFAULT
                .withDataset(DataKind.XOR)
                .withNetworkShape(List.of(4))
                .withActivation(Activation.TANH)
                .withFeatures(Set.of(Feature.X, Feature.Y));
        return "index.html#" + HashCodec.write(s);
    }
}
