package backproplab.nn;

/**
 * Rosenblatt's perceptron (docs/notation.md §1): a = wᵀx + b, ŷ = step(a) ∈ {0, 1}, labels y ∈ {0, 1},
 * and the learning rule w ← w + η(y − ŷ)x, b ← b + η(y − ŷ), which moves only on a mistake.
 * It converges on linearly separable data and never settles on XOR.
 */
public final class Perceptron {
    /** The weights, one per input. */
    public final double[] w;
    private double b;
    private double eta;

    public Perceptron(int inputs, double eta) {
        w = new double[inputs];
        this.eta = eta;
    }

    public double b() {
        return b;
    }

    public void setB(double b) {
        this.b = b;
    }

    public double eta() {
        return eta;
    }

    public void setEta(double eta) {
        this.eta = eta;
    }

    /** a = wᵀx + b for the inputs at {@code xs[offset..]}. */
    public double a(double[] xs, int offset) {
        double s = b;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * xs[offset + i];
        }
        return s;
    }

    /** ŷ = step(a): 1 if a &gt; 0, else 0. */
    public int predict(double[] xs, int offset) {
        return (int) Activation.STEP.value(a(xs, offset));
    }

    /** One application of the rule to x with label y; returns whether w or b changed (a mistake). */
    public boolean update(double[] x, int y) {
        return update(x, 0, y);
    }

    /** The rule for the inputs at {@code xs[offset..]}. */
    public boolean update(double[] xs, int offset, int y) {
        int error = y - predict(xs, offset);
        if (error == 0) {
            return false;
        }
        double step = eta * error;
        for (int i = 0; i < w.length; i++) {
            w[i] += step * xs[offset + i];
        }
        b += step;
        return true;
    }

    /** One pass over {@code count} examples (xs flat count×inputs) in order; returns the mistakes made. */
    public int epoch(double[] xs, int[] ys, int count) {
        int mistakes = 0;
        for (int k = 0; k < count; k++) {
            if (update(xs, k * w.length, ys[k])) {
                mistakes++;
            }
        }
        return mistakes;
    }

    /**
     * Runs epochs until one makes no mistake; returns how many epochs that took (the clean one
     * included), or −1 if {@code maxEpochs} were not enough, as on data that is not separable.
     */
    public int train(double[] xs, int[] ys, int count, int maxEpochs) {
        for (int e = 1; e <= maxEpochs; e++) {
            if (epoch(xs, ys, count) == 0) {
                return e;
            }
        }
        return -1;
    }
}
