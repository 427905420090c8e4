package backproplab.lessons;

import backproplab.nn.Perceptron;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The perceptron rule as the page animates it (docs/notation.md §1): from w = 0, b = 0 the rule visits
 * the points in a fixed order, again and again; a point on the right side is passed over, a
 * misclassified one moves the line, w ← w + η(y − ŷ)x, b ← b + η(y − ŷ) (nn.Perceptron does the
 * arithmetic). One pass over the data is an epoch. The run has converged once a whole epoch's
 * worth of consecutive visits made no mistake — which happens on linearly separable data and
 * never on XOR, where no line has all four points on their side. A correction that leaves no point
 * on the wrong side ends the run at once: the clean visits that prove it are made with it, so a
 * run replayed to its t updates is the run that got there live (docs/notation.md §1).
 */
public final class PerceptronRun implements LinearModel {
    /** Epoch-start parameters kept to recognise a cycle (XOR's weights repeat exactly with η = 1). */
    private static final int MAX_REMEMBERED_EPOCHS = 1000;

    public final LinearInputs inputs;
    private final Perceptron perceptron;
    private int next;
    private int visits;
    private int updates;
    private int cleanStreak;
    private int mistakesThisEpoch;
    private int mistakesLastEpoch = -1;
    private int current = -1;
    private int cycleFrom = -1;
    private int cycleTo = -1;
    private final List<double[]> epochStarts = new ArrayList<>();
    /** w then b as they were before the last update; {@link #visit()} fills the spare one. */
    private double[] beforeLast;
    private double[] spare;

    public PerceptronRun(LinearInputs inputs, double eta) {
        this.inputs = inputs;
        this.perceptron = new Perceptron(inputs.d, eta);
        epochStarts.add(parameters());
        beforeLast = parameters();
        spare = parameters();
    }

    @Override
    public LinearInputs inputs() {
        return inputs;
    }

    public double eta() {
        return perceptron.eta();
    }

    /** w_k; with the bias absorbed, b is the last entry of w (see {@link #b()}). */
    @Override
    public double w(int k) {
        return perceptron.w[k];
    }

    @Override
    public double b() {
        return perceptron.b();
    }

    /** Updates made so far: the mistakes the rule has corrected. */
    public int updates() {
        return updates;
    }

    /** Whole passes over the data so far. */
    public int epochsDone() {
        return visits / inputs.count;
    }

    /** Mistakes in the epoch under way (0 right after an epoch ends). */
    public int mistakesThisEpoch() {
        return mistakesThisEpoch;
    }

    /** Mistakes in the last whole epoch, −1 before the first ends. */
    public int mistakesLastEpoch() {
        return mistakesLastEpoch;
    }

    /** The point the last update corrected, −1 before the first. */
    public int current() {
        return current;
    }

    /** The point the rule looks at next. */
    public int next() {
        return next;
    }

    /** True once every point in a row was on its side: the rule will never move again. */
    public boolean converged() {
        return cleanStreak >= inputs.count;
    }

    /**
     * The epoch whose starting w and b came back at the start of a later epoch (then the rule is
     * in a loop and will repeat it forever), or −1 while none has; epoch 0 is the start.
     */
    public int cycleFrom() {
        return cycleFrom;
    }

    /** The epoch at whose start the parameters of epoch {@link #cycleFrom()} came back; −1 while none has. */
    public int cycleTo() {
        return cycleTo;
    }

    /** a = wᵀx + b at a plane point (x lifted like the data). */
    @Override
    public double a(double x1, double x2) {
        return inputs.a(perceptron.w, perceptron.b(), x1, x2);
    }

    /** a = wᵀx_i + b for data point i. */
    @Override
    public double a(int i) {
        return inputs.a(perceptron.w, perceptron.b(), i);
    }

    /** w_k before the last update (0 before the first). */
    public double wBefore(int k) {
        return beforeLast[k];
    }

    /** b before the last update. */
    public double bBefore() {
        return beforeLast[inputs.d];
    }

    /** a = wᵀx_i + b for data point i with w and b as they were before the last update. */
    public double aBefore(int i) {
        return inputs.a(beforeLast, beforeLast[inputs.d], i);
    }

    /**
     * Visits points from {@link #next()} until one is misclassified and corrects it; returns its
     * index, or −1 if the run has converged (then nothing changes).
     */
    public int update() {
        while (!converged()) {
            if (visit()) {
                settle();
                return current;
            }
        }
        return -1;
    }

    /** Visits the rest of the epoch under way (a whole one if at its start); returns the updates made. */
    public int epoch() {
        int before = updates;
        do {
            visit();
        } while (next != 0 && !converged());
        settle();
        return updates - before;
    }

    /** With every point on its side the rule can never move again: makes the clean visits that show it. */
    private void settle() {
        if (!converged() && misclassified() == 0) {
            while (!converged()) {
                visit();
            }
        }
    }

    /** Updates until converged, at most {@code maxUpdates}; returns whether it converged. */
    public boolean train(int maxUpdates) {
        while (!converged() && updates < maxUpdates) {
            update();
        }
        return converged();
    }

    /** Whole epochs until converged, at most {@code maxEpochs} in total; returns whether it converged. */
    public boolean trainEpochs(int maxEpochs) {
        while (!converged() && epochsDone() < maxEpochs) {
            epoch();
        }
        return converged();
    }

    private boolean visit() {
        int i = next;
        System.arraycopy(perceptron.w, 0, spare, 0, inputs.d);
        spare[inputs.d] = perceptron.b();
        boolean mistake = perceptron.update(inputs.xs, i * inputs.d, inputs.y[i]);
        visits++;
        next = (i + 1) % inputs.count;
        if (mistake) {
            double[] was = spare;
            spare = beforeLast;
            beforeLast = was;
            updates++;
            mistakesThisEpoch++;
            cleanStreak = 0;
            current = i;
        } else {
            cleanStreak++;
        }
        if (next == 0) {
            mistakesLastEpoch = mistakesThisEpoch;
            mistakesThisEpoch = 0;
            rememberEpochStart();
        }
        return mistake;
    }

    private void rememberEpochStart() {
        if (cycleFrom >= 0 || epochStarts.size() >= MAX_REMEMBERED_EPOCHS) {
            return;
        }
        double[] now = parameters();
        for (int e = 0; e < epochStarts.size(); e++) {
            if (Arrays.equals(epochStarts.get(e), now) && !converged()) {
                cycleFrom = e;
                cycleTo = epochStarts.size();
                return;
            }
        }
        epochStarts.add(now);
    }

    private double[] parameters() {
        double[] p = new double[inputs.d + 1];
        System.arraycopy(perceptron.w, 0, p, 0, inputs.d);
        p[inputs.d] = perceptron.b();
        return p;
    }
}
