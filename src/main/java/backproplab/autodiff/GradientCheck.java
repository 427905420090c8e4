package backproplab.autodiff;

import backproplab.text.Fmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Backpropagation's gradient for each input beside a central difference
 * (f(x + h) − f(x − h)) / 2h, whose error shrinks like h²: if the two agree, the local
 * derivatives and the chain rule were applied right.
 *
 * <p>A central difference only means that where f is smooth across x ± h. The check samples f
 * at x + jh for j = −3..3 and reads the slopes between neighbouring samples: where they jump
 * from one value left of x to another right of it, x sits at a kink (relu at 0), where backprop
 * takes the side its rule picks and the difference averages both; where |f| peaks within x ± h,
 * a pole is there and the difference is meaningless. Neither is marked as backprop being wrong.
 *
 * <p>Nor is the central difference's own error: rounding, a few ε of the largest number the
 * computation passes through, over h (f = a² + 10⁸ gives 2.0003 for 2), and its h² term, which
 * doubling h shows (a³ at 0 gives h² for 0). Gradients within that error agree if it is small
 * beside them; where it is not, the check says it cannot tell.
 */
public final class GradientCheck {
    private GradientCheck() {
    }

    /** Agreement threshold for the relative error: far above rounding, far below a wrong derivative. */
    public static final double TOLERANCE = 1e-6;

    /**
     * The central difference's rounding error, in units of ε · (the largest |value| of a node near x) / h:
     * f(x ± h) each carry a few roundings of the largest number their computation passes through.
     */
    private static final double ROUNDING_ULPS = 4;

    /** ε = 2⁻⁵², the spacing of doubles at 1; not {@code Math.ulp(1.0)}, which TeaVM 0.16 gets wrong (about 10⁻⁹³). */
    private static final double EPSILON = 0x1p-52;

    /**
     * Two gradients that differ by less than the central difference's own error (rounding and its
     * h² term) agree if that error is below this or below 1% of backprop's gradient.
     */
    private static final double FINE = 1e-6;

    /** f is sampled at x + jh for j = −REACH..REACH. */
    private static final int REACH = 3;

    /**
     * How many times the jump of the slope across x must exceed the slope's change within either
     * side for a kink (a smooth f gives 1.5 to first order: the jump spans three steps of h, the
     * two sides one each); and how many times the change of the central difference when h
     * doubles must fall short of a disagreement for ✗ to be sure.
     */
    private static final double CLEAR = 10;

    /** What the check concludes for one input. */
    public enum Verdict {
        AGREE("✓ yes"),
        DISAGREE("✗ no"),
        /** f has a kink at the input: its slope differs left and right, and backprop's rule picks one. */
        KINK("— a kink here"),
        /** f is defined but changes too fast around the input (a pole within reach) for a central difference. */
        CANNOT_CHECK("— cannot check here"),
        /** f or its derivative is not a finite number at the input, or at x ± h. */
        UNDEFINED("— undefined here");

        private final String mark;

        Verdict(String mark) {
            this.mark = mark;
        }

        /** How the page's table says it: "✓ yes", "— a kink here". */
        public String mark() {
            return mark;
        }
    }

    /**
     * One input's two gradients and the verdict. {@code note} says, when it is not null, why the
     * two are not compared: the function or its derivative is not a number here, a kink, a pole.
     */
    public record Entry(Node input, String symbol, double backprop, double numeric, double relativeError,
            Verdict verdict, String note) {
        /** Whether the two gradients are compared: only then can they agree or disagree. */
        public boolean comparable() {
            return verdict == Verdict.AGREE || verdict == Verdict.DISAGREE;
        }

        /** Whether the two gradients agree: to {@link #TOLERANCE}, or within the central difference's own small error. */
        public boolean agrees() {
            return verdict == Verdict.AGREE;
        }

        /** "∂z/∂u: backprop 750, central difference 750, relative error 1.2e-11", and the note if there is one. */
        public String text() {
            return symbol + ": backprop " + Notation.number(backprop) + ", central difference "
                    + Notation.number(numeric) + (comparable() ? ", relative error " + errorText() : "")
                    + (note == null ? "" : ", " + note);
        }

        /** The relative error, or {@link Fmt#MISSING} when the two are not compared. */
        public String errorText() {
            return !comparable() ? Fmt.MISSING : relativeError == 0 ? "0" : Fmt.sci(relativeError, 2);
        }
    }

    /** The check for every input of the trace's graph. */
    public static List<Entry> of(Trace trace) {
        double[] analytic = trace.inputGradients();
        List<Entry> list = new ArrayList<>();
        for (int k = 0; k < analytic.length; k++) {
            list.add(entry(trace, k, analytic[k]));
        }
        return Collections.unmodifiableList(list);
    }

    /** The check of {@code backprop} as ∂z/∂(input {@code k}) at the trace's inputs (a test can pass a wrong one). */
    static Entry entry(Trace trace, int k, double backprop) {
        Graph g = trace.graph();
        Node input = g.inputs().get(k);
        String name = input.label();
        String symbol = Notation.partial(g.output().label(), name);
        double h = step(g.inputValue(k));
        double[][] probes = probes(g, k, REACH);
        double[] f = new double[probes.length];
        for (int j = 0; j < f.length; j++) {
            f[j] = probes[j][g.output().id()];
        }
        double numeric = difference(g, k, probes);
        double error = relativeError(backprop, numeric);
        String hText = " (h = " + Notation.number(h) + ")";
        Verdict verdict;
        String note = null;
        if (!trace.valuesFinite()) {
            verdict = Verdict.UNDEFINED;
            note = "no derivative here: " + trace.problem();
        } else if (!Double.isFinite(backprop)) {
            verdict = Verdict.UNDEFINED;
            note = "no finite derivative here: " + trace.problem();
        } else if (!Double.isFinite(numeric) || !Trace.allFinite(probes[REACH - 1]) || !Trace.allFinite(probes[REACH + 1])) {
            verdict = Verdict.UNDEFINED;
            note = "not comparable: the central difference needs the function at " + name + " ± h" + hText
                    + ", where it is not defined";
        } else if (!allFinite(probes)) { // defined at x ± h, not at x ± 2h or 3h: too close to judge a disagreement
            verdict = error <= TOLERANCE ? Verdict.AGREE : Verdict.CANNOT_CHECK;
            if (verdict == Verdict.CANNOT_CHECK) {
                note = "the function is not defined everywhere within " + name + " ± 3h" + hText
                        + ": the check cannot be made this close to where it is undefined";
            }
        } else {
            double[] s = new double[f.length - 1]; // s[i]: the slope from x + (i − 3)h to x + (i − 2)h
            for (int i = 0; i < s.length; i++) {
                s[i] = (f[i + 1] - f[i]) / h;
            }
            double largestValue = largestValue(g, probes);
            double rounding = ROUNDING_ULPS * EPSILON * largestValue / h; // in a slope, or a difference
            double left = s[REACH - 2];
            double right = s[REACH + 1];
            double jump = Math.abs(right - left);
            double sides = Math.abs(left - s[REACH - 3]) + Math.abs(s[REACH + 2] - right) + rounding;
            double near = Math.max(Math.abs(f[REACH - 1]), Math.max(Math.abs(f[REACH]), Math.abs(f[REACH + 1])));
            double far = Math.max(Math.abs(f[0]), Math.abs(f[f.length - 1]));
            // how much the central difference moves when h doubles: three times its own error, for a smooth f
            double wider = (f[REACH + 2] - f[REACH - 2]) / (4 * h);
            double truncation = Math.abs(wider - numeric) / 2; // that error, with half again for the next term
            double own = rounding + truncation; // the central difference's own error
            if (jump > CLEAR * sides && jump > TOLERANCE * Math.max(Math.abs(left), Math.abs(right))) {
                double slack = 2 * sides;
                boolean between = backprop >= Math.min(left, right) - slack && backprop <= Math.max(left, right) + slack;
                verdict = between ? Verdict.KINK : Verdict.DISAGREE;
                if (between) {
                    note = "a kink here: the slope is " + Notation.number(left) + " on the left and "
                            + Notation.number(right) + " on the right; backprop's rule picks " + Notation.number(backprop);
                }
            } else if (error <= TOLERANCE) {
                verdict = Verdict.AGREE;
            } else if (near > 4 * far && risesToTheMiddle(f)) { // |f| peaks within x ± h: a pole, not an oscillation
                verdict = Verdict.CANNOT_CHECK;
                note = "the function blows up between " + name + " − h and " + name + " + h" + hText
                        + ": the check cannot be made this close to where it is undefined";
            } else if (Math.abs(backprop - numeric) <= own && own <= Math.max(FINE, 0.01 * Math.abs(backprop))) {
                verdict = Verdict.AGREE;
                note = "agrees within the central difference's own error: " + (rounding >= truncation
                        ? "with numbers up to " + Notation.number(largestValue) + " in the computation, rounding"
                        : "its h² term (doubling h moves it by " + Notation.number(Math.abs(wider - numeric)) + ")")
                        + " leaves it good to only ±" + Notation.number(own) + hText;
            } else if (Math.abs(backprop - numeric) <= own && rounding >= truncation) {
                verdict = Verdict.CANNOT_CHECK;
                note = "rounding hides the change: with numbers up to " + Notation.number(largestValue)
                        + " in the computation, the central difference is good to only ±" + Notation.number(own)
                        + hText + ", too coarse to check this gradient";
            } else if (Math.abs(wider - numeric) > CLEAR * rounding
                    && Math.abs(backprop - numeric) <= CLEAR * Math.abs(wider - numeric)) { // curvature, not rounding
                verdict = Verdict.CANNOT_CHECK;
                note = "the slope changes too fast around " + name + " for h = " + Notation.number(h)
                        + ": doubling h moves the central difference by " + Notation.number(Math.abs(wider - numeric))
                        + ", as much as it differs from backprop";
            } else {
                verdict = Verdict.DISAGREE;
            }
        }
        return new Entry(input, symbol, backprop, numeric, error, verdict, note);
    }

    /** (f(x + h) − f(x − h)) / 2h for input {@code k}, with h = 10⁻⁵ · max(1, |x|). */
    public static double centralDifference(Graph g, int k) {
        return difference(g, k, probes(g, k, 1));
    }

    /** The central difference from the output's values at x ± h, the probes either side of the middle one. */
    private static double difference(Graph g, int k, double[][] probes) {
        int mid = probes.length / 2;
        int out = g.output().id();
        return (probes[mid + 1][out] - probes[mid - 1][out]) / (2 * step(g.inputValue(k)));
    }

    /** Every node's value with input {@code k} at x + jh, for j = −reach..reach (at index j + reach). */
    private static double[][] probes(Graph g, int k, int reach) {
        double[] in = g.inputValues();
        double x = in[k];
        double h = step(x);
        double[][] probes = new double[2 * reach + 1][];
        for (int j = -reach; j <= reach; j++) {
            in[k] = j == 0 ? x : x + j * h;
            probes[j + reach] = g.values(in);
        }
        return probes;
    }

    /** Whether |f| grows from each end of the samples to the two beside the middle, as it does towards a pole. */
    private static boolean risesToTheMiddle(double[] f) {
        for (int j = 0; j + 1 < REACH; j++) {
            if (Math.abs(f[j]) > Math.abs(f[j + 1]) || Math.abs(f[f.length - 1 - j]) > Math.abs(f[f.length - 2 - j])) {
                return false;
            }
        }
        return true;
    }

    /** The largest |value| of any node but the constants in the probes. */
    private static double largestValue(Graph g, double[][] probes) {
        double largest = 0;
        for (double[] p : probes) {
            for (int id = 0; id < p.length; id++) {
                if (!g.node(id).isConstant()) {
                    largest = Math.max(largest, Math.abs(p[id]));
                }
            }
        }
        return largest;
    }

    private static boolean allFinite(double[][] probes) {
        for (double[] p : probes) {
            if (!Trace.allFinite(p)) {
                return false;
            }
        }
        return true;
    }

    private static double step(double x) {
        return 1e-5 * Math.max(1, Math.abs(x));
    }

    /**
     * |a − n| / max(|a|, |n|), with the denominator at least 10⁻⁸ so that two gradients that
     * are both (almost) zero count as agreeing.
     */
    public static double relativeError(double a, double n) {
        if (a == n) {
            return 0;
        }
        return Math.abs(a - n) / Math.max(1e-8, Math.max(Math.abs(a), Math.abs(n)));
    }
}
