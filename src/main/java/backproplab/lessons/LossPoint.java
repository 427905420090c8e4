package backproplab.lessons;

/** A point (w₁, w₂) of the weight plane with the loss L there. */
public record LossPoint(double w1, double w2, double loss) {
}
