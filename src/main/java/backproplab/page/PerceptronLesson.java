package backproplab.page;

import backproplab.lessons.BiasNotation;
import backproplab.lessons.ClassifierData;
import backproplab.lessons.ClassifierModel;
import backproplab.lessons.LinearInputs;
import backproplab.lessons.PerceptronSettings;
import backproplab.text.Fmt;
import java.util.ArrayList;
import java.util.List;

/**
 * perceptron.html without the page: the perceptron rule on "Will I pass this class?" and the truth
 * tables, or logistic regression on the same data (docs/notation.md §1–2, §4), with every sentence
 * and number the page shows. Run and Play step it through {@link Steps}; the link is
 * {@link #settings()}.
 */
public final class PerceptronLesson implements Steps {
    /** The speeds offered: slow, normal, fast. */
    public static final int SPEEDS = 3;

    private PerceptronSettings settings;
    private Classifier model;
    private int hovered = -1;
    private int speed = 1;
    private int[] labels;

    public PerceptronLesson(PerceptronSettings settings) {
        apply(settings);
    }

    /** A new configuration: a fresh run from w = 0, replayed to the settings' t. */
    public void apply(PerceptronSettings next) {
        settings = next;
        LinearInputs inputs = next.inputs();
        model = next.model() == ClassifierModel.PERCEPTRON
                ? new PerceptronClassifier(inputs, next.eta(), next.t())
                : new LogisticClassifier(inputs, next.eta(), next.t());
        hovered = -1;
        labels = new int[inputs.count];
        for (int i = 0; i < inputs.count; i++) {
            labels[i] = inputs.y(i);
        }
    }

    /** The configuration as it stands, with t as far as the run has gone: what the link carries. */
    public PerceptronSettings settings() {
        return settings.withT(model.t());
    }

    /** Another way of writing the bias: the same run, other formulas. */
    public void setBias(BiasNotation bias) {
        settings = settings.withBias(bias);
    }

    /** The Step button: one update of the perceptron, or one gradient step. */
    public void step() {
        model.step();
    }

    /** The Epoch button: the rest of the perceptron's epoch under way. */
    public void epoch() {
        model.epoch();
    }

    /** Slow (0), normal (1) or fast (2). */
    public void setSpeed(int speed) {
        this.speed = Math.max(0, Math.min(SPEEDS - 1, speed));
    }

    /** Points at data point i (−1: none); returns whether that changed what the page shows. */
    public boolean hover(int i) {
        int next = i >= 0 && i < inputs().count ? i : -1;
        boolean changed = next != hovered;
        hovered = next;
        return changed;
    }

    @Override
    public boolean hasNext() {
        return model.playsOn();
    }

    @Override
    public void next() {
        model.playStep();
    }

    @Override
    public void rewind() {
        apply(settings.withT(0));
    }

    @Override
    public double dwellMs() {
        return 1000 / model.rate(speed);
    }

    // ---- the plane ----

    public LinearInputs inputs() {
        return model.run().inputs();
    }

    /** The model's a = wᵀx + b at a plane point, which the plane shades. */
    public double a(double x1, double x2) {
        return model.run().a(x1, x2);
    }

    /** Whether the plane shades σ(a) rather than the two sides of a = 0. */
    public boolean soft() {
        return model.soft();
    }

    /** The labels y ∈ {0, 1} of the points, in the order of {@link #inputs()}. */
    public int[] labels() {
        return labels;
    }

    /** The point the last update corrected, ringed on the plane; −1 for none. */
    public int corrected() {
        return model.corrected();
    }

    public int hovered() {
        return hovered;
    }

    /** w_k for the normal arrow, drawn only in the plane's own two inputs (NaN with x₁x₂). */
    public double normal(int k) {
        return inputs().d == 2 ? model.run().w(k) : Double.NaN;
    }

    public String x1Axis() {
        return axisName(settings.data().x1Name(), "x₁");
    }

    public String x2Axis() {
        return axisName(settings.data().x2Name(), "x₂");
    }

    private static String axisName(String name, String symbol) {
        return name.equals(symbol) ? symbol : name + " (" + symbol + ")";
    }

    public int misclassified() {
        return model.run().misclassified();
    }

    // ---- the controls ----

    /** The learning rates offered, and the link's own if it is none of them. */
    public List<Choice> rateChoices() {
        List<Choice> choices = new ArrayList<>();
        boolean found = false;
        for (double v : model.rates()) {
            choices.add(rateChoice(v));
            found |= v == settings.eta();
        }
        if (!found) {
            choices.add(rateChoice(settings.eta()));
        }
        return choices;
    }

    private static Choice rateChoice(double v) {
        return new Choice(Fmt.num(v, 17), Fmt.num(v, 6));
    }

    /** The value of the rate chosen, among {@link #rateChoices()}. */
    public String rateValue() {
        return Fmt.num(settings.eta(), 17);
    }

    public String rateName() {
        return model.labels().rateName();
    }

    public String stepLabel() {
        return model.labels().stepLabel();
    }

    /** The Run button while not running: "Run to convergence", or "Play" for gradient steps. */
    public String runLabel() {
        return model.labels().runLabel();
    }

    public boolean epochOffered() {
        return model.epochs();
    }

    /** x₁x₂ is offered for the four-point truth tables only. */
    public boolean x1x2Offered() {
        return settings.data().truthTable();
    }

    public String lede() {
        ClassifierData d = settings.data();
        return d.truthTable()
                ? d.label().substring(0, d.label().indexOf(' ')) + " as four points: the two input bits x₁, x₂ ∈ {0, 1}, blue where the output is 1. Can one line put the blue points on one side and the orange on the other?"
                : "Will I pass this class? Each dot is a student: hours studied across, hours on the project up. A linear classifier draws one line, and says “pass” on one side of it.";
    }

    /**
     * Where this page's symbols differ from the playground's, and why (docs/notation.md): the
     * step's name, which follows the lecture's rule for each model, and the labels 0 and 1.
     */
    public String notation() {
        String rate = settings.model() == ClassifierModel.PERCEPTRON
                ? "The perceptron rule is written with η, as in the lecture; it is the same role α plays in gradient descent"
                        + " (logistic regression here, the descent page, the playground)."
                : "Gradient descent is written with α, as on the descent page and in the playground; the perceptron rule,"
                        + " written with η as in the lecture, uses its step in the same role.";
        return rate + " The labels here are y ∈ {0, 1}, as the step's output and σ's probability read them; the playground"
                + " labels its classes −1 and +1, as TF Playground does, and its log loss reads them as y = 0 and 1.";
    }

    public String positiveKey() {
        return settings.data().truthTable() ? "output 1 (y = 1)" : "pass (y = 1)";
    }

    public String negativeKey() {
        return settings.data().truthTable() ? "output 0 (y = 0)" : "fail (y = 0)";
    }

    public String boundaryKey() {
        return model.labels().boundaryKey();
    }

    // ---- the formulas and numbers ----

    public String modelFormula() {
        return settings.bias().model(settings.model());
    }

    public String vectors() {
        return settings.bias().vectors(inputs().d);
    }

    public String rule() {
        return settings.bias().rule(settings.model());
    }

    /** The loss minimised, or null when the model has none to show. */
    public String lossFormula() {
        return model.lossFormula(settings.bias());
    }

    public String boundary() {
        return "Boundary: " + settings.bias().boundary(inputs().d) + model.labels().boundaryNote();
    }

    /** "w = (…),   b = …,   η = 1". */
    public String parameters() {
        return settings.bias().parameters(weights(), model.run().b()) + ",   " + model.labels().rateSymbol() + " = " + BiasNotation.show(settings.eta());
    }

    private double[] weights() {
        double[] w = new double[inputs().d];
        for (int k = 0; k < w.length; k++) {
            w[k] = model.run().w(k);
        }
        return w;
    }

    public String count() {
        return model.count();
    }

    public Line status() {
        return model.status();
    }

    /**
     * The side panel's point: the hovered one, or else the one the last update corrected, worked
     * out with the model's own a; with none, an invitation to point at one.
     */
    public PointView point() {
        int i = hovered >= 0 ? hovered : model.corrected();
        BiasNotation n = settings.bias();
        if (i < 0) {
            return new PointView("A point", "Point at a dot (or tap it) to see " + n.sum() + " for it.", "", "", Double.NaN, 0);
        }
        boolean update = hovered < 0;
        LinearInputs in = inputs();
        int y = in.y(i);
        double[] x = new double[in.d];
        for (int k = 0; k < in.d; k++) {
            x[k] = in.x(i, k);
        }
        String what = in.data.truthTable()
                ? "bits (" + (int) in.x1[i] + ", " + (int) in.x2[i] + "), y = " + y
                : Fmt.fixed(in.x1[i], 1) + " h studied, " + Fmt.fixed(in.x2[i], 1) + " h on the project, y = " + y + (y == 1 ? " (pass)" : " (fail)");
        Classifier.Working work = model.work(i, update, n, x);
        return new PointView(update ? "The update just made (point " + (i + 1) + ")" : "Point " + (i + 1),
                what + ":   " + n.input(x), work.activation(), work.more(), work.a(), y);
    }

    /** Whether the page explains XOR: on XOR without x₁x₂, once the run has tried long enough. */
    public boolean xorShown() {
        return inputs().data == ClassifierData.XOR && !inputs().lifted() && model.stuck();
    }

    public String xorWhy() {
        return "No line separates XOR's points. The ones, (0, 1) and (1, 0), would have to lie on one side and the zeros, (0, 0) and (1, 1), on the other. "
                + "But the segment joining the ones and the segment joining the zeros cross at (½, ½): a side of a line that holds both ends of a segment holds all of it, so (½, ½) would be on both sides. "
                + model.xorVerdict();
    }

    public String xorCycle() {
        return model.xorCycle();
    }

    /**
     * One point in the side panel.
     *
     * @param a the a its output picture marks (NaN: no point)
     * @param y its label, for the output picture
     */
    public record PointView(String title, String input, String activation, String more, double a, int y) {
    }
}
