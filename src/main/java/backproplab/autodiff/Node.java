package backproplab.autodiff;

import backproplab.nn.Activation;

/**
 * One node of a computation graph: an input, a constant, or an operation on earlier nodes.
 *
 * <p>Words as in docs/notation.md §6: a node's <em>parents</em> are its operands (u is a parent of
 * v = u²), its <em>children</em> the nodes that use it (u has the children v and w); the
 * backward pass sends gradients along each edge from child to parent.
 */
public final class Node {
    /**
     * What a node is. Constants are folded into their users' formulas and get no gradient.
     * DATA is a given number drawn as its own node, such as a training example's x = z[0]: like
     * a constant it is known from the start and gets no gradient (the algorithm never asks
     * for ∂L/∂x).
     */
    public enum Kind { INPUT, CONSTANT, OPERATION, DATA }

    private final int id;
    private final Kind kind;
    private final Op op;
    private final int[] parents;
    private final String name;
    private final String label;
    private final double constant;
    private final Activation activation;

    Node(int id, Kind kind, Op op, int[] parents, String name, String label, double constant, Activation activation) {
        this.id = id;
        this.kind = kind;
        this.op = op;
        this.parents = parents;
        this.name = name;
        this.label = label;
        this.constant = constant;
        this.activation = activation;
    }

    /** The index in {@link Graph#nodes()}: operands always come before their users. */
    public int id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isInput() {
        return kind == Kind.INPUT;
    }

    public boolean isConstant() {
        return kind == Kind.CONSTANT;
    }

    public boolean isOperation() {
        return kind == Kind.OPERATION;
    }

    public boolean isData() {
        return kind == Kind.DATA;
    }

    /** The operation, or null for inputs and constants. */
    public Op op() {
        return op;
    }

    public int parentCount() {
        return parents.length;
    }

    /** The id of operand {@code slot}. */
    public int parent(int slot) {
        return parents[slot];
    }

    /** The name the user (or the program building the graph) gave, or null. */
    public String name() {
        return name;
    }

    /**
     * What the page writes for this node: its name; for an unnamed operation a generated
     * name t1, t2, … (in topological order); for a constant its number ("10", "π").
     */
    public String label() {
        return label;
    }

    /** A constant's or data node's value (NaN for other nodes). */
    public double constant() {
        return constant;
    }

    /** The network activation an {@link Op#ACTIVATION} node applies, or null. */
    public Activation activation() {
        return activation;
    }

    /** y = f(x): the operation's value, through the node's activation for {@link Op#ACTIVATION}. */
    double value(double[] x) {
        return activation != null ? activation.value(x[0]) : op.value(x);
    }

    /** ∂y/∂xᵢ, the activation's σ′(a) (from a and z = σ(a), as the network engine takes it) for ACTIVATION. */
    double derivative(int i, double[] x, double y) {
        return activation != null ? activation.derivative(x[0], y) : op.derivative(i, x, y);
    }

    /** The formula in the operand texts: "σ(a[1]₁)" for a sigmoid ACTIVATION. */
    String formula(String[] x, double[] c) {
        return activation != null ? activationSymbol() + "(" + x[0] + ")" : op.formula(x, c);
    }

    /** The local derivative in the operand texts: "σ′(a[1]₁)" for a sigmoid ACTIVATION. */
    String derivativeFormula(int i, String[] x, double[] c) {
        return activation != null ? activationSymbol() + "′(" + x[0] + ")" : op.derivativeFormula(i, x, c);
    }

    /** σ for the sigmoid (the lecture's letter), else the activation's name. */
    private String activationSymbol() {
        return activation.kind() == Activation.Kind.SIGMOID ? "σ" : activation.kind().label();
    }

    @Override
    public String toString() {
        return label;
    }
}
