package backproplab.autodiff;

/**
 * One node of a computation graph: an input, a constant, or an operation on earlier nodes.
 *
 * <p>Words as in LECTURE.md §6: a node's <em>parents</em> are its operands (u is a parent of
 * v = u²), its <em>children</em> the nodes that use it (u has the children v and w); the
 * backward pass sends gradients along each edge from child to parent.
 */
public final class Node {
    /** What a node is. Constants are folded into their users' formulas and get no gradient. */
    public enum Kind { INPUT, CONSTANT, OPERATION }

    private final int id;
    private final Kind kind;
    private final Op op;
    private final int[] parents;
    private final String name;
    private final String label;
    private final double constant;

    Node(int id, Kind kind, Op op, int[] parents, String name, String label, double constant) {
        this.id = id;
        this.kind = kind;
        this.op = op;
        this.parents = parents;
        this.name = name;
        this.label = label;
        this.constant = constant;
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

    /** A constant's value (NaN for other nodes). */
    public double constant() {
        return constant;
    }

    @Override
    public String toString() {
        return label;
    }
}
