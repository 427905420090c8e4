package backproplab.page;

import backproplab.lessons.ActivationFacts;
import backproplab.lessons.ActivationSettings;
import backproplab.math.DetMath;
import backproplab.nn.Activation;
import backproplab.text.Fmt;
import java.util.ArrayList;
import java.util.List;

/**
 * activations.html without the page (docs/notation.md §5): the activation chosen, its formulas and
 * the readout of z = σ(a) and σ′(a) at a pre-activation a the student moves, every value from the engine's
 * {@link Activation}. The link is {@link #settings()}.
 */
public final class ActivationsLesson {
    /** The readout's steps by arrow key, without and with Shift. */
    private static final double KEY_STEP = 0.1;
    private static final double SHIFT_KEY_STEP = 1;

    private final double xMin;
    private final double xMax;
    private ActivationSettings settings;
    private double readoutX = 1;

    /**
     * @param xMin the left end of the plotted range of x, which the readout stays within
     * @param xMax its right end
     */
    public ActivationsLesson(ActivationSettings settings, double xMin, double xMax) {
        this.settings = settings;
        this.xMin = xMin;
        this.xMax = xMax;
    }

    public ActivationSettings settings() {
        return settings;
    }

    public void apply(ActivationSettings next) {
        settings = next;
    }

    /** Every activation, in the engine's order: id and name. */
    public static List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        for (Activation a : Activation.all()) {
            choices.add(new Choice(a.id(), a.kind().label()));
        }
        return choices;
    }

    /** The activation plotted large, with this page's LeakyReLU slope. */
    public Activation activation() {
        return settings.activation();
    }

    /** Any activation as its thumbnail draws it. */
    public Activation activation(Activation.Kind kind) {
        return settings.activation(kind);
    }

    public boolean chosen(Activation.Kind kind) {
        return settings.kind() == kind;
    }

    /** The name the plot and the readout give the function: σ for the sigmoid. */
    public String name() {
        return ActivationFacts.name(activation());
    }

    public String formula() {
        return ActivationFacts.formula(activation());
    }

    /** "Identity: tanh(x) = 2σ(2x) − 1", or null where the slides show none. */
    public String identity() {
        String identity = ActivationFacts.identity(activation());
        return identity == null ? null : "Identity: " + identity;
    }

    public String derivativeFormula() {
        return ActivationFacts.derivativeFormula(activation());
    }

    public boolean derivativeShown() {
        return settings.derivative();
    }

    public String note() {
        return ActivationFacts.note(activation());
    }

    /** The slope slider applies to LeakyReLU only. */
    public boolean slopeActive() {
        return settings.kind() == Activation.Kind.LEAKY_RELU;
    }

    public String slopeText() {
        return Fmt.num(settings.slope(), 3);
    }

    // ---- the readout ----

    public double readoutX() {
        return readoutX;
    }

    /** Puts the readout at x, kept within the plot, in hundredths so that the x printed is the x evaluated. */
    public void moveReadout(double x) {
        readoutX = DetMath.hundredths(Math.max(xMin, Math.min(xMax, x)));
    }

    /**
     * A key pressed on the plot: ← and → move the readout by 0.1, by 1 with Shift.
     *
     * @return whether the key was one of them
     */
    public boolean key(String key, boolean shift) {
        double by = shift ? SHIFT_KEY_STEP : KEY_STEP;
        if ("ArrowLeft".equals(key)) {
            moveReadout(readoutX - by);
            return true;
        }
        if ("ArrowRight".equals(key)) {
            moveReadout(readoutX + by);
            return true;
        }
        return false;
    }

    public String readoutXText() {
        return Fmt.minus(Fmt.fixed(readoutX, 2));
    }

    /** "σ(a)", and its value at the readout to 4 decimals. */
    public String readoutName() {
        return name() + "(a)";
    }

    public String readoutValue() {
        return Fmt.minus(Fmt.fixed(activation().value(readoutX), 4));
    }

    /** "σ′(a)", and its value at the readout. */
    public String readoutDerivativeName() {
        return name() + "′(a)";
    }

    public String readoutDerivative() {
        return Fmt.minus(Fmt.fixed(activation().derivative(readoutX), 4));
    }
}
