package backproplab.autodiff;

import backproplab.nn.Activation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A computation graph with one output: nodes in topological order (every operand before its
 * users), the input values, and the edges both ways. Immutable; {@link #withInputs} gives a
 * graph of the same shape with other input values.
 *
 * <p>Made by {@link Program#compile} from text, or node by node with a {@link Builder}
 * (e.g. a network's forward pass, with names like "a[1]" and "z[1]").
 */
public final class Graph {
    private final Node[] nodes;
    private final int output;
    private final int[] inputIds;
    private final double[] inputValues;
    private final List<List<Edge>> children;
    private final List<Edge> edges;

    private Graph(Node[] nodes, int output, int[] inputIds, double[] inputValues) {
        this.nodes = nodes;
        this.output = output;
        this.inputIds = inputIds;
        this.inputValues = inputValues;
        List<List<Edge>> ch = new ArrayList<>();
        for (int i = 0; i < nodes.length; i++) {
            ch.add(new ArrayList<>());
        }
        List<Edge> all = new ArrayList<>();
        for (Node n : nodes) { // children listed in topological order of the child
            for (int s = 0; s < n.parentCount(); s++) {
                Edge e = new Edge(n.parent(s), n.id(), s);
                ch.get(e.parent()).add(e);
                all.add(e);
            }
        }
        for (int i = 0; i < nodes.length; i++) {
            ch.set(i, Collections.unmodifiableList(ch.get(i)));
        }
        this.children = ch;
        this.edges = Collections.unmodifiableList(all);
    }

    public int size() {
        return nodes.length;
    }

    public Node node(int id) {
        return nodes[id];
    }

    /** All nodes, operands before users. */
    public List<Node> nodes() {
        List<Node> list = new ArrayList<>();
        Collections.addAll(list, nodes);
        return Collections.unmodifiableList(list);
    }

    public Node output() {
        return nodes[output];
    }

    /** The input nodes, in the order they were declared. */
    public List<Node> inputs() {
        List<Node> list = new ArrayList<>();
        for (int id : inputIds) {
            list.add(nodes[id]);
        }
        return Collections.unmodifiableList(list);
    }

    /** The value of input number {@code k} (in the order of {@link #inputs()}). */
    public double inputValue(int k) {
        return inputValues[k];
    }

    public double[] inputValues() {
        return inputValues.clone();
    }

    /** The node labelled {@code label} (a name, "t3", or a constant's text), or null. */
    public Node find(String label) {
        for (Node n : nodes) {
            if (n.label().equals(label)) {
                return n;
            }
        }
        return null;
    }

    /** The edges to the nodes that use {@code id}, in topological order of those children. */
    public List<Edge> children(int id) {
        return children.get(id);
    }

    /** Every edge, grouped by child in topological order, operands in slot order. */
    public List<Edge> edges() {
        return edges;
    }

    /** The same graph with the inputs set to {@code values} (in the order of {@link #inputs()}). */
    public Graph withInputValues(double[] values) {
        if (values.length != inputIds.length) {
            throw new IllegalArgumentException("expected " + inputIds.length + " input values");
        }
        return new Graph(nodes, output, inputIds, values.clone());
    }

    /** The same graph with the named inputs changed; names that are not inputs are ignored. */
    public Graph withInputs(Map<String, Double> values) {
        double[] v = inputValues.clone();
        for (int k = 0; k < inputIds.length; k++) {
            Double given = values.get(nodes[inputIds[k]].label());
            if (given != null) {
                v[k] = given;
            }
        }
        return new Graph(nodes, output, inputIds, v);
    }

    /** The same graph with one input changed. */
    public Graph withInput(String name, double value) {
        Map<String, Double> m = new HashMap<>();
        m.put(name, value);
        return withInputs(m);
    }

    /** The forward pass: every node's value, indexed by node id. */
    public double[] values() {
        return values(inputValues);
    }

    /** The forward pass with other input values (in the order of {@link #inputs()}). */
    public double[] values(double[] inputs) {
        double[] value = new double[nodes.length];
        int k = 0;
        for (Node n : nodes) {
            switch (n.kind()) {
                case INPUT: value[n.id()] = inputs[k++]; break;
                case CONSTANT: case DATA: value[n.id()] = n.constant(); break;
                default: value[n.id()] = n.value(operandValues(n, value)); break;
            }
        }
        return value;
    }

    /** The local derivative ∂child/∂parent along {@code e}, at the node values {@code value}. */
    public double localDerivative(Edge e, double[] value) {
        Node c = nodes[e.child()];
        return c.derivative(e.slot(), operandValues(c, value), value[c.id()]);
    }

    /** Node {@code id}'s formula in its operands' labels, e.g. "u · v"; an input's is its label. */
    public String formula(int id) {
        Node n = nodes[id];
        return n.isOperation() ? n.formula(operandLabels(n), operandConstants(n)) : n.label();
    }

    /** The formula with the operands' values substituted, e.g. "5 · 25". */
    public String substituted(int id, double[] value) {
        Node n = nodes[id];
        if (!n.isOperation()) {
            return Notation.number(value[id]);
        }
        String[] x = new String[n.parentCount()];
        for (int s = 0; s < x.length; s++) {
            x[s] = Notation.number(value[n.parent(s)]);
        }
        return n.formula(x, operandConstants(n));
    }

    /** The local derivative along {@code e} in the operands' labels, e.g. "u" for ∂w/∂v, w = u · v. */
    public String derivativeFormula(Edge e) {
        Node c = nodes[e.child()];
        return c.derivativeFormula(e.slot(), operandLabels(c), operandConstants(c));
    }

    private static double[] operandValues(Node n, double[] value) {
        double[] x = new double[n.parentCount()];
        for (int s = 0; s < x.length; s++) {
            x[s] = value[n.parent(s)];
        }
        return x;
    }

    String[] operandLabels(Node n) {
        String[] x = new String[n.parentCount()];
        for (int s = 0; s < x.length; s++) {
            x[s] = nodes[n.parent(s)].label();
        }
        return x;
    }

    private double[] operandConstants(Node n) {
        double[] c = new double[n.parentCount()];
        for (int s = 0; s < c.length; s++) {
            c[s] = nodes[n.parent(s)].constant();
        }
        return c;
    }

    /**
     * Makes a graph node by node. Structurally identical operations are made once
     * (hash-consing): apply(MUL, w, x) twice returns the same id, so a shared subexpression is
     * one node with several children. {@link #build} keeps only what the output depends on.
     */
    public static final class Builder {
        private final List<Node.Kind> kinds = new ArrayList<>();
        private final List<Op> ops = new ArrayList<>();
        private final List<int[]> parents = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final List<String> constantLabels = new ArrayList<>();
        private final List<Double> values = new ArrayList<>();
        private final List<Activation> activations = new ArrayList<>();
        private final Map<String, Integer> byKey = new HashMap<>();
        private final Map<String, Integer> byName = new HashMap<>();
        private int constantCount;

        /** A new input node with its value; names are unique. */
        public int input(String name, double value) {
            claim(name);
            int id = add(Node.Kind.INPUT, null, new int[0], name, null, value);
            byName.put(name, id);
            return id;
        }

        /** A data node (a training example's x): drawn, known from the start, given no gradient. */
        public int data(String name, double value) {
            claim(name);
            int id = add(Node.Kind.DATA, null, new int[0], name, null, value);
            byName.put(name, id);
            return id;
        }

        /** z = σ(a) through the network engine's activation {@code f} (an {@link Op#ACTIVATION} node). */
        public int activation(Activation f, int operand) {
            String key = "ACTIVATION," + f.kind().id() + "," + Double.doubleToLongBits(f.slope()) + "," + operand;
            Integer id = byKey.get(key);
            if (id == null) {
                if (operand < 0 || operand >= kinds.size()) {
                    throw new IllegalArgumentException("no node " + operand);
                }
                id = add(Node.Kind.OPERATION, Op.ACTIVATION, new int[] {operand}, null, null, Double.NaN);
                activations.set(id, f);
                byKey.put(key, id);
            }
            return id;
        }

        /** A constant, written as its number. */
        public int constant(double value) {
            return constant(value, Notation.number(value));
        }

        /** A constant written as {@code label} (e.g. "π"). */
        public int constant(double value, String label) {
            String key = "#" + Double.doubleToLongBits(value) + "#" + label;
            Integer id = byKey.get(key);
            if (id == null) {
                id = add(Node.Kind.CONSTANT, null, new int[0], null, label, value);
                constantCount++;
                byKey.put(key, id);
            }
            return id;
        }

        /** op applied to the operand ids, or the existing node that already does exactly that. */
        public int apply(Op op, int... operands) {
            if (op.arity() >= 0 ? operands.length != op.arity() : operands.length == 0) {
                throw new IllegalArgumentException(op + " takes " + op.arity() + " operands");
            }
            if (op == Op.AFFINE && operands.length % 2 == 0) {
                throw new IllegalArgumentException("AFFINE takes pairs w, z and then b");
            }
            if (op == Op.ACTIVATION) {
                throw new IllegalArgumentException("an ACTIVATION node needs its activation: use activation(f, a)");
            }
            StringBuilder key = new StringBuilder(op.name());
            for (int p : operands) {
                if (p < 0 || p >= kinds.size()) {
                    throw new IllegalArgumentException("no node " + p);
                }
                key.append(',').append(p);
            }
            Integer id = byKey.get(key.toString());
            if (id == null) {
                id = add(Node.Kind.OPERATION, op, operands.clone(), null, null, Double.NaN);
                byKey.put(key.toString(), id);
            }
            return id;
        }

        /**
         * Gives node {@code id} the name {@code name} and returns it. If the node is an input, a
         * constant or already named, the name goes to a new node {@code name = label} instead.
         */
        public int name(int id, String name) {
            claim(name);
            int named = id;
            if (kinds.get(id) != Node.Kind.OPERATION || names.get(id) != null) {
                named = add(Node.Kind.OPERATION, Op.IDENTITY, new int[] {id}, null, null, Double.NaN);
            }
            names.set(named, name);
            byName.put(name, named);
            return named;
        }

        /** The id of the node named {@code name}, or -1. */
        public int named(String name) {
            Integer id = byName.get(name);
            return id == null ? -1 : id;
        }

        public int size() {
            return kinds.size();
        }

        /** How many of the nodes made so far are constants. */
        public int constants() {
            return constantCount;
        }

        public boolean isConstant(int id) {
            return kinds.get(id) == Node.Kind.CONSTANT;
        }

        /** A constant's value. */
        public double constantValue(int id) {
            return values.get(id);
        }

        /**
         * The graph of everything {@code output} depends on, renumbered in the same order;
         * unnamed operations get the labels t1, t2, … (skipping names in use).
         */
        public Graph build(int output) {
            int n = kinds.size();
            boolean[] needed = new boolean[n];
            needed[output] = true;
            for (int i = output; i >= 0; i--) { // operands have smaller ids than their users
                if (needed[i]) {
                    for (int p : parents.get(i)) {
                        needed[p] = true;
                    }
                }
            }
            int[] newId = new int[n];
            int count = 0;
            for (int i = 0; i < n; i++) {
                newId[i] = needed[i] ? count++ : -1;
            }
            Node[] nodes = new Node[count];
            List<Integer> inputs = new ArrayList<>();
            int temp = 0;
            for (int i = 0; i < n; i++) {
                if (!needed[i]) {
                    continue;
                }
                int[] ps = parents.get(i).clone();
                for (int s = 0; s < ps.length; s++) {
                    ps[s] = newId[ps[s]];
                }
                String name = names.get(i);
                String label = name;
                if (kinds.get(i) == Node.Kind.CONSTANT) {
                    label = constantLabels.get(i);
                } else if (label == null) {
                    do {
                        label = "t" + ++temp;
                    } while (byName.containsKey(label));
                }
                boolean given = kinds.get(i) == Node.Kind.CONSTANT || kinds.get(i) == Node.Kind.DATA;
                double constant = given ? values.get(i) : Double.NaN;
                nodes[newId[i]] = new Node(newId[i], kinds.get(i), ops.get(i), ps, name, label, constant,
                        activations.get(i));
                if (kinds.get(i) == Node.Kind.INPUT) {
                    inputs.add(i);
                }
            }
            int[] inputIds = new int[inputs.size()];
            double[] inputValues = new double[inputs.size()];
            for (int k = 0; k < inputIds.length; k++) {
                inputIds[k] = newId[inputs.get(k)];
                inputValues[k] = values.get(inputs.get(k));
            }
            return new Graph(nodes, newId[output], inputIds, inputValues);
        }

        private void claim(String name) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("a name must not be empty");
            }
            if (byName.containsKey(name)) {
                throw new IllegalArgumentException("'" + name + "' is already defined");
            }
        }

        private int add(Node.Kind kind, Op op, int[] ps, String name, String constantLabel, double value) {
            kinds.add(kind);
            ops.add(op);
            parents.add(ps);
            names.add(name);
            constantLabels.add(constantLabel);
            values.add(value);
            activations.add(null);
            return kinds.size() - 1;
        }
    }
}
