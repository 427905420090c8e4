package backproplab.data;

import backproplab.math.DetMath;
import backproplab.text.Keyed;
import java.util.Set;

/**
 * The input features a network can be given (docs/notation.md §4: feature engineering). The ids
 * are TF Playground's link keys; cosX and cosY, which it lists but never computes, work here.
 * Sines and cosines come from {@link DetMath}, so inputs are identical on the JVM and the page.
 */
public enum Feature implements Keyed {
    X("x", "x₁"),
    Y("y", "x₂"),
    X_SQUARED("xSquared", "x₁²"),
    Y_SQUARED("ySquared", "x₂²"),
    X_TIMES_Y("xTimesY", "x₁x₂"),
    SIN_X("sinX", "sin(x₁)"),
    SIN_Y("sinY", "sin(x₂)"),
    COS_X("cosX", "cos(x₁)"),
    COS_Y("cosY", "cos(x₂)");

    private final String id;
    private final String label;

    Feature(String id, String label) {
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

    /** The feature's value at the point (x₁, x₂). */
    public double value(double x1, double x2) {
        switch (this) {
            case X: return x1;
            case Y: return x2;
            case X_SQUARED: return x1 * x1;
            case Y_SQUARED: return x2 * x2;
            case X_TIMES_Y: return x1 * x2;
            case SIN_X: return DetMath.sin(x1);
            case SIN_Y: return DetMath.sin(x2);
            case COS_X: return DetMath.cos(x1);
            case COS_Y: return DetMath.cos(x2);
            default: throw new IllegalStateException();
        }
    }

    /** The chosen features in the fixed order of this enum: the network's input order. */
    public static Feature[] inOrder(Set<Feature> chosen) {
        int n = 0;
        for (Feature f : values()) {
            if (chosen.contains(f)) {
                n++;
            }
        }
        Feature[] result = new Feature[n];
        int i = 0;
        for (Feature f : values()) {
            if (chosen.contains(f)) {
                result[i++] = f;
            }
        }
        return result;
    }

    /** Writes the input vector of (x₁, x₂) into {@code out[0 … inputs.length)}; allocates nothing. */
    public static void fill(Feature[] inputs, double x1, double x2, double[] out) {
        for (int i = 0; i < inputs.length; i++) {
            out[i] = inputs[i].value(x1, x2);
        }
    }

    public static Feature byId(String id) {
        return Keyed.byId(values(), id);
    }
}
