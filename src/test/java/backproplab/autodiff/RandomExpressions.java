package backproplab.autodiff;

import backproplab.math.Rng;
import java.util.ArrayList;
import java.util.List;

/** Random programs over the inputs a, b, c using every operator and function, for the tests. */
final class RandomExpressions {
    private static final String[] FUNCTIONS = {"exp", "log", "sqrt", "sin", "cos", "tanh", "sigmoid", "relu", "abs"};
    private final Rng rng;

    RandomExpressions(Rng rng) {
        this.rng = rng;
    }

    /** The graphs of the next {@code draws} programs, leaving out those that do not compile. */
    List<Graph> graphs(int draws) {
        List<Graph> graphs = new ArrayList<>();
        for (int i = 0; i < draws; i++) {
            try {
                graphs.add(Program.compile(program()));
            } catch (ExpressionError e) {
                // skipped: the tests want graphs
            }
        }
        return graphs;
    }

    /** "z = …; a = …; b = …; c = …" with inputs in [−2, 2]. */
    String program() {
        return "z = " + expression(4) + "; a = " + input() + "; b = " + input() + "; c = " + input();
    }

    private String input() {
        return Double.toString(Math.round(rng.uniform(-2, 2) * 1000) / 1000.0);
    }

    private String expression(int depth) {
        if (depth == 0 || rng.nextInt(4) == 0) {
            int leaf = rng.nextInt(5);
            return leaf < 3 ? "abc".substring(leaf, leaf + 1) : Integer.toString(1 + rng.nextInt(3));
        }
        String x = expression(depth - 1);
        switch (rng.nextInt(11)) {
            case 0: return "(" + x + " + " + expression(depth - 1) + ")";
            case 1: return "(" + x + " - " + expression(depth - 1) + ")";
            case 2: return x + " * " + expression(depth - 1);
            case 3: return "(" + x + ") / (" + expression(depth - 1) + ")";
            case 4: return "(" + x + ")^" + (2 + rng.nextInt(2));
            case 5: return "(" + x + ")^(" + expression(depth - 1) + ")";
            case 6: return "-(" + x + ")";
            case 7: return (rng.nextInt(2) == 0 ? "max(" : "min(") + x + ", " + expression(depth - 1) + ")";
            default: return FUNCTIONS[rng.nextInt(FUNCTIONS.length)] + "(" + x + ")";
        }
    }

    /**
     * Whether central differences can judge this graph at its inputs: every value finite and
     * moderate, and no operand close to a kink (relu, abs, max, min) or a singularity
     * (division by ~0, log/sqrt/power of ~0 or negatives), where f is not smooth within h.
     */
    static boolean smoothEnough(Graph g) {
        double[] v = g.values();
        for (Node n : g.nodes()) {
            double y = v[n.id()];
            if (!(Math.abs(y) < 1e3)) {
                return false;
            }
            if (!n.isOperation()) {
                continue;
            }
            double x0 = v[n.parent(0)];
            double x1 = n.parentCount() > 1 ? v[n.parent(1)] : 0;
            boolean ok;
            switch (n.op()) {
                case DIV: ok = Math.abs(x1) > 0.2; break;
                case LOG: case SQRT: ok = x0 > 0.2; break;
                case POW: ok = x0 > 0.2 || g.node(n.parent(1)).isConstant(); break;
                case RELU: case ABS: ok = Math.abs(x0) > 1e-3; break;
                case MAX: case MIN: ok = Math.abs(x0 - x1) > 1e-3; break;
                default: ok = true;
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
