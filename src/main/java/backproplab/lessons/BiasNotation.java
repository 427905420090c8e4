package backproplab.lessons;

import backproplab.text.Fmt;
import backproplab.text.Keyed;

/**
 * The two ways the slides write a linear model (docs/notation.md §2): with a separate bias,
 * a = wᵀx + b, or with the bias absorbed into the features, x ← [x; 1], w ← [w; b], a = wᵀx.
 * Same numbers, other bookkeeping: every formula and vector the page shows comes from here.
 */
public enum BiasNotation implements Keyed {
    SEPARATE("separate", "a = wᵀx + b"),
    ABSORBED("absorbed", "a = wᵀx with x ← [x; 1]");

    private static final String[] W_NAMES = {"w₁", "w₂", "w₃"};
    private static final String[] X_NAMES = {"x₁", "x₂", "x₁x₂"};

    private final String id;
    private final String label;

    BiasNotation(String id, String label) {
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

    public static BiasNotation byId(String id) {
        return Keyed.byId(values(), id);
    }

    /** What a is for one point: "wᵀx + b", or "wᵀx" with the bias absorbed. */
    public String sum() {
        return this == SEPARATE ? "wᵀx + b" : "wᵀx";
    }

    /** The model: "a = wᵀx + b,  ŷ = step(a)" or the soft version with σ. */
    public String model(ClassifierModel m) {
        return "a = " + sum() + ",   " + (m == ClassifierModel.PERCEPTRON ? "ŷ = step(a) = 1 if a > 0, else 0" : "ŷ = σ(a) = 1 / (1 + e⁻ᵃ)");
    }

    /** What x and w are: "x = [x₁; x₂], w = [w₁; w₂]" or, absorbed, with the 1 and b appended. */
    public String vectors(int d) {
        StringBuilder x = new StringBuilder("[");
        StringBuilder w = new StringBuilder("[");
        for (int k = 0; k < d; k++) {
            x.append(k > 0 ? "; " : "").append(X_NAMES[k]);
            w.append(k > 0 ? "; " : "").append(W_NAMES[k]);
        }
        if (this == ABSORBED) {
            x.append("; 1");
            w.append("; b");
        }
        String is = this == ABSORBED ? " ← " : " = ";
        return "x" + is + x + "],   w" + is + w + "]";
    }

    /** The learning rule of the model in this notation. */
    public String rule(ClassifierModel m) {
        if (m == ClassifierModel.PERCEPTRON) {
            return this == SEPARATE ? "w ← w + η(y − ŷ)x,   b ← b + η(y − ŷ)" : "w ← w + η(y − ŷ)x";
        }
        return this == SEPARATE
                ? "w ← w − α ∇_w L = w − α Σᵢ (ŷᵢ − yᵢ) xᵢ,   b ← b − α Σᵢ (ŷᵢ − yᵢ)"
                : "w ← w − α ∇_w L = w − α Σᵢ (ŷᵢ − yᵢ) xᵢ";
    }

    /** The lecture's total loss. */
    public String loss() {
        return this == SEPARATE ? "L(w, b) = Σᵢ ℓ(yᵢ, σ(wᵀxᵢ + b))" : "L(w) = Σᵢ ℓ(yᵢ, σ(wᵀxᵢ))";
    }

    /** The decision boundary a = 0 written out. */
    public String boundary(int d) {
        if (this == ABSORBED) {
            return "wᵀx = 0";
        }
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < d; k++) {
            s.append(k > 0 ? " + " : "").append(W_NAMES[k]).append(X_NAMES[k]);
        }
        return s.append(" + b = 0").toString();
    }

    /** The current parameters: "w = (1.2, −3), b = 0.5" or "w = (1.2, −3, 0.5)". */
    public String parameters(double[] w, double b) {
        return this == SEPARATE ? "w = " + tuple(w, null) + ",   b = " + show(b) : "w = " + tuple(w, show(b));
    }

    /** A point's input vector: "x = (6.93, 1.93)" or "x = (6.93, 1.93, 1)". */
    public String input(double[] x) {
        return "x = " + tuple(x, this == ABSORBED ? "1" : null);
    }

    /**
     * a for one input, every product written out: "a = wᵀx + b = 3.7·6.93 + (−1)·1.93 + 0 = 23.9".
     * The value a is the model's own, so the sum shown is the one the model classifies by.
     */
    public String activation(double[] w, double b, double[] x, double a) {
        StringBuilder s = new StringBuilder(this == SEPARATE ? "a = wᵀx + b = " : "a = wᵀx = ");
        for (int k = 0; k < w.length; k++) {
            s.append(k > 0 ? " + " : "").append(factor(w[k])).append('·').append(factor(x[k]));
        }
        s.append(this == SEPARATE ? " + " + factor(b) : " + " + factor(b) + "·1");
        return s.append(" = ").append(show(a)).toString();
    }

    private static String tuple(double[] v, String last) {
        StringBuilder s = new StringBuilder("(");
        for (int k = 0; k < v.length; k++) {
            s.append(k > 0 ? ", " : "").append(show(v[k]));
        }
        if (last != null) {
            s.append(", ").append(last);
        }
        return s.append(')').toString();
    }

    private static String factor(double v) {
        return v < 0 ? "(" + show(v) + ")" : show(v);
    }

    /** A number with 4 significant digits and a typographic minus, as on a slide. */
    public static String show(double v) {
        return Fmt.minus(Fmt.num(v, 4));
    }
}
