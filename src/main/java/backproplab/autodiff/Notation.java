package backproplab.autodiff;

import backproplab.text.Fmt;
import java.util.Arrays;
import java.util.List;

/** How the page writes numbers and partial derivatives (docs/notation.md §6: ∂z/∂u). */
public final class Notation {
    private Notation() {
    }

    /** Significant digits shown for every number: 1250 stays "1250", 1/3 becomes "0.3333". */
    public static final int DIGITS = 4;

    /** A number as the page shows it: compact, no trailing zeros ("750", not "750.0"). */
    public static String number(double x) {
        return Fmt.num(x, DIGITS);
    }

    /** ∂of/∂wrt with the graph's own names, e.g. partial("z", "u") = "∂z/∂u". */
    public static String partial(String of, String wrt) {
        return "∂" + of + "/∂" + wrt;
    }

    /** The lecture's chain rule with the output's actual name: ∂z/∂u = Σᵢ ∂vᵢ/∂u · ∂z/∂vᵢ. */
    public static String chainRule(String output) {
        return partial(output, "u") + " = Σᵢ ∂vᵢ/∂u · ∂" + output + "/∂vᵢ";
    }

    /**
     * {@code text} made safe to stand next to an infix operator: a negative number or a text with
     * spaces goes in parentheses, so "5 · (-2)" never reads as "5 · -2".
     */
    static String atom(String text) {
        if (text.startsWith("-") || text.indexOf(' ') >= 0) {
            return "(" + text + ")";
        }
        return text;
    }

    /** The same for the left operand, where a leading minus cannot be misread: "-0.5 · 2". */
    static String left(String text) {
        return text.indexOf(' ') >= 0 ? "(" + text + ")" : text;
    }

    /**
     * One term of the chain rule, the local derivative times the upstream gradient:
     * "∂w/∂v · ∂z/∂w = 5 · 10 = 50". Along an edge out of the output the upstream gradient is
     * the seed ∂z/∂z = 1 and the local derivative ∂z/∂w has the gradient's own symbol, so the
     * same form would read ∂z/∂w = ∂z/∂w · ∂z/∂z; that term says what it is instead:
     * "10 · 1 = 10 (the local derivative times the seed)".
     */
    public static String term(String localSymbol, String upstreamSymbol, double local, double upstream,
            double product, boolean seed) {
        String numbers = left(number(local)) + " · " + atom(number(upstream)) + " = " + number(product);
        return seed ? numbers + " (the local derivative times the seed)"
                : localSymbol + " · " + upstreamSymbol + " = " + numbers;
    }

    /** base^k, with superscript digits for the exponents 2..9 that the lecture writes (u²). */
    static String power(String base, String exponent, double k) {
        if (k >= 2 && k <= 9 && k == Math.floor(k)) {
            return atom(base) + "²³⁴⁵⁶⁷⁸⁹".charAt((int) k - 2);
        }
        return atom(base) + "^" + atom(exponent);
    }

    /** A sum of more terms than this is written with its first and last ones and their count. */
    static final int TERMS_WRITTEN_OUT = 6;

    /**
     * Which of {@code count} terms of a long sum to write out, in order, when term
     * {@code current} is the one being added: all of them up to TERMS_WRITTEN_OUT, else the
     * first two, the current one with its neighbours and the last two (a gap between two shown
     * terms is written "⋯").
     */
    public static int[] termsShown(int count, int current) {
        if (count <= TERMS_WRITTEN_OUT) {
            int[] all = new int[count];
            for (int k = 0; k < count; k++) {
                all[k] = k;
            }
            return all;
        }
        int[] wanted = {0, 1, current - 1, current, current + 1, count - 2, count - 1};
        int[] shown = new int[wanted.length];
        int n = 0;
        for (int k : wanted) { // ascending, as current is within [0, count)
            if (k >= 0 && k < count && (n == 0 || k > shown[n - 1])) {
                shown[n++] = k;
            }
        }
        return Arrays.copyOf(shown, n);
    }

    /**
     * A gradient as the sum of its contributions: "∂z/∂u = 500 + 250 = 750", "∂z/∂v = 50", or
     * while children are still missing "∂z/∂u = 500 + …". A variable used many times gets
     * "∂z/∂x = 3 + 3 + 3 + ⋯ + 3 + 3 (40 terms) = 120".
     */
    public static String sum(String symbol, List<Contribution> terms, double total, boolean complete) {
        StringBuilder s = new StringBuilder(symbol).append(" = ");
        int n = terms.size();
        boolean abridged = n > TERMS_WRITTEN_OUT;
        for (int i = 0; i < n; i++) {
            if (abridged && i == 3) {
                s.append(" + ⋯");
                i = n - 2;
            }
            String term = number(terms.get(i).product());
            s.append(i == 0 ? term : " + " + atom(term));
        }
        if (abridged) {
            s.append(" (").append(n).append(" terms)");
        }
        if (!complete) {
            return s.append(terms.isEmpty() ? "…" : " + …").toString();
        }
        if (terms.size() > 1) {
            s.append(" = ").append(number(total));
        }
        return s.toString();
    }
}
