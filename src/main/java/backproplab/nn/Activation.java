package backproplab.nn;

import backproplab.math.DetMath;
import backproplab.text.Keyed;

/**
 * An activation σ with its value and derivative side by side (docs/notation.md §5).
 * A value, not a singleton: LeakyReLU carries its slope for x &lt; 0 (0.1 on the slide).
 */
public record Activation(Kind kind, double slope) {

    /** The activations the engine knows; {@code id} is the name used in links. */
    public enum Kind implements Keyed {
        LINEAR("linear", "linear"),
        STEP("step", "step"),
        SIGMOID("sigmoid", "sigmoid"),
        TANH("tanh", "tanh"),
        RELU("relu", "ReLU"),
        LEAKY_RELU("leakyrelu", "LeakyReLU"),
        SILU("silu", "SiLU"),
        GELU("gelu", "GELU");

        private final String id;
        private final String label;

        Kind(String id, String label) {
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

        public static Kind byId(String id) {
            return Keyed.byId(values(), id);
        }
    }

    public static final double DEFAULT_LEAKY_SLOPE = 0.1;

    public static final Activation LINEAR = new Activation(Kind.LINEAR, 0);
    public static final Activation STEP = new Activation(Kind.STEP, 0);
    public static final Activation SIGMOID = new Activation(Kind.SIGMOID, 0);
    public static final Activation TANH = new Activation(Kind.TANH, 0);
    public static final Activation RELU = new Activation(Kind.RELU, 0);
    public static final Activation LEAKY_RELU = new Activation(Kind.LEAKY_RELU, DEFAULT_LEAKY_SLOPE);
    public static final Activation SILU = new Activation(Kind.SILU, 0);
    public static final Activation GELU = new Activation(Kind.GELU, 0);

    /** Every activation with its default parameter, in the order the UI lists them. */
    public static Activation[] all() {
        return new Activation[] {TANH, SIGMOID, RELU, LEAKY_RELU, SILU, GELU, LINEAR, STEP};
    }

    public static Activation of(Kind kind) {
        return new Activation(kind, kind == Kind.LEAKY_RELU ? DEFAULT_LEAKY_SLOPE : 0);
    }

    public static Activation leakyRelu(double slope) {
        return new Activation(Kind.LEAKY_RELU, slope);
    }

    public String id() {
        return kind.id();
    }

    /** σ(a). */
    public double value(double a) {
        switch (kind) {
            case LINEAR: return a;
            case STEP: return a > 0 ? 1 : 0;
            case SIGMOID: return sigmoid(a);
            case TANH: return tanh(a);
            case RELU: return a > 0 ? a : 0;
            case LEAKY_RELU: return a > 0 ? a : slope * a;
            case SILU: return a * sigmoid(a);
            case GELU: return a * Phi(a);
            default: throw new IllegalStateException();
        }
    }

    /** σ′(a). */
    public double derivative(double a) {
        switch (kind) {
            case LINEAR: return 1;
            case STEP: return 0; // flat almost everywhere: the perceptron rule does not use it
            case SIGMOID: {
                double s = sigmoid(a);
                return s * (1 - s);
            }
            case TANH: {
                double t = tanh(a);
                return 1 - t * t;
            }
            case RELU: return a > 0 ? 1 : 0;
            case LEAKY_RELU: return a > 0 ? 1 : slope;
            case SILU: {
                double s = sigmoid(a);
                return s * (1 + a * (1 - s)); // d/da a·σ(a) = σ + a·σ(1−σ)
            }
            case GELU: return Phi(a) + phi(a) * a; // d/da a·Φ(a) = Φ + a·φ; φ·a, not a·φ: TeaVM inlines φ's product and drops its brackets
            default: throw new IllegalStateException();
        }
    }

    /**
     * σ′(a) when z = σ(a) is already known, as in the backward pass: tanh′ = 1 − z² and
     * σ′ = z(1 − z) read off z instead of calling exp again (docs/notation.md §6, σ[l]′(a[l])).
     */
    public double derivative(double a, double z) {
        switch (kind) {
            case TANH: return 1 - z * z;
            case SIGMOID: return z * (1 - z);
            default: return derivative(a);
        }
    }

    /**
     * z[k] = σ(a[k]) for from ≤ k &lt; to, the same numbers as {@link #value} unit by unit: one
     * switch per layer instead of one per unit, which the compiled page feels. a and z may be
     * the same array.
     */
    public void apply(double[] a, double[] z, int from, int to) {
        switch (kind) {
            case LINEAR:
                for (int k = from; k < to; k++) {
                    z[k] = a[k];
                }
                break;
            case STEP:
                for (int k = from; k < to; k++) {
                    z[k] = a[k] > 0 ? 1 : 0;
                }
                break;
            case SIGMOID:
                for (int k = from; k < to; k++) {
                    z[k] = sigmoid(a[k]);
                }
                break;
            case TANH:
                for (int k = from; k < to; k++) {
                    z[k] = tanh(a[k]);
                }
                break;
            case RELU:
                for (int k = from; k < to; k++) {
                    double ak = a[k];
                    z[k] = ak > 0 ? ak : 0;
                }
                break;
            default:
                for (int k = from; k < to; k++) {
                    z[k] = value(a[k]);
                }
        }
    }

    /**
     * z[k] ≈ σ(a[k]) for from ≤ k &lt; to, for the pictures (the heatmaps over the grid): as
     * {@link #apply}, except that tanh and the sigmoid (½ + ½·tanh(a/2)) come from
     * {@link #tanhForPictures}, within 6·10⁻⁶ of the exact values, a colour step being 1/256;
     * the largest network asks for 490,000 of them a picture. Training and every number the
     * page prints use the exact σ. a and z may be the same array.
     */
    public void applyForPictures(double[] a, double[] z, int from, int to) {
        switch (kind) {
            case TANH:
                tanhForPictures(a, z, from, to);
                break;
            case SIGMOID:
                for (int k = from; k < to; k++) {
                    z[k] = 0.5 * a[k];
                }
                tanhForPictures(z, z, from, to);
                for (int k = from; k < to; k++) {
                    z[k] = 0.5 + 0.5 * z[k];
                }
                break;
            default:
                apply(a, z, from, to);
        }
    }

    /**
     * delta[k] ← delta[k]·σ′(a[k]) for k &lt; count, given z[k] = σ(a[k]): the last step of
     * δ[l] = (W[l+1])ᵀ δ[l+1] ⊙ σ′(a[l]), with the switch hoisted as in {@link #apply}.
     */
    public void multiplyByDerivative(double[] delta, double[] a, double[] z, int count) {
        switch (kind) {
            case TANH:
                for (int k = 0; k < count; k++) {
                    double zk = z[k];
                    delta[k] = (1 - zk * zk) * delta[k];
                }
                break;
            case SIGMOID:
                for (int k = 0; k < count; k++) {
                    double zk = z[k];
                    delta[k] = (zk * (1 - zk)) * delta[k];
                }
                break;
            case RELU:
                for (int k = 0; k < count; k++) {
                    delta[k] = (a[k] > 0 ? 1 : 0) * delta[k];
                }
                break;
            default:
                for (int k = 0; k < count; k++) {
                    delta[k] = derivative(a[k], z[k]) * delta[k];
                }
        }
    }

    /** σ(a) = 1/(1+e^(−a)), written so that e^x never overflows. */
    public static double sigmoid(double a) {
        if (a >= 0) {
            return 1 / (1 + DetMath.exp(-a));
        }
        double e = DetMath.exp(a);
        return e / (1 + e);
    }

    /**
     * tanh a = (e^(2a) − 1)/(e^(2a) + 1), through DetMath (Math.tanh and Math.exp differ in the
     * last bit between the JVM and JavaScript engines); e^(2a) − 1 by expm1 so that small a
     * keep their relative accuracy. Beyond ±20 it is ±1 to the last bit.
     */
    public static double tanh(double a) {
        if (a > 20) {
            return 1;
        }
        if (a < -20) {
            return -1;
        }
        double m = DetMath.expm1(2 * a);
        return m / (m + 2);
    }

    /** The pictures' tanh is ±1 beyond ±FAST_TANH_LIMIT, off by at most 1 − tanh 11 ≈ 5.6·10⁻¹⁰. */
    private static final double FAST_TANH_LIMIT = 11;
    /** Knots of the pictures' tanh table per unit of a. */
    private static final double TANH_KNOTS = 128;

    /** The pictures' tanh table, made on its first use: pages that draw no pictures never make it. */
    private static final class TanhTable {
        /** tanh at a = −11 + i/128, from the exact {@link #tanh}; one knot past +11 for a rounded up to it. */
        static final double[] VALUES = values();

        private static double[] values() {
            double[] t = new double[(int) (2 * FAST_TANH_LIMIT * TANH_KNOTS) + 2];
            for (int i = 0; i < t.length; i++) {
                t[i] = tanh(-FAST_TANH_LIMIT + i / TANH_KNOTS);
            }
            return t;
        }
    }

    /**
     * z[k] = tanh a[k] to within 5.9·10⁻⁶ (h²/8 · max|tanh″| for knots h = 1/128 apart), with
     * no e^x: linear interpolation in a table of the exact tanh, exact at the knots (0 among
     * them) and never decreasing. NaN stays NaN. Cheaper in the page than a rational function
     * (two polynomials and a division), for errors under 1/600 of a colour step.
     */
    private static void tanhForPictures(double[] a, double[] z, int from, int to) {
        double[] table = TanhTable.VALUES;
        for (int k = from; k < to; k++) {
            double x = a[k];
            double r;
            if (x < FAST_TANH_LIMIT && x > -FAST_TANH_LIMIT) {
                double u = (x + FAST_TANH_LIMIT) * TANH_KNOTS;
                int i = (int) u;
                double t0 = table[i];
                r = t0 + (u - i) * (table[i + 1] - t0);
            } else {
                r = x >= FAST_TANH_LIMIT ? 1 : x <= -FAST_TANH_LIMIT ? -1 : x;
            }
            z[k] = r;
        }
    }

    /** Φ, the standard normal CDF: ½(1 + erf(x/√2)). */
    public static double Phi(double x) {
        return 0.5 * (1 + erf(x * 0.7071067811865476));
    }

    /** φ, the standard normal density. */
    public static double phi(double x) {
        return 0.3989422804014327 * DetMath.exp(-0.5 * x * x);
    }

    /**
     * The error function to ~1e-14: its Maclaurin series for |x| ≤ 2.5, and the continued
     * fraction of erfc beyond (Abramowitz &amp; Stegun 7.1.5 and 7.1.14).
     */
    public static double erf(double x) {
        double ax = Math.abs(x);
        double r;
        if (ax <= 2.5) {
            // erf x = 2/√π Σ (−1)^n x^(2n+1) / (n! (2n+1))
            double x2 = ax * ax;
            double term = ax;
            double sum = ax;
            for (int n = 1; n < 100; n++) {
                term = -x2 / n * term; // not term *= …: see DetMath on TeaVM and products
                double t = term / (2 * n + 1);
                sum += t;
                if (Math.abs(t) < 1e-17 * sum) {
                    break;
                }
            }
            r = 1.1283791670955126 * sum;
        } else if (ax < 6.5) {
            // erfc x = e^(−x²)/√π · 1/(x + ½/(x + 1/(x + 3⁄2/(x + …))))
            double k = ax;
            for (int n = 60; n >= 1; n--) {
                k = ax + (n * 0.5) / k;
            }
            r = 1 - DetMath.exp(-ax * ax) / (1.7724538509055159 * k);
        } else {
            r = 1;
        }
        return x < 0 ? -r : r;
    }
}
