package backproplab.autodiff;

/**
 * The edge from {@code parent} to {@code child}, where the parent is operand {@code slot} of
 * the child. x · x has two edges from x, slots 0 and 1, each with its own local derivative.
 */
public record Edge(int parent, int child, int slot) {
}
