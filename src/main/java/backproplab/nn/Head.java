package backproplab.nn;

/**
 * The output layer's activation and the loss on it, chosen together.
 * TF Playground classifies with a tanh output under squared error and regresses with a
 * linear one; log loss needs a sigmoid output (docs/notation.md §2, logistic regression).
 */
public enum Head {
    TANH_SQUARED(Activation.TANH, Loss.SQUARED),
    SIGMOID_LOG(Activation.SIGMOID, Loss.LOG),
    LINEAR_SQUARED(Activation.LINEAR, Loss.SQUARED);

    public final Activation activation;
    public final Loss loss;

    Head(Activation activation, Loss loss) {
        this.activation = activation;
        this.loss = loss;
    }

    /** Classification: tanh + squared, or sigmoid + log. Regression: linear + squared whatever the loss asked. */
    public static Head of(boolean classification, Loss loss) {
        if (!classification) {
            return LINEAR_SQUARED;
        }
        return loss == Loss.LOG ? SIGMOID_LOG : TANH_SQUARED;
    }

    /**
     * The predicted label in TF Playground's ±1 space for an output z of that activation:
     * a sigmoid predicts +1 when σ(a) &gt; 0.5 (docs/notation.md §2), tanh and linear by the sign.
     */
    public static double label(Activation output, double z) {
        double threshold = output.kind() == Activation.Kind.SIGMOID ? 0.5 : 0;
        return z > threshold ? 1 : -1;
    }
}
