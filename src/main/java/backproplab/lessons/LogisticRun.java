package backproplab.lessons;

import backproplab.nn.Activation;

/**
 * Logistic regression, "the soft perceptron" (docs/notation.md §2): ŷ_i = σ(wᵀx_i + b), trained by
 * gradient descent (§3) on the lecture's loss, the sum over the points
 * L(w, b) = Σ_i ℓ(y_i, σ(wᵀx_i + b)) with ℓ the log loss of {@link LogLoss}. Its gradient is
 * ∇_w L = Σ_i (ŷ_i − y_i) x_i and ∂L/∂b = Σ_i (ŷ_i − y_i): the perceptron's rule with the
 * hard error y − step(a) replaced by the soft y − σ(a), applied to all points at once.
 */
public final class LogisticRun implements LinearModel {
    public final LinearInputs inputs;
    private final double alpha;
    private final double[] w;
    private double b;
    private final double[] gradient;
    private int steps;

    public LogisticRun(LinearInputs inputs, double alpha) {
        this.inputs = inputs;
        this.alpha = alpha;
        this.w = new double[inputs.d];
        this.gradient = new double[inputs.d + 1];
    }

    @Override
    public LinearInputs inputs() {
        return inputs;
    }

    /** The learning rate α. */
    public double alpha() {
        return alpha;
    }

    @Override
    public double w(int k) {
        return w[k];
    }

    @Override
    public double b() {
        return b;
    }

    /** Gradient steps taken. */
    public int steps() {
        return steps;
    }

    /** a_i = wᵀx_i + b. */
    @Override
    public double a(int i) {
        return inputs.a(w, b, i);
    }

    /** a = wᵀx + b at a plane point (x lifted like the data). */
    @Override
    public double a(double x1, double x2) {
        return inputs.a(w, b, x1, x2);
    }

    /** ŷ = σ(a): the probability of y = 1 the model gives the plane point. */
    public double probability(double x1, double x2) {
        return Activation.sigmoid(a(x1, x2));
    }

    /** ŷ_i = σ(a_i). */
    public double yHat(int i) {
        return Activation.sigmoid(a(i));
    }

    /** ℓ_i = ℓ(y_i, σ(a_i)). */
    public double loss(int i) {
        return LogLoss.value(inputs.y(i), a(i));
    }

    /** L = Σ_i ℓ_i. */
    public double loss() {
        double sum = 0;
        for (int i = 0; i < inputs.count; i++) {
            sum += loss(i);
        }
        return sum;
    }

    /** False once a parameter stopped being a finite number (α far too large). */
    public boolean finite() {
        double s = b;
        for (double v : w) {
            s += v;
        }
        return s - s == 0;
    }

    /** One step w ← w − α∇_w L, b ← b − α ∂L/∂b, with the gradient of the sum over every point. */
    public void step() {
        int d = inputs.d;
        for (int k = 0; k <= d; k++) {
            gradient[k] = 0;
        }
        for (int i = 0; i < inputs.count; i++) {
            double error = LogLoss.slope(inputs.y(i), a(i)); // ŷ_i − y_i = dℓ/da
            for (int k = 0; k < d; k++) {
                gradient[k] += error * inputs.x(i, k);
            }
            gradient[d] += error;
        }
        for (int k = 0; k < d; k++) {
            w[k] -= alpha * gradient[k];
        }
        b -= alpha * gradient[d];
        steps++;
    }

    /**
     * The log loss of point i worked out as the slide writes it:
     * "ℓ = −[y log ŷ + (1−y) log(1−ŷ)] = −[1·log 0.93 + 0·log 0.07] = 0.073". The value is
     * {@link LogLoss}'s, computed from a, so it stays finite when ŷ rounds to 0 or 1.
     */
    public String lossWorking(int i) {
        int y = inputs.y(i);
        double yHat = yHat(i);
        return "ℓ = −[y log ŷ + (1−y) log(1−ŷ)] = −[" + y + "·log " + BiasNotation.show(yHat) + " + " + (1 - y)
                + "·log " + BiasNotation.show(1 - yHat) + "] = " + BiasNotation.show(loss(i));
    }

    /** ∂L/∂w_k of the last step (k = d: ∂L/∂b). */
    public double lastGradient(int k) {
        return gradient[k];
    }
}
