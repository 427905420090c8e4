package backproplab.nn;

import backproplab.text.Keyed;

/** How a gradient becomes a step; {@code id} is the name used in links. */
public enum Optimizer implements Keyed {
    SGD("sgd", "SGD"),
    MOMENTUM("momentum", "momentum"),
    ADAM("adam", "Adam");

    private final String id;
    private final String label;

    Optimizer(String id, String label) {
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

    public static Optimizer byId(String id) {
        return Keyed.byId(values(), id);
    }

    /** Momentum's β (heavy ball). */
    public static final double MOMENTUM_BETA = 0.9;
    /** Adam's β1, β2 and ε (Kingma &amp; Ba's defaults). */
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    /**
     * The step Δ for one parameter with gradient g, so that θ ← θ − Δ; m[k] and v[k] are its
     * state (momentum's velocity; Adam's first and second moments). c1 = 1 − β1^t and
     * c2 = 1 − β2^t are Adam's bias corrections after t updates (unused otherwise).
     * <ul>
     * <li>SGD: Δ = α g (LECTURE.md §3)</li>
     * <li>momentum: m ← β m + g, Δ = α m</li>
     * <li>Adam: m ← β1 m + (1−β1) g, v ← β2 v + (1−β2) g², Δ = α (m/c1) / (√(v/c2) + ε)</li>
     * </ul>
     */
    public double step(double g, double learningRate, double[] m, double[] v, int k, double c1, double c2) {
        switch (this) {
            case SGD:
                return learningRate * g;
            case MOMENTUM:
                m[k] = MOMENTUM_BETA * m[k] + g;
                return learningRate * m[k];
            case ADAM:
                m[k] = BETA1 * m[k] + (1 - BETA1) * g;
                v[k] = BETA2 * v[k] + (1 - BETA2) * g * g;
                // (m/c1)·α, not α·(m/c1): TeaVM drops the brackets of a product's right operand (DetMath)
                return m[k] / c1 * learningRate / (Math.sqrt(v[k] / c2) + EPSILON);
            default:
                throw new IllegalStateException();
        }
    }
}
