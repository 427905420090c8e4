package backproplab.nn;

import backproplab.math.DetMath;

import backproplab.text.Keyed;

/**
 * The loss between the network's output ŷ and the target y, named in the lecture's notation
 * (docs/notation.md §2: ℓ(y, ŷ)); {@code id} is the name used in links.
 */
public enum Loss implements Keyed {
    SQUARED("squared", "squared error ½(ŷ−y)²"),
    LOG("log", "log loss");

    private final String id;
    private final String label;

    Loss(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public static Loss byId(String id) {
        return Keyed.byId(values(), id);
    }

    /**
     * Whether this loss can sit on that output activation. Log loss reads the output as a
     * probability, and is computed from the logit a, so it needs the sigmoid head.
     */
    public boolean fits(Activation output) {
        return this == SQUARED || output.kind() == Activation.Kind.SIGMOID;
    }

    /**
     * ℓ for one output unit with pre-activation a, output z = σ(a) and target t.
     * Squared: ½(z − t)². Log (docs/notation.md §2): −[y log z + (1−y) log(1−z)] with the ±1 label
     * t mapped to y = (1+t)/2, evaluated from a as max(a,0) − a·y + log(1+e^(−|a|)), which
     * is the same number but never takes log 0 nor overflows exp, for any finite a.
     */
    public double value(double a, double z, double t) {
        switch (this) {
            case SQUARED: {
                double e = z - t;
                return 0.5 * e * e;
            }
            case LOG:
                return Math.max(a, 0) - a * probability(t) + DetMath.log(1 + DetMath.exp(-Math.abs(a)));
            default:
                throw new IllegalStateException();
        }
    }

    /**
     * δ = ∂ℓ/∂a for one output unit: squared, (z − t)·σ′(a) (the slide's δ[L]);
     * log with a sigmoid output, σ(a) − y: σ′ cancels against the loss's 1/(z(1−z)).
     */
    public double delta(Activation output, double a, double z, double t) {
        switch (this) {
            case SQUARED: return (z - t) * output.derivative(a, z);
            case LOG: return z - probability(t);
            default: throw new IllegalStateException();
        }
    }

    /** The ±1 classification label as the probability target y ∈ {0, 1} of log loss. */
    private static double probability(double t) {
        return 0.5 * (1 + t);
    }
}
