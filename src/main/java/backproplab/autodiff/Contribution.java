package backproplab.autodiff;

/**
 * One term of the chain rule's sum for the parent of {@code edge}:
 * (∂child/∂parent) · (∂out/∂child) = local · upstream = product.
 */
public record Contribution(Edge edge, double local, double upstream, double product) {
}
