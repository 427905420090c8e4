package backproplab.lessons;

import backproplab.nn.Activation;
import backproplab.nn.Loss;

/**
 * The log loss of one example as a function of its pre-activation a = wᵀx (docs/notation.md §2):
 * ℓ(y, σ(a)) = −[y log σ(a) + (1−y) log(1−σ(a))] = log(1 + e^a) − y·a.
 * The second form never takes log(0): log(1 + e^a) is evaluated as max(a, 0) + log(1 + e^(−|a|)).
 */
final class LogLoss {
    private LogLoss() {
    }

    /** ℓ(y, σ(a)). */
    static double value(int y, double a) {
        return Loss.LOG.value(a, Activation.sigmoid(a), 2 * y - 1); // the engine's stable formula, label as ±1
    }

    /** dℓ/da = σ(a) − y. */
    static double slope(int y, double a) {
        return Activation.sigmoid(a) - y;
    }

    /** d²ℓ/da² = σ(a)(1 − σ(a)), whatever the label. */
    static double curvature(double a) {
        double s = Activation.sigmoid(a);
        return s * (1 - s);
    }
}
