package backproplab.autodiff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a program's text into a {@link Graph}. The syntax is in {@link Parser}; the rules:
 * <ul>
 * <li>Statements are {@code name = expression}, separated by ';' or newlines, in any order.
 * <li>A name whose right-hand side uses no names ({@code u = 5}, {@code b = -0.5},
 *     {@code t = pi/4}) is an <em>input</em> with that value.
 * <li>Every other statement is a <em>formula</em> and becomes a named node. The
 *     <em>output</em> is the one formula no other formula uses; a second unused formula is an
 *     error. So {@code z = 10*w; w = u*v; v = u^2; u = 5} and
 *     {@code v = u^2; w = u*v; z = 10*w; u = 5} are the same program, with output z.
 * <li>One statement may be a bare expression ({@code (a + b) * (b + 1)}): it is the output,
 *     named z (or f, or out, when z is taken). Its inputs may be given separately.
 * <li>Unknown names, names defined twice, cycles, and inputs nothing uses are handled as:
 *     errors, errors, errors, and dropped.
 * <li>pi, π and e are constants and the function names are reserved.
 * <li>Subexpressions made only of numbers are folded into one constant (-1, 2·π → 6.283).
 *     Structurally identical subexpressions are one node (see {@link Graph.Builder}).
 * </ul>
 */
public final class Program {
    private Program() {
    }

    /**
     * At most this many inputs and operations (constants are not counted): a graph the page
     * can still draw and a student can still read.
     */
    public static final int MAX_NODES = 400;

    /** The lecture's worked example (docs/notation.md §6), as the page opens it. */
    public static final String WORKED_EXAMPLE = "u = 5; v = u^2; w = u*v; z = 10*w";

    /** A single neuron's log loss (docs/notation.md §2) with one training example. */
    public static final String LOG_LOSS_EXAMPLE =
            "L = -(y*log(sigmoid(w*x + b)) + (1-y)*log(1 - sigmoid(w*x + b))); w = 0.5; x = 2; b = -0.5; y = 1";

    /** The graph of {@code text}. Throws {@link ExpressionError} for any mistake, with its place. */
    public static Graph compile(String text) {
        return compile(text, Collections.emptyMap());
    }

    /**
     * The graph of {@code text} with input values given separately: they supply names the
     * text uses but does not define, and override the values the text gives.
     */
    public static Graph compile(String text, Map<String, Double> inputs) {
        List<Parser.Statement> statements = Parser.parse(text);
        Map<String, Parser.Statement> inputStatements = new HashMap<>();
        Map<String, Parser.Statement> formulas = new HashMap<>();
        List<Parser.Statement> order = new ArrayList<>(); // formulas in text order
        Parser.Statement bare = null;
        for (Parser.Statement s : statements) {
            if (s.name() == null) {
                if (bare != null) {
                    throw ExpressionError.at("only one expression may be without a name", text, s.pos());
                }
                bare = s;
                continue;
            }
            checkName(s.name(), text, s.namePos());
            if (inputStatements.containsKey(s.name()) || formulas.containsKey(s.name())) {
                throw ExpressionError.at("'" + s.name() + "' is defined twice", text, s.namePos());
            }
            if (s.isNumber()) {
                inputStatements.put(s.name(), s);
            } else {
                formulas.put(s.name(), s);
                order.add(s);
            }
        }
        // which names each formula uses, and the unknown ones
        Map<String, Integer> uses = new HashMap<>();
        List<Parser.Statement> all = new ArrayList<>(order);
        if (bare != null) {
            all.add(bare);
        }
        for (Parser.Statement s : all) {
            for (Parser.Item item : s.items()) {
                if (item instanceof Parser.Ref r) {
                    String n = r.name();
                    if (!formulas.containsKey(n) && !inputStatements.containsKey(n) && !inputs.containsKey(n)) {
                        throw ExpressionError.at("unknown name '" + n + "'", text, r.pos());
                    }
                    if (!n.equals(s.name())) {
                        uses.put(n, uses.getOrDefault(n, 0) + 1);
                    }
                }
            }
        }
        List<Parser.Statement> sorted = dependencyOrder(order, formulas, text);
        Parser.Statement output = bare;
        for (Parser.Statement s : order) {
            if (!uses.containsKey(s.name())) {
                if (output != null) {
                    String other = output.name() == null ? "the expression" : "'" + output.name() + "'";
                    throw ExpressionError.at("'" + s.name() + "' is not used", text, s.namePos(),
                            "only the output (" + other + ") may be unused");
                }
                output = s;
            }
        }
        if (output == null) {
            throw ExpressionError.whole("nothing to compute: write a formula such as z = u^2");
        }

        Graph.Builder b = new Graph.Builder();
        Map<String, Integer> node = new HashMap<>();
        for (Parser.Statement s : statements) { // inputs in the order the text declares them
            if (s.name() != null && s.isNumber()) {
                Double given = inputs.get(s.name());
                node.put(s.name(), b.input(s.name(), given != null ? given : constantValue(s)));
            }
        }
        for (Parser.Statement s : statements) { // then inputs given separately, in order of first use
            for (Parser.Item item : s.items()) {
                if (item instanceof Parser.Ref r && !node.containsKey(r.name()) && !formulas.containsKey(r.name())) {
                    node.put(r.name(), b.input(r.name(), inputs.get(r.name())));
                }
            }
        }
        for (Parser.Statement s : sorted) {
            node.put(s.name(), b.name(build(s, b, node, text), s.name()));
        }
        if (bare == null) {
            return b.build(node.get(output.name()));
        }
        int value = build(bare, b, node, text);
        if (b.isConstant(value)) { // a formula with a name is never constant: it uses names
            throw ExpressionError.at("the expression uses no inputs", text, bare.pos());
        }
        return b.build(b.name(value, freeName(node)));
    }

    private static void checkName(String name, String text, int pos) {
        if (name.equals("pi") || name.equals("π") || name.equals("e")) {
            throw ExpressionError.at("'" + name + "' is a constant", text, pos);
        }
        if (Op.byFunction(name) != null) {
            throw ExpressionError.at("'" + name + "' is a function", text, pos);
        }
    }

    /** The formulas ordered so that each comes after those it uses (Kahn's algorithm). */
    private static List<Parser.Statement> dependencyOrder(List<Parser.Statement> order,
            Map<String, Parser.Statement> formulas, String text) {
        Map<String, Integer> waiting = new HashMap<>(); // formulas a formula still waits for
        Map<String, List<Parser.Statement>> users = new HashMap<>();
        for (Parser.Statement s : order) {
            List<String> deps = dependencies(s, formulas);
            waiting.put(s.name(), deps.size());
            for (String d : deps) {
                users.computeIfAbsent(d, k -> new ArrayList<>()).add(s);
            }
        }
        List<Parser.Statement> sorted = new ArrayList<>();
        for (Parser.Statement s : order) {
            if (waiting.get(s.name()) == 0) {
                sorted.add(s);
            }
        }
        for (int i = 0; i < sorted.size(); i++) {
            for (Parser.Statement u : users.getOrDefault(sorted.get(i).name(), Collections.emptyList())) {
                int left = waiting.get(u.name()) - 1;
                waiting.put(u.name(), left);
                if (left == 0) {
                    sorted.add(u);
                }
            }
        }
        if (sorted.size() < order.size()) {
            for (Parser.Statement s : order) {
                if (waiting.get(s.name()) > 0) { // s is on a cycle, or uses one
                    List<String> cycle = cycle(s, formulas, waiting);
                    Parser.Statement first = formulas.get(cycle.get(0));
                    throw ExpressionError.at("'" + first.name() + "' depends on itself", text, first.namePos(),
                            String.join(" → ", cycle));
                }
            }
        }
        return sorted;
    }

    /** The distinct formula names {@code s} uses. */
    private static List<String> dependencies(Parser.Statement s, Map<String, Parser.Statement> formulas) {
        List<String> deps = new ArrayList<>();
        for (Parser.Item item : s.items()) {
            if (item instanceof Parser.Ref r && formulas.containsKey(r.name()) && !deps.contains(r.name())) {
                deps.add(r.name());
            }
        }
        return deps;
    }

    /** A cycle through the unfinished formulas, reached from {@code s}: v, w, v. */
    private static List<String> cycle(Parser.Statement s, Map<String, Parser.Statement> formulas,
            Map<String, Integer> waiting) {
        List<String> path = new ArrayList<>();
        String at = s.name();
        while (!path.contains(at)) {
            path.add(at);
            for (String d : dependencies(formulas.get(at), formulas)) {
                if (waiting.get(d) > 0) {
                    at = d;
                    break;
                }
            }
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
        cycle.add(at);
        return cycle;
    }

    /** The value of an input's right-hand side (numbers only). */
    private static double constantValue(Parser.Statement s) {
        Graph.Builder scratch = new Graph.Builder();
        return scratch.constantValue(build(s, scratch, new HashMap<>(), ""));
    }

    /** Runs the postfix items on a stack of node ids, folding operations on constants. */
    private static int build(Parser.Statement s, Graph.Builder b, Map<String, Integer> node, String text) {
        int[] stack = new int[s.items().size()];
        int top = 0;
        for (Parser.Item item : s.items()) {
            if (item instanceof Parser.Num n) {
                stack[top++] = b.constant(n.value(), n.label());
            } else if (item instanceof Parser.Ref r) {
                stack[top++] = node.get(r.name());
            } else {
                Op op = ((Parser.Apply) item).op();
                int arity = op.arity();
                top -= arity;
                int[] operands = new int[arity];
                boolean constant = true;
                double[] x = new double[arity];
                for (int i = 0; i < arity; i++) {
                    operands[i] = stack[top + i];
                    constant &= b.isConstant(operands[i]);
                    x[i] = constant ? b.constantValue(operands[i]) : 0;
                }
                if (constant) {
                    double value = op.value(x);
                    if (!Double.isFinite(value)) { // NaN or ±∞: no graph can use it
                        String[] numbers = new String[arity];
                        for (int i = 0; i < arity; i++) {
                            numbers[i] = Notation.number(x[i]);
                        }
                        throw ExpressionError.at(Domain.value(op, numbers, x, op.formula(numbers, x)), text, item.pos());
                    }
                    stack[top++] = b.constant(value);
                } else {
                    int before = b.size();
                    stack[top++] = b.apply(op, operands);
                    if (b.size() > before && b.size() - b.constants() > MAX_NODES) {
                        throw ExpressionError.whole("too large: more than " + MAX_NODES + " nodes");
                    }
                }
            }
        }
        return stack[0];
    }

    /** The bare expression's name: z, as in the lecture, unless the program uses it. */
    private static String freeName(Map<String, Integer> node) {
        for (String name : new String[] {"z", "f", "out"}) {
            if (!node.containsKey(name)) {
                return name;
            }
        }
        int i = 1;
        while (node.containsKey("out" + i)) {
            i++;
        }
        return "out" + i;
    }
}
