package backproplab.page;

import backproplab.lessons.BiasNotation;
import backproplab.lessons.LinearInputs;
import backproplab.lessons.LinearModel;
import backproplab.lessons.LogisticRun;
import backproplab.lessons.PerceptronSettings;

/** Logistic regression on the page (docs/notation.md §2): gradient steps on the summed log loss. */
final class LogisticClassifier implements Classifier {
    /** Gradient steps per second of Play at slow / normal / fast. */
    private static final double[] RATES = {10, 100, 1000};

    private static final Labels LABELS = new Labels("α (learning rate)", "α", "One gradient step", "Play",
            "boundary σ(a) = 0.5", "   (σ(a) = 0.5)");

    private final LogisticRun run;

    /** A fresh run from w = 0, b = 0, replayed to {@code t} steps (fewer if the weights overflow). */
    LogisticClassifier(LinearInputs inputs, double alpha, int t) {
        run = new LogisticRun(inputs, alpha);
        for (int k = 0; k < t && run.finite(); k++) {
            run.step();
        }
    }

    @Override
    public LinearModel run() {
        return run;
    }

    @Override
    public int t() {
        return run.steps();
    }

    @Override
    public void step() {
        if (playsOn()) {
            run.step();
        }
    }

    @Override
    public void epoch() {
        // every step already uses every point
    }

    @Override
    public boolean playsOn() {
        return run.steps() < PerceptronSettings.MAX_STEPS && run.finite();
    }

    @Override
    public void playStep() {
        step();
    }

    @Override
    public double rate(int speed) {
        return RATES[speed];
    }

    @Override
    public boolean soft() {
        return true;
    }

    @Override
    public double[] rates() {
        return PerceptronSettings.ALPHAS;
    }

    @Override
    public Labels labels() {
        return LABELS;
    }

    @Override
    public boolean epochs() {
        return false;
    }

    @Override
    public String lossFormula(BiasNotation n) {
        return n.loss() + ",   ℓ(y, ŷ) = −[y log ŷ + (1−y) log(1−ŷ)]";
    }

    @Override
    public String count() {
        return "Steps: " + run.steps() + "   ·   L = Σᵢ ℓᵢ = " + BiasNotation.show(run.loss())
                + " over " + run.inputs.count + " points   ·   on the wrong side: " + run.misclassified();
    }

    @Override
    public Line status() {
        if (!run.finite()) {
            return new Line(Line.Role.WARNING, "The weights overflowed: α is far too large for this data. Reset and pick a smaller α.");
        }
        if (run.steps() == 0) {
            return Line.text("w = 0 and b = 0: σ(0) = 0.5 everywhere, so every point costs ℓ = log 2 ≈ 0.693. Press “One gradient step” or “Play”.");
        }
        if (run.misclassified() == 0) {
            return new Line(Line.Role.GOOD, "Every point is on its side of σ(a) = 0.5. On separable data L keeps falling as w grows, and the surface gets steeper.");
        }
        return Line.text("Gradient descent moves w against ∇L; points on the wrong side cost the most.");
    }

    @Override
    public int corrected() {
        return -1;
    }

    @Override
    public Working work(int i, boolean update, BiasNotation n, double[] x) {
        int d = run.inputs.d;
        double[] w = new double[d];
        for (int k = 0; k < d; k++) {
            w[k] = run.w(k);
        }
        double a = run.a(i);
        return new Working(a, n.activation(w, run.b(), x, a) + "  →  ŷ = σ(a) = " + BiasNotation.show(run.yHat(i)),
                run.lossWorking(i));
    }

    @Override
    public boolean stuck() {
        return run.steps() > 0;
    }

    @Override
    public String xorVerdict() {
        return "Logistic regression cannot do better than ŷ = 0.5 for all four: here the gradient at w = 0 is exactly 0, and L stays at 4 log 2 ≈ 2.77.";
    }

    @Override
    public String xorCycle() {
        return "";
    }
}
