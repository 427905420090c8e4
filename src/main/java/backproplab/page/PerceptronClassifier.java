package backproplab.page;

import backproplab.lessons.BiasNotation;
import backproplab.lessons.ClassifierData;
import backproplab.lessons.LinearInputs;
import backproplab.lessons.LinearModel;
import backproplab.lessons.PerceptronRun;
import backproplab.lessons.PerceptronSettings;

/** The perceptron rule on the page (docs/notation.md §1): one mistake corrected per step. */
final class PerceptronClassifier implements Classifier {
    /** Updates per second of Run at slow / normal / fast. */
    private static final double[] RATES = {3, 20, 200};
    /** Epochs without convergence after which the page explains XOR. */
    private static final int XOR_PATIENCE = 3;
    /** Run on XOR gives up after this many epochs. */
    private static final int XOR_GIVE_UP = 30;

    private static final Labels LABELS = new Labels("η (learning rate)", "η", "One update", "Run to convergence",
            "boundary a = 0", "");

    private final PerceptronRun run;
    /** Whether the last thing done was one update, which the page then rings and explains. */
    private boolean showUpdate;
    /** Set when Run gave up on XOR; a step by hand goes on from there. */
    private boolean gaveUp;

    /** A fresh run from w = 0, b = 0, replayed to {@code t} updates (or to convergence, if sooner). */
    PerceptronClassifier(LinearInputs inputs, double eta, int t) {
        run = new PerceptronRun(inputs, eta);
        for (int k = 0; k < t && !run.converged(); k++) {
            run.update();
        }
    }

    @Override
    public LinearModel run() {
        return run;
    }

    @Override
    public int t() {
        return run.updates();
    }

    @Override
    public void step() {
        gaveUp = false;
        if (!run.converged()) {
            showUpdate = run.update() >= 0;
        }
    }

    @Override
    public void epoch() {
        gaveUp = false;
        run.epoch();
        showUpdate = false; // several updates at once: no single one to show
    }

    @Override
    public boolean playsOn() {
        return !run.converged() && run.updates() < PerceptronSettings.MAX_UPDATES && !givingUp();
    }

    @Override
    public void playStep() {
        step();
        gaveUp = givingUp();
    }

    /** On XOR without x₁x₂ every epoch has a mistake: Run stops after a while and says why. */
    private boolean givingUp() {
        return plainXor() && !run.converged() && run.epochsDone() >= XOR_GIVE_UP;
    }

    private boolean plainXor() {
        return run.inputs.data == ClassifierData.XOR && !run.inputs.lifted();
    }

    @Override
    public double rate(int speed) {
        return RATES[speed];
    }

    @Override
    public boolean soft() {
        return false;
    }

    @Override
    public double[] rates() {
        return PerceptronSettings.ETAS;
    }

    @Override
    public Labels labels() {
        return LABELS;
    }

    @Override
    public boolean epochs() {
        return true;
    }

    @Override
    public String lossFormula(BiasNotation n) {
        return null;
    }

    @Override
    public String count() {
        int last = run.mistakesLastEpoch();
        return "Updates: " + run.updates() + "   ·   epoch " + (run.epochsDone() + 1)
                + ", mistakes in it so far: " + run.mistakesThisEpoch()
                + (last >= 0 ? "   ·   in the last epoch: " + last : "")
                + "   ·   on the wrong side now: " + run.misclassified();
    }

    @Override
    public Line status() {
        if (run.converged()) {
            // epochs begun: the one under way when the last clean visit was made counts
            int epochs = run.epochsDone() + (run.next() == 0 ? 0 : 1);
            return new Line(Line.Role.GOOD, "Converged after " + run.updates() + " updates (" + epochs
                    + " epochs): every point is on its side, so the rule will never move the line again.");
        }
        if (gaveUp) {
            return new Line(Line.Role.BAD, "Stopped after " + run.epochsDone()
                    + " epochs without convergence: every epoch still has a mistake.");
        }
        if (run.updates() >= PerceptronSettings.MAX_UPDATES) {
            return new Line(Line.Role.BAD, "Stopped at " + PerceptronSettings.MAX_UPDATES + " updates without convergence.");
        }
        if (run.updates() == 0) {
            return Line.text("w = 0 and b = 0: a = 0 everywhere, so every point is predicted ŷ = 0. Press “One update” to find the first mistake.");
        }
        return new Line(Line.Role.BAD, "Not converged yet: some point is still on the wrong side.");
    }

    @Override
    public int corrected() {
        return showUpdate ? run.current() : -1;
    }

    @Override
    public Working work(int i, boolean update, BiasNotation n, double[] x) {
        int d = run.inputs.d;
        double[] w = new double[d];
        double[] wa = new double[d];
        for (int k = 0; k < d; k++) {
            w[k] = run.w(k);
            wa[k] = update ? run.wBefore(k) : w[k];
        }
        double ba = update ? run.bBefore() : run.b();
        double a = update ? run.aBefore(i) : run.a(i);
        int y = run.inputs.y(i);
        int yHat = a > 0 ? 1 : 0;
        String activation = n.activation(wa, ba, x, a) + "  →  ŷ = " + yHat + (yHat == y ? "  (right)" : "  (wrong: y = " + y + ")");
        String more;
        if (update) {
            more = "So w ← w + η(y − ŷ)x with η(y − ŷ) = " + BiasNotation.show(run.eta() * (y - yHat)) + ":   " + n.parameters(w, run.b());
        } else if (yHat == y) {
            more = "The rule leaves w alone for this point.";
        } else {
            more = "When the rule reaches it, it will move w by η(y − ŷ)x = " + (y - yHat > 0 ? "+" : "−") + "ηx.";
        }
        return new Working(a, activation, more);
    }

    @Override
    public boolean stuck() {
        return run.epochsDone() >= XOR_PATIENCE;
    }

    @Override
    public String xorVerdict() {
        return "So every epoch has a mistake, and the perceptron keeps cycling.";
    }

    @Override
    public String xorCycle() {
        int cycle = run.cycleFrom();
        return cycle >= 0
                ? "Indeed: the weights at the start of epoch " + (run.cycleTo() + 1) + " had already been reached at the start of epoch " + (cycle + 1) + " — the rule is in a loop and will repeat it forever."
                : "";
    }
}
