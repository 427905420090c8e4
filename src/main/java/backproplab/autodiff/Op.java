package backproplab.autodiff;

import backproplab.math.DetMath;
import backproplab.nn.Activation;

/**
 * The operations a graph node can apply, each stating its forward value and its local
 * derivatives side by side (micrograd's engine.py style), plus both as text for the page.
 *
 * <p>For every operation: {@code value(x)} is y = f(x₀, x₁, …); {@code derivative(i, x, y)} is
 * the local derivative ∂y/∂xᵢ (docs/notation.md §6: the factor the chain rule multiplies by);
 * {@code formula(x, c)} writes f with the operand texts {@code x} (names or numbers), and
 * {@code derivativeFormula(i, x, c)} writes ∂y/∂xᵢ in terms of the operands, e.g. for
 * w = u · v: ∂w/∂v = "u". {@code c[i]} is operand i's value when it is a constant and NaN
 * otherwise (so u^2 can be written u² and differentiated to 2 · u).
 *
 * <p>At the kinks of relu, abs, max and min the derivative takes one side (relu′(0) = 0, the
 * first operand wins a tie of max/min), as the network engine does.
 */
public enum Op {
    /** y = x: a second name for a node ({@code v = u}). */
    IDENTITY(1, null) {
        public double value(double[] x) { return x[0]; }
        public double derivative(int i, double[] x, double y) { return 1; }
        public String formula(String[] x, double[] c) { return x[0]; }
        public String derivativeFormula(int i, String[] x, double[] c) { return "1"; }
    },
    ADD(2, null) {
        public double value(double[] x) { return x[0] + x[1]; }
        public double derivative(int i, double[] x, double y) { return 1; }
        public String formula(String[] x, double[] c) { return infix(x, " + "); }
        public String derivativeFormula(int i, String[] x, double[] c) { return "1"; }
    },
    SUB(2, null) {
        public double value(double[] x) { return x[0] - x[1]; }
        public double derivative(int i, double[] x, double y) { return i == 0 ? 1 : -1; }
        public String formula(String[] x, double[] c) { return infix(x, " − "); }
        public String derivativeFormula(int i, String[] x, double[] c) { return i == 0 ? "1" : "-1"; }
    },
    MUL(2, null) {
        public double value(double[] x) { return x[0] * x[1]; }
        public double derivative(int i, double[] x, double y) { return x[1 - i]; } // ∂(ab)/∂a = b
        public String formula(String[] x, double[] c) { return infix(x, " · "); }
        public String derivativeFormula(int i, String[] x, double[] c) { return x[1 - i]; }
    },
    DIV(2, null) {
        public double value(double[] x) { return x[0] / x[1]; }
        public double derivative(int i, double[] x, double y) {
            return i == 0 ? 1 / x[1] : -x[0] / (x[1] * x[1]); // ∂(a/b)/∂b = −a/b²
        }
        public String formula(String[] x, double[] c) { return infix(x, " / "); }
        public String derivativeFormula(int i, String[] x, double[] c) {
            String b2 = Notation.power(x[1], "2", 2);
            return i == 0 ? "1 / " + Notation.atom(x[1]) : "−" + Notation.atom(x[0]) + " / " + b2;
        }
    },
    /** a^b; with a constant exponent k it reads u² and differentiates to k · u^(k−1). */
    POW(2, null) {
        public double value(double[] x) { return Math.pow(x[0], x[1]); }
        public double derivative(int i, double[] x, double y) {
            if (i == 0) {
                return x[1] == 0 ? 0 : x[1] * Math.pow(x[0], x[1] - 1); // b · a^(b−1)
            }
            return y * Math.log(x[0]); // a^b · ln a
        }
        public String formula(String[] x, double[] c) { return Notation.power(x[0], x[1], c[1]); }
        public String derivativeFormula(int i, String[] x, double[] c) {
            if (i == 1) {
                return Notation.power(x[0], x[1], c[1]) + " · log(" + x[0] + ")";
            }
            double k = c[1];
            if (Double.isNaN(k)) {
                return Notation.atom(x[1]) + " · " + Notation.atom(x[0]) + "^(" + x[1] + " − 1)";
            }
            if (k == 0) {
                return "0";
            }
            if (k == 1) {
                return "1";
            }
            String k1 = Notation.number(k - 1);
            String power = k == 2 ? Notation.atom(x[0]) : Notation.power(x[0], k1, k - 1);
            return Notation.left(Notation.number(k)) + " · " + power;
        }
    },
    NEG(1, null) {
        public double value(double[] x) { return -x[0]; }
        public double derivative(int i, double[] x, double y) { return -1; }
        public String formula(String[] x, double[] c) { return "−" + Notation.atom(x[0]); }
        public String derivativeFormula(int i, String[] x, double[] c) { return "-1"; }
    },
    EXP(1, "exp") {
        public double value(double[] x) { return Math.exp(x[0]); }
        public double derivative(int i, double[] x, double y) { return y; } // (eᵃ)′ = eᵃ
        public String derivativeFormula(int i, String[] x, double[] c) { return call("exp", x); }
    },
    /** The natural logarithm, as in the log loss of docs/notation.md §2. */
    LOG(1, "log") {
        public double value(double[] x) { return Math.log(x[0]); }
        public double derivative(int i, double[] x, double y) { return 1 / x[0]; }
        public String derivativeFormula(int i, String[] x, double[] c) { return "1 / " + Notation.atom(x[0]); }
    },
    SQRT(1, "sqrt") {
        public double value(double[] x) { return Math.sqrt(x[0]); }
        public double derivative(int i, double[] x, double y) { return 0.5 / y; } // 1/(2√a)
        public String derivativeFormula(int i, String[] x, double[] c) { return "1 / (2 · sqrt(" + x[0] + "))"; }
    },
    SIN(1, "sin") {
        public double value(double[] x) { return Math.sin(x[0]); }
        public double derivative(int i, double[] x, double y) { return Math.cos(x[0]); }
        public String derivativeFormula(int i, String[] x, double[] c) { return call("cos", x); }
    },
    COS(1, "cos") {
        public double value(double[] x) { return Math.cos(x[0]); }
        public double derivative(int i, double[] x, double y) { return -Math.sin(x[0]); }
        public String derivativeFormula(int i, String[] x, double[] c) { return "−" + call("sin", x); }
    },
    TANH(1, "tanh") {
        public double value(double[] x) { return Activation.tanh(x[0]); }
        public double derivative(int i, double[] x, double y) { return 1 - y * y; } // 1 − tanh²
        public String derivativeFormula(int i, String[] x, double[] c) { return "1 − " + call("tanh", x) + "²"; }
    },
    /** σ(a) = 1/(1+e^(−a)) (docs/notation.md §2), σ′ = σ(1 − σ). */
    SIGMOID(1, "sigmoid") {
        public double value(double[] x) { return Activation.sigmoid(x[0]); }
        public double derivative(int i, double[] x, double y) { return y * (1 - y); }
        public String formula(String[] x, double[] c) { return call("σ", x); }
        public String derivativeFormula(int i, String[] x, double[] c) {
            return call("σ", x) + " · (1 − " + call("σ", x) + ")";
        }
    },
    /** ReLU(a) = max(0, a) (docs/notation.md §5). */
    RELU(1, "relu") {
        public double value(double[] x) { return x[0] > 0 ? x[0] : 0; }
        public double derivative(int i, double[] x, double y) { return x[0] > 0 ? 1 : 0; }
        public String formula(String[] x, double[] c) { return call("ReLU", x); }
        public String derivativeFormula(int i, String[] x, double[] c) { return "1 if " + x[0] + " > 0, else 0"; }
    },
    ABS(1, "abs") {
        public double value(double[] x) { return Math.abs(x[0]); }
        public double derivative(int i, double[] x, double y) { return x[0] > 0 ? 1 : x[0] < 0 ? -1 : 0; }
        public String formula(String[] x, double[] c) { return "|" + x[0] + "|"; }
        public String derivativeFormula(int i, String[] x, double[] c) { return call("sign", x); }
    },
    MAX(2, "max") {
        public double value(double[] x) { return x[0] >= x[1] ? x[0] : x[1]; }
        public double derivative(int i, double[] x, double y) { return (x[0] >= x[1]) == (i == 0) ? 1 : 0; }
        public String derivativeFormula(int i, String[] x, double[] c) {
            return i == 0 ? "1 if " + x[0] + " ≥ " + x[1] + ", else 0" : "1 if " + x[1] + " > " + x[0] + ", else 0";
        }
    },
    MIN(2, "min") {
        public double value(double[] x) { return x[0] <= x[1] ? x[0] : x[1]; }
        public double derivative(int i, double[] x, double y) { return (x[0] <= x[1]) == (i == 0) ? 1 : 0; }
        public String derivativeFormula(int i, String[] x, double[] c) {
            return i == 0 ? "1 if " + x[0] + " ≤ " + x[1] + ", else 0" : "1 if " + x[1] + " < " + x[0] + ", else 0";
        }
    },
    /**
     * x₀ + x₁ + … with any number of operands: not written by the parser (it makes binary +),
     * but lets a program build a unit's pre-activation a = Σ wᵢ zᵢ + b as one node.
     */
    SUM(-1, null) {
        public double value(double[] x) {
            double s = 0;
            for (double v : x) {
                s += v;
            }
            return s;
        }
        public double derivative(int i, double[] x, double y) { return 1; }
        public String formula(String[] x, double[] c) { return infix(x, " + "); }
        public String derivativeFormula(int i, String[] x, double[] c) { return "1"; }
    },
    /**
     * A unit's pre-activation a = Σₖ wₖ zₖ + b (docs/notation.md §6: a[l] = W[l] z[l−1] + b[l], one
     * row), operands w₁, z₁, w₂, z₂, …, b. Summed as the network engine sums (b first, then each
     * product), so the value is the engine's to the last bit. Built by {@link Graph.Builder}.
     */
    AFFINE(-1, null) {
        public double value(double[] x) {
            int last = x.length - 1;
            double s = x[last];
            for (int k = 0; k < last; k += 2) {
                s += x[k] * x[k + 1];
            }
            return s;
        }
        public double derivative(int i, double[] x, double y) {
            return i == x.length - 1 ? 1 : x[i ^ 1]; // ∂(w·z)/∂w = z, ∂(w·z)/∂z = w
        }
        public String formula(String[] x, double[] c) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k + 1 < x.length; k += 2) {
                s.append(Notation.atom(x[k])).append('·').append(Notation.atom(x[k + 1])).append(" + ");
            }
            return s.append(Notation.atom(x[x.length - 1])).toString();
        }
        public String derivativeFormula(int i, String[] x, double[] c) {
            return i == x.length - 1 ? "1" : x[i ^ 1];
        }
    },
    /**
     * y = σ(a) through a network activation ({@code nn.Activation}) that the node carries, so
     * the numbers are the network engine's. The node computes it (see {@link Node#activation()});
     * the operation alone cannot.
     */
    ACTIVATION(1, null) {
        public double value(double[] x) { throw alone(); }
        public double derivative(int i, double[] x, double y) { throw alone(); }
        public String derivativeFormula(int i, String[] x, double[] c) { throw alone(); }
    },
    /**
     * The log loss of one example (docs/notation.md §2), ℓ = −[y log ŷ + (1−y) log(1−ŷ)], operands
     * ŷ and the label y (a constant): ∂ℓ/∂ŷ = (ŷ − y) / (ŷ(1 − ŷ)), which with ŷ = σ(a) makes
     * δ = ∂ℓ/∂a = ŷ − y.
     */
    LOG_LOSS(2, null) {
        public double value(double[] x) {
            double p = x[0];
            double y = x[1];
            return -((y == 0 ? 0 : y * DetMath.log(p)) + (y == 1 ? 0 : (1 - y) * DetMath.log(1 - p)));
        }
        public double derivative(int i, double[] x, double y) {
            double p = x[0];
            return i == 0 ? (p - x[1]) / (p * (1 - p)) : DetMath.log((1 - p) / p);
        }
        public String formula(String[] x, double[] c) {
            if (c[1] == 1) {
                return "−log(" + x[0] + ")";
            }
            if (c[1] == 0) {
                return "−log(1 − " + x[0] + ")";
            }
            return "−[" + x[1] + "·log(" + x[0] + ") + (1 − " + x[1] + ")·log(1 − " + x[0] + ")]";
        }
        public String derivativeFormula(int i, String[] x, double[] c) {
            if (i == 1) {
                return "log((1 − " + x[0] + ") / " + x[0] + ")";
            }
            if (c[1] == 1) {
                return "−1 / " + Notation.atom(x[0]);
            }
            if (c[1] == 0) {
                return "1 / (1 − " + x[0] + ")";
            }
            return "(" + x[0] + " − " + x[1] + ") / (" + x[0] + " · (1 − " + x[0] + "))";
        }
    },
    /**
     * The squared error of one example, ℓ = ½(ŷ − y)², operands ŷ and the target y (a constant):
     * ∂ℓ/∂ŷ = ŷ − y, so δ = ∂ℓ/∂a = (ŷ − y)·σ′(a). Computed as the engine's {@code nn.Loss.SQUARED}.
     */
    SQUARED_ERROR(2, null) {
        public double value(double[] x) {
            double e = x[0] - x[1];
            return 0.5 * e * e;
        }
        public double derivative(int i, double[] x, double y) { return i == 0 ? x[0] - x[1] : x[1] - x[0]; }
        public String formula(String[] x, double[] c) {
            return "½(" + x[0] + " − " + Notation.atom(x[1]) + ")²";
        }
        public String derivativeFormula(int i, String[] x, double[] c) {
            return i == 0 ? x[0] + " − " + Notation.atom(x[1]) : x[1] + " − " + Notation.atom(x[0]);
        }
    };

    private static IllegalStateException alone() {
        return new IllegalStateException("an ACTIVATION node computes through its nn.Activation");
    }

    private final int arity;
    private final String function;

    Op(int arity, String function) {
        this.arity = arity;
        this.function = function;
    }

    /** The number of operands, or -1 for any number (at least one). */
    public int arity() {
        return arity;
    }

    /** The name by which a program calls this operation ("exp", "max"), or null for an operator. */
    public String function() {
        return function;
    }

    /** The operation a program calls {@code name}, with the aliases ln = log and σ = sigmoid; or null. */
    public static Op byFunction(String name) {
        switch (name) {
            case "ln": return LOG;
            case "σ": return SIGMOID;
            default:
                for (Op op : values()) {
                    if (name.equals(op.function)) {
                        return op;
                    }
                }
                return null;
        }
    }

    /** y = f(x). */
    public abstract double value(double[] x);

    /** The local derivative ∂y/∂xᵢ at the operands {@code x}, where y = value(x). */
    public abstract double derivative(int i, double[] x, double y);

    /** f written with the operand texts, e.g. "u · v", "u²", "σ(t2)". */
    public String formula(String[] x, double[] c) {
        return call(function, x);
    }

    /** ∂y/∂xᵢ written with the operand texts, e.g. "u" for ∂(u · v)/∂v. */
    public abstract String derivativeFormula(int i, String[] x, double[] c);

    private static String infix(String[] x, String operator) {
        StringBuilder s = new StringBuilder(Notation.left(x[0]));
        for (int i = 1; i < x.length; i++) {
            s.append(operator).append(Notation.atom(x[i]));
        }
        return s.toString();
    }

    private static String call(String name, String[] x) {
        StringBuilder s = new StringBuilder(name).append('(');
        for (int i = 0; i < x.length; i++) {
            s.append(i == 0 ? "" : ", ").append(x[i]);
        }
        return s.append(')').toString();
    }
}
