package backproplab.lessons;

/**
 * A linear classifier on a data set's inputs (docs/notation.md §1–2): a = wᵀx + b, the class by the
 * side of a = 0. The perceptron's run and logistic regression's run are both one; the page asks
 * either for w, b and a, and never computes them itself.
 */
public interface LinearModel {
    LinearInputs inputs();

    /** w_k, k &lt; inputs().d. */
    double w(int k);

    double b();

    /** a = wᵀx + b at a plane point (x lifted like the data). */
    double a(double x1, double x2);

    /** a = wᵀx_i + b for data point i. */
    double a(int i);

    /** The class the model gives point i: 1 if a &gt; 0 (for logistic regression σ(a) &gt; 0.5), else 0. */
    default int predict(int i) {
        return a(i) > 0 ? 1 : 0;
    }

    /** Points on the wrong side of the boundary a = 0. */
    default int misclassified() {
        LinearInputs in = inputs();
        int n = 0;
        for (int i = 0; i < in.count; i++) {
            if (predict(i) != in.y(i)) {
                n++;
            }
        }
        return n;
    }
}
