package backproplab.nn;

import backproplab.text.Keyed;

/** The penalty on weights (never biases), as TF Playground applies it; {@code id} is the name used in links. */
public enum Regularization implements Keyed {
    NONE("none", "none"),
    L1("L1", "L1"),
    L2("L2", "L2");

    private final String id;
    private final String label;

    Regularization(String id, String label) {
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

    public static Regularization byId(String id) {
        return Keyed.byId(values(), id);
    }

    /** The penalty's derivative R′(w): 0, sign(w) for |w|, w for ½w². */
    public double derivative(double w) {
        switch (this) {
            case NONE: return 0;
            case L1: return w > 0 ? 1 : w < 0 ? -1 : 0;
            case L2: return w;
            default: throw new IllegalStateException();
        }
    }
}
