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
     * The steps Δ[k] for the parameters k &lt; count with gradients g[k]·scale, so that
     * θ[k] ← θ[k] − Δ[k]; m[k] and v[k] are their state (momentum's velocity; Adam's first and
     * second moments). c1 = 1 − β1^t and c2 = 1 − β2^t are Adam's bias corrections after t
     * updates (unused otherwise). A whole layer at a time: one switch, not one per parameter.
     * <ul>
     * <li>SGD: Δ = α g (docs/notation.md §3)</li>
     * <li>momentum: m ← β m + g, Δ = α m</li>
     * <li>Adam: m ← β1 m + (1−β1) g, v ← β2 v + (1−β2) g², Δ = α (m/c1) / (√(v/c2) + ε)</li>
     * </ul>
     */
    public void steps(double[] g, double scale, double learningRate, double[] m, double[] v, double c1, double c2,
            double[] step, int count) {
        switch (this) {
            case SGD:
                for (int k = 0; k < count; k++) {
                    step[k] = g[k] * scale * learningRate; // α·(g·scale), the product on the left (DetMath)
                }
                break;
            case MOMENTUM:
                for (int k = 0; k < count; k++) {
                    double mk = MOMENTUM_BETA * m[k] + g[k] * scale;
                    m[k] = mk;
                    step[k] = learningRate * mk;
                }
                break;
            case ADAM:
                for (int k = 0; k < count; k++) {
                    double gk = g[k] * scale;
                    double mk = BETA1 * m[k] + (1 - BETA1) * gk;
                    double vk = BETA2 * v[k] + (1 - BETA2) * gk * gk;
                    m[k] = mk;
                    v[k] = vk;
                    // (m/c1)·α, not α·(m/c1): TeaVM drops the brackets of a product's right operand (DetMath)
                    step[k] = mk / c1 * learningRate / (Math.sqrt(vk / c2) + EPSILON);
                }
                break;
            default:
                throw new IllegalStateException();
        }
    }
}
