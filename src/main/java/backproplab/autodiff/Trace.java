package backproplab.autodiff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The steps the backpropagation page animates, for one graph and its input values
 * (docs/notation.md §6):
 * <ol>
 * <li>forward, one step per input and operation in topological order: the node's formula,
 *     with its operands' numbers, and its value (constants are known from the start);
 * <li>the seed ∂z/∂z = 1 at the output;
 * <li>backward, one step per edge child → parent. The parents are taken in reverse
 *     topological order and, for each, its children in topological order, so every child's
 *     gradient is complete before it is used, and each parent's sum
 *     ∂z/∂u = Σᵢ ∂vᵢ/∂u · ∂z/∂vᵢ is built in consecutive steps, in the lecture's order
 *     (∂z/∂u = 500 + 250 = 750: first via v, then via w). Constants get no gradient.
 * </ol>
 * {@link #stateAt(int)} gives everything known after any number of steps, so the page can
 * step back and jump.
 */
public final class Trace {
    private final Graph graph;
    private final double[] value;
    private final double[] gradient;
    private final List<Step> steps;
    private final int forwardSteps;
    private final boolean inputsGiven;
    /** Per node, why its value or a local derivative into one of its operands is not a finite number; else null. */
    private final String[] problem;

    private Trace(Graph graph, boolean inputsGiven) {
        this.graph = graph;
        this.inputsGiven = inputsGiven;
        this.value = graph.values();
        this.problem = problems(graph, value);
        List<Step> list = new ArrayList<>();
        for (Node n : graph.nodes()) {
            if (!known(n)) {
                list.add(new Step.Forward(n.id(), n.label(), graph.formula(n.id()), graph.substituted(n.id(), value),
                        value[n.id()]));
            }
        }
        this.forwardSteps = list.size();
        int out = graph.output().id();
        String z = graph.output().label();
        list.add(new Step.Seed(out, Notation.partial(z, z)));
        this.gradient = new double[graph.size()];
        gradient[out] = 1;
        for (int id = out - 1; id >= 0; id--) { // the output has the largest id
            Node parent = graph.node(id);
            if (parent.isConstant() || parent.isData()) {
                gradient[id] = Double.NaN;
                continue;
            }
            List<Edge> edges = graph.children(id);
            List<Contribution> terms = new ArrayList<>();
            for (int k = 0; k < edges.size(); k++) {
                Edge e = edges.get(k);
                Node child = graph.node(e.child());
                double local = graph.localDerivative(e, value);
                double upstream = gradient[child.id()];
                double product = local * upstream; // the chain rule, one term
                double before = gradient[id];
                gradient[id] = before + product;
                terms.add(new Contribution(e, local, upstream, product));
                list.add(new Step.Backward(e, Notation.partial(child.label(), parent.label()),
                        graph.derivativeFormula(e), local, Notation.partial(z, child.label()), upstream, product,
                        Notation.partial(z, parent.label()), before, gradient[id],
                        Collections.unmodifiableList(new ArrayList<>(terms)), k == edges.size() - 1));
            }
        }
        this.steps = Collections.unmodifiableList(list);
    }

    /**
     * Where the numbers stop being numbers: each node whose value is NaN or ±∞ although its
     * operands are finite, or whose local derivative into an operand is, gets the reason in
     * words (nodes downstream of it inherit the NaN but are not its cause and get none).
     */
    private static String[] problems(Graph graph, double[] value) {
        String[] why = new String[graph.size()];
        for (Node n : graph.nodes()) {
            int id = n.id();
            if (n.isInput() && !Double.isFinite(value[id])) {
                why[id] = n.label() + " = " + Notation.number(value[id]) + " is not a finite number";
            }
            if (!n.isOperation()) {
                continue;
            }
            double[] x = new double[n.parentCount()];
            for (int s = 0; s < x.length; s++) {
                x[s] = value[n.parent(s)];
                if (!Double.isFinite(x[s])) {
                    x = null;
                    break;
                }
            }
            if (x == null) {
                continue; // the cause is upstream
            }
            String[] names = graph.operandLabels(n);
            String at = n.label() + " = " + graph.formula(id) + ": ";
            if (!Double.isFinite(value[id])) {
                why[id] = at + Domain.value(n.op(), names, x, graph.substituted(id, value));
                continue;
            }
            for (int s = 0; s < x.length; s++) {
                Node operand = graph.node(n.parent(s));
                Edge e = new Edge(operand.id(), id, s);
                double d = graph.localDerivative(e, value);
                if (!Double.isFinite(d) && !operand.isConstant() && !operand.isData()) {
                    why[id] = at + Domain.slope(Notation.partial(n.label(), operand.label()), graph.derivativeFormula(e),
                            d, names, x, s);
                    break;
                }
            }
        }
        return why;
    }

    public static Trace of(Graph graph) {
        return new Trace(graph, false);
    }

    /**
     * The trace with the inputs known from the start, as constants and data are: the forward
     * pass steps only through operations. For a network, whose parameters are given and only
     * a, z and the loss are computed.
     */
    public static Trace withGivenInputs(Graph graph) {
        return new Trace(graph, true);
    }

    /** Whether node {@code n}'s value is known before the first step. */
    private boolean known(Node n) {
        return n.isConstant() || n.isData() || inputsGiven && n.isInput();
    }

    /** The trace of the same graph with other input values: every number recomputed. */
    public Trace withInputs(Map<String, Double> inputs) {
        return new Trace(graph.withInputs(inputs), inputsGiven);
    }

    /** The same with the inputs in the order of {@link Graph#inputs()}. */
    public Trace withInputValues(double[] inputs) {
        return new Trace(graph.withInputValues(inputs), inputsGiven);
    }

    public Graph graph() {
        return graph;
    }

    public List<Step> steps() {
        return steps;
    }

    public Step step(int k) {
        return steps.get(k);
    }

    /** The number of steps; {@code stateAt(size())} is the end of the backward pass. */
    public int size() {
        return steps.size();
    }

    /** The number of forward steps; {@code stateAt(forwardSteps())} is the end of the forward pass. */
    public int forwardSteps() {
        return forwardSteps;
    }

    /** Node {@code id}'s value after the forward pass. */
    public double value(int id) {
        return value[id];
    }

    /** ∂z/∂(node {@code id}) after the backward pass; NaN for constants and data, which get none. */
    public double gradient(int id) {
        return gradient[id];
    }

    /**
     * Why node {@code id}'s value, or its local derivative into an operand, is not a finite
     * number, e.g. "z = log(a): log needs a positive argument: a = -1"; null when it is, or when
     * the cause lies upstream (an operand that already is not a number).
     */
    public String problem(int id) {
        return problem[id];
    }

    /** The first node's {@link #problem(int)} in the order of the forward pass, or null when there is none. */
    public String problem() {
        for (String p : problem) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** Whether every node's value is a finite number: only then is the output a function defined at the inputs. */
    public boolean valuesFinite() {
        return allFinite(value);
    }

    /** Whether every one of {@code values} is a finite number (not NaN, not ±∞). */
    static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** The gradient of the output with respect to each input, in the order of {@link Graph#inputs()}. */
    public double[] inputGradients() {
        List<Node> inputs = graph.inputs();
        double[] g = new double[inputs.size()];
        for (int k = 0; k < g.length; k++) {
            g[k] = gradient[inputs.get(k).id()];
        }
        return g;
    }

    /** The chain rule in general, with the output's name: "∂z/∂u = Σᵢ ∂vᵢ/∂u · ∂z/∂vᵢ". */
    public String chainRule() {
        return Notation.chainRule(graph.output().label());
    }

    /**
     * The chain rule written out for node {@code id}: "∂z/∂u = ∂v/∂u · ∂z/∂v + ∂w/∂u · ∂z/∂w"
     * ("∂z/∂z = 1" for the output).
     */
    public String chainRule(int id) {
        String z = graph.output().label();
        String u = graph.node(id).label();
        if (id == graph.output().id()) {
            return Notation.partial(z, z) + " = 1";
        }
        StringBuilder s = new StringBuilder(Notation.partial(z, u)).append(" = ");
        List<Edge> edges = graph.children(id);
        for (int k = 0; k < edges.size(); k++) {
            String v = graph.node(edges.get(k).child()).label();
            s.append(k == 0 ? "" : " + ").append(Notation.partial(v, u)).append(" · ").append(Notation.partial(z, v));
        }
        return s.toString();
    }

    /** What is known after the first {@code k} steps (0 ≤ k ≤ size()). */
    public State stateAt(int k) {
        if (k < 0 || k > steps.size()) {
            throw new IndexOutOfBoundsException("step " + k + " of " + steps.size());
        }
        return new State(this, k);
    }

    /**
     * Everything the page shows after some steps: which values and gradients are known, each
     * gradient's running total and its contributions so far.
     */
    public static final class State {
        private final Trace trace;
        private final int index;
        private final boolean[] known;
        private final double[] total;
        private final boolean[] started;
        private final boolean[] complete;
        private final List<List<Contribution>> terms;

        private State(Trace trace, int index) {
            this.trace = trace;
            this.index = index;
            int n = trace.graph.size();
            known = new boolean[n];
            total = new double[n];
            started = new boolean[n];
            complete = new boolean[n];
            terms = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                known[i] = trace.known(trace.graph.node(i));
                terms.add(Collections.emptyList());
            }
            for (int j = 0; j < index; j++) {
                Step s = trace.steps.get(j);
                if (s instanceof Step.Forward) {
                    known[s.node()] = true;
                } else if (s instanceof Step.Seed) {
                    total[s.node()] = 1;
                    started[s.node()] = true;
                    complete[s.node()] = true;
                } else {
                    Step.Backward b = (Step.Backward) s;
                    total[b.node()] = b.after();
                    started[b.node()] = true;
                    complete[b.node()] = b.completes();
                    terms.set(b.node(), b.contributions());
                }
            }
        }

        /** How many steps have been taken. */
        public int index() {
            return index;
        }

        /** The step just taken, or null before the first. */
        public Step last() {
            return index == 0 ? null : trace.steps.get(index - 1);
        }

        /** The step to take next, or null at the end. */
        public Step next() {
            return index == trace.steps.size() ? null : trace.steps.get(index);
        }

        /** True while forward steps remain. */
        public boolean inForwardPass() {
            return index < trace.forwardSteps;
        }

        public boolean atEnd() {
            return index == trace.steps.size();
        }

        /** The edge the last step worked on, or null if it was not a backward step. */
        public Edge activeEdge() {
            return last() instanceof Step.Backward b ? b.edge() : null;
        }

        /** Whether node {@code id}'s value is known yet. */
        public boolean hasValue(int id) {
            return known[id];
        }

        /** Node {@code id}'s value, or NaN while unknown. */
        public double value(int id) {
            return known[id] ? trace.value[id] : Double.NaN;
        }

        /** Whether any part of ∂z/∂(node) has arrived. */
        public boolean hasGradient(int id) {
            return started[id];
        }

        /** Whether every child has contributed to ∂z/∂(node). */
        public boolean gradientComplete(int id) {
            return complete[id];
        }

        /** The running total of ∂z/∂(node) (0 before any contribution). */
        public double gradient(int id) {
            return total[id];
        }

        /** The contributions to ∂z/∂(node) so far, in the order they arrived. */
        public List<Contribution> contributions(int id) {
            return terms.get(id);
        }

        /** "∂z/∂u = 500 + …", "∂z/∂u = 500 + 250 = 750", "∂z/∂z = 1", or "" before anything arrived. */
        public String gradientText(int id) {
            Graph g = trace.graph;
            String symbol = Notation.partial(g.output().label(), g.node(id).label());
            if (!started[id]) {
                return "";
            }
            if (id == g.output().id()) {
                return symbol + " = 1";
            }
            return Notation.sum(symbol, terms.get(id), total[id], complete[id]);
        }
    }
}
