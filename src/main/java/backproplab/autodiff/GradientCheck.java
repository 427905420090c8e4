package backproplab.autodiff;

import backproplab.text.Fmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Backpropagation's gradient for each input beside a central difference
 * (f(x + h) − f(x − h)) / 2h, whose error shrinks like h²: if the two agree, the local
 * derivatives and the chain rule were applied right.
 */
public final class GradientCheck {
    private GradientCheck() {
    }

    /** Agreement threshold for the relative error: far above rounding, far below a wrong derivative. */
    public static final double TOLERANCE = 1e-6;

    /**
     * One input's two gradients. {@code undefined} says, when it is not null, why the two cannot
     * be compared here: the function or its derivative is not a finite number at the inputs, or
     * the central difference steps where it is not; only comparable gradients agree or disagree.
     */
    public record Entry(Node input, String symbol, double backprop, double numeric, double relativeError,
            String undefined) {
        /** Whether the two gradients can be compared: both are derivatives of a function defined around the inputs. */
        public boolean comparable() {
            return undefined == null;
        }

        /** Whether the two gradients agree to {@link #TOLERANCE}. */
        public boolean agrees() {
            return comparable() && relativeError <= TOLERANCE;
        }

        /** "∂z/∂u: backprop 750, central difference 750, relative error 1.2e-11"; or why it is undefined. */
        public String text() {
            return symbol + ": backprop " + Notation.number(backprop) + ", central difference "
                    + Notation.number(numeric) + (comparable() ? ", relative error " + errorText() : ", " + undefined);
        }

        /** The relative error, or "—" when the two are not comparable. */
        public String errorText() {
            return !comparable() ? "—" : relativeError == 0 ? "0" : Fmt.sci(relativeError, 2);
        }
    }

    /** The check for every input of the trace's graph. */
    public static List<Entry> of(Trace trace) {
        Graph g = trace.graph();
        List<Node> inputs = g.inputs();
        double[] analytic = trace.inputGradients();
        List<Entry> list = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            double[][] probes = probes(g, k);
            double numeric = difference(g, k, probes);
            String name = inputs.get(k).label();
            String symbol = Notation.partial(g.output().label(), name);
            String undefined = null;
            if (!trace.valuesFinite()) {
                undefined = "no derivative here: " + trace.problem();
            } else if (!Double.isFinite(analytic[k])) {
                undefined = "no finite derivative here: " + trace.problem();
            } else if (!Double.isFinite(numeric) || !Trace.allFinite(probes[0]) || !Trace.allFinite(probes[1])) {
                undefined = "not comparable: the central difference needs the function at " + name + " ± h (h = "
                        + Notation.number(step(g.inputValue(k))) + "), where it is not defined";
            }
            list.add(new Entry(inputs.get(k), symbol, analytic[k], numeric, relativeError(analytic[k], numeric),
                    undefined));
        }
        return Collections.unmodifiableList(list);
    }

    /** (f(x + h) − f(x − h)) / 2h for input {@code k}, with h = 10⁻⁵ · max(1, |x|). */
    public static double centralDifference(Graph g, int k) {
        return difference(g, k, probes(g, k));
    }

    /** The central difference from the output's values in {@code probes}. */
    private static double difference(Graph g, int k, double[][] probes) {
        int out = g.output().id();
        return (probes[0][out] - probes[1][out]) / (2 * step(g.inputValue(k)));
    }

    /** Every node's value with input {@code k} at x + h, and at x − h: one evaluation each, for the difference and for the check that the function is defined there. */
    private static double[][] probes(Graph g, int k) {
        double[] in = g.inputValues();
        double x = in[k];
        double h = step(x);
        in[k] = x + h;
        double[] plus = g.values(in);
        in[k] = x - h;
        return new double[][] {plus, g.values(in)};
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
