package backproplab.playground;

import backproplab.math.Order;
import backproplab.nn.Activation;
import backproplab.nn.Loss;
import backproplab.nn.Network;
import backproplab.nn.Optimizer;
import backproplab.nn.Regularization;
import backproplab.playground.PointTrace.Phase;
import backproplab.playground.PointTrace.Step;
import backproplab.state.NetworkLink;
import backproplab.text.Fmt;
import backproplab.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * What the trace panel says at each step, in the lecture's notation (docs/notation.md §6): ℓ for
 * this point's loss, L for the mean over the training points, a[l] = W[l] z[l−1] + b[l],
 * z[l] = σ(a[l]), δ[l] = ∂ℓ/∂a[l], α the learning rate. Every number is the trace's.
 */
public final class TraceText {
    /** The algorithm box beside the diagram, one entry per line of docs/notation.md §6 and the update. */
    public static final List<String> ALGORITHM = List.of(
            "z[0] = x",
            "a[l] = W[l] z[l−1] + b[l]",
            "z[l] = σ[l](a[l])",
            "ℓ = ℓ(y, z[L])",
            "δ[L] = ∂ℓ/∂z[L] ⊙ σ[L]′(a[L])",
            "∂ℓ/∂W[l] = δ[l] (z[l−1])ᵀ",
            "∂ℓ/∂b[l] = δ[l]",
            "δ[l−1] = (W[l])ᵀ δ[l] ⊙ σ[l−1]′(a[l−1])",
            "w ← w − α · ∂L/∂w");

    /** A step's text: a heading, formulas with their numbers, and remarks. */
    public record View(String title, List<String> formulas, List<String> notes) {
    }

    /** The most weight changes the update step lists. */
    static final int LISTED_CHANGES = 4;

    private final PointTrace t;
    private final Network net;
    private final String[] inputNames;

    /** @param inputNames the network inputs' names (the features' labels, x₁, x₂, x₁², …) */
    public TraceText(PointTrace trace, String[] inputNames) {
        this.t = trace;
        this.net = trace.traced;
        this.inputNames = inputNames.clone();
    }

    /** Why a link's trace cannot open on {@code points} training points of {@code steps} steps each, or null. */
    public static String linkProblem(Link.Trace asked, int points, int steps) {
        if (points == 0) {
            return "The link asks to trace a training point, and there are none yet: no trace is opened.";
        }
        if (asked.point() >= points) {
            return "The link asks to trace training point " + (asked.point() + 1) + ", and there are " + points + ": no trace is opened.";
        }
        if (asked.step() >= steps) {
            return "The link asks for step " + (asked.step() + 1) + " of a trace, and this network's has " + steps + ": no trace is opened.";
        }
        return null;
    }

    /**
     * The backprop page's link to this point on this network as a computation graph (docs/architecture.md,
     * "Links"), or null when the page cannot draw it ({@link #graphNote} says why).
     */
    public String graphLink() {
        String hash = GraphLink.hash(t.traced, t.x, inputNames, t.y, t.loss);
        return hash == null ? null : "backprop.html" + hash;
    }

    /** Why there is no computation graph of this network, or null when there is one. */
    public String graphNote() {
        if (graphLink() != null) {
            return null;
        }
        int n = t.traced.parameterCount();
        return n > NetworkLink.MAX_PARAMETERS
                ? "This network has " + n + " weights and biases; the computation graph is drawn for up to " + NetworkLink.MAX_PARAMETERS
                        + ": trace it here on the diagram."
                : "This network cannot be drawn as a computation graph (a weight is not a number, or the LeakyReLU slope is not the default).";
    }

    /** Which lines of {@link #ALGORITHM} a step carries out. */
    public static List<Integer> activeLines(Step step) {
        switch (step.phase()) {
            case FORWARD: return step.layer() == 1 && step.unit() == 0 ? List.of(0, 1, 2) : List.of(1, 2);
            case LOSS: return List.of(3);
            case OUTPUT_DELTA: return List.of(4);
            case GRADIENT: return List.of(5, 6);
            case DELTA: return List.of(7);
            default: return List.of(8);
        }
    }

    /** The point in a line: "point 12 of 250: x = (1.2, −0.4), y = 1". */
    public String pointLine() {
        return "Training point " + (t.point + 1) + " of " + t.trainingCount + ": (x₁, x₂) = (" + num(t.x1) + ", " + num(t.x2)
                + "), y = " + num(target()) + (t.loss == Loss.LOG ? " (label " + (t.y > 0 ? "+1" : "−1") + ")" : "");
    }

    public View view(int index) {
        Step step = t.step(index);
        switch (step.phase()) {
            case FORWARD: return forward(step.layer(), step.unit());
            case LOSS: return loss();
            case OUTPUT_DELTA: return outputDelta();
            case GRADIENT: return gradient(step.layer());
            case DELTA: return delta(step.layer());
            default: return update();
        }
    }

    /** The step's heading and its result, for a screen reader's live region. */
    public String announcement(int index) {
        View v = view(index);
        String last = v.formulas().isEmpty() ? "" : " " + v.formulas().get(v.formulas().size() - 1);
        return "Step " + (index + 1) + " of " + t.steps().size() + ": " + v.title() + "." + last;
    }

    /** y as the loss reads it: the ±1 label as 0 or 1 under log loss, the target itself otherwise. */
    private double target() {
        return t.loss == Loss.LOG ? 0.5 * (1 + t.y) : t.y;
    }

    private View forward(int l, int j) {
        List<String> f = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (l == 1 && j == 0) {
            StringBuilder x = new StringBuilder("z[0] = x = (");
            for (int i = 0; i < net.n[0]; i++) {
                x.append(i == 0 ? "" : ", ").append(inputNames[i]).append(" = ").append(num(net.z[0][i]));
            }
            f.add(x.append(")").toString());
        }
        String a = unit("a", l, j);
        StringBuilder sum = new StringBuilder(a).append(" = ");
        StringBuilder terms = new StringBuilder("= ");
        for (int i = 0; i < net.n[l - 1]; i++) {
            sum.append(i == 0 ? "" : " + ").append("W[").append(l).append("]").append(index(l, j, i)).append(" ")
                    .append(input(l, i));
            terms.append(i == 0 ? "" : " + ").append(factor(net.weight(l, j, i))).append("·").append(factor(net.z[l - 1][i]));
        }
        sum.append(net.n[l - 1] == 0 ? "" : " + ").append("b[").append(l).append("]").append(sub(j, net.n[l]));
        terms.append(net.n[l - 1] == 0 ? "" : " + ").append(factor(net.bias(l, j)));
        f.add(sum.toString());
        f.add(terms.toString());
        f.add("= " + num(net.a[l][j]));
        Activation sigma = net.activation(l);
        f.add(unit("z", l, j) + " = " + sigma.kind().label() + "(" + num(net.a[l][j]) + ") = " + num(net.z[l][j]));
        if (l == net.L) {
            notes.add("This is the output: ŷ = " + unit("z", l, j) + " = " + num(net.z[l][j]) + ".");
        }
        return new View(l == net.L ? "Forward: the output unit" : "Forward: layer " + l + ", unit " + (j + 1), f, notes);
    }

    private View loss() {
        List<String> f = new ArrayList<>();
        double yHat = t.output();
        double y = target();
        f.add("ŷ = z[" + net.L + "] = " + num(yHat) + ", y = " + num(y));
        if (t.loss == Loss.LOG) {
            f.add("ℓ(y, ŷ) = −[y log ŷ + (1 − y) log(1 − ŷ)] = " + (y > 0.5 ? "−log " + factor(yHat) : "−log(1 − " + num(yHat) + ")")
                    + " = " + num(t.pointLoss));
        } else {
            f.add("ℓ(y, ŷ) = ½(ŷ − y)² = ½(" + num(yHat) + " − " + factor(y) + ")² = " + num(t.pointLoss));
        }
        List<String> notes = new ArrayList<>();
        notes.add("The training loss the page shows, L, is the mean of ℓ over all " + t.trainingCount + " training points: "
                + num(t.lossBefore) + " now.");
        if (t.loss == Loss.LOG) {
            notes.add("Log loss reads the playground's labels −1 and +1 as y = 0 and y = 1.");
        }
        return new View("The loss of this point", f, notes);
    }

    private View outputDelta() {
        int L = net.L;
        double yHat = t.output();
        double d = net.delta[L][0];
        List<String> f = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (t.loss == Loss.LOG) {
            f.add("δ[" + L + "] = ∂ℓ/∂z[" + L + "] · σ′(a[" + L + "]) = ŷ − y");
            f.add("= " + num(yHat) + " − " + factor(target()) + " = " + num(d));
            notes.add("Under log loss ∂ℓ/∂ŷ = (ŷ − y)/(ŷ(1 − ŷ)), and the sigmoid's σ′(a) = ŷ(1 − ŷ) cancels it.");
        } else {
            String sigma = net.output().kind().label();
            f.add("δ[" + L + "] = ∂ℓ/∂z[" + L + "] · σ′(a[" + L + "]) = (ŷ − y) · " + sigma + "′(" + num(net.a[L][0]) + ")");
            f.add("= " + factor(yHat - target()) + " · " + factor(t.slope(L, 0)) + " = " + num(d));
        }
        notes.add("δ is ∂ℓ/∂a: how much this point's loss changes per unit of the output's pre-activation.");
        return new View("Backward: δ at the output", f, notes);
    }

    private View gradient(int l) {
        List<String> f = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        f.add("∂ℓ/∂W[" + l + "] = δ[" + l + "] (z[" + (l - 1) + "])ᵀ: " + net.n[l] + " × " + net.n[l - 1] + " numbers, one on each line into "
                + (l == net.L ? "the output" : "layer " + l));
        int links = net.n[l] * net.n[l - 1];
        int bj = 0;
        int bi = 0;
        for (int j = 0; j < net.n[l]; j++) {
            for (int i = 0; i < net.n[l - 1]; i++) {
                if (links <= 4) {
                    f.add(gradientLine(l, j, i));
                }
                if (Math.abs(t.weightGradient(l, j, i)) > Math.abs(t.weightGradient(l, bj, bi))) {
                    bj = j;
                    bi = i;
                }
            }
        }
        if (links > 4) {
            f.add("largest: " + gradientLine(l, bj, bi));
        }
        f.add("∂ℓ/∂b[" + l + "] = δ[" + l + "] = " + vector(net.delta[l]));
        notes.add("Hover or focus a line for its ∂ℓ/∂w; colour and thickness show sign and size.");
        int resting = 0;
        for (double d : net.delta[l]) {
            if (d == 0) {
                resting++;
            }
        }
        if (resting > 0 && net.n[l] > 1) {
            notes.add(resting + " of " + net.n[l] + " units have δ = 0: nothing flows through them, and their weights get no gradient from this point.");
        }
        return new View("Backward: the gradients of W[" + l + "] and b[" + l + "]", f, notes);
    }

    private String gradientLine(int l, int j, int i) {
        return "∂ℓ/∂W[" + l + "]" + index(l, j, i) + " = δ[" + l + "]" + sub(j, net.n[l]) + " · " + input(l, i) + " = "
                + factor(net.delta[l][j]) + " · " + factor(net.z[l - 1][i]) + " = " + num(t.weightGradient(l, j, i));
    }

    private View delta(int l) {
        List<String> f = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        f.add("δ[" + l + "] = (W[" + (l + 1) + "])ᵀ δ[" + (l + 1) + "] ⊙ σ′(a[" + l + "])");
        String sigma = net.hidden().kind().label();
        for (int i = 0; i < net.n[l]; i++) {
            StringBuilder s = new StringBuilder(unit("δ", l, i)).append(" = ");
            if (net.n[l + 1] <= 3) {
                s.append("(");
                for (int j = 0; j < net.n[l + 1]; j++) {
                    s.append(j == 0 ? "" : " + ").append(factor(net.weight(l + 1, j, i))).append("·").append(factor(net.delta[l + 1][j]));
                }
                s.append(")");
            } else {
                s.append(factor(t.incoming(l, i)));
            }
            s.append(" · ").append(sigma).append("′(").append(num(net.a[l][i])).append(") = ").append(factor(t.incoming(l, i)))
                    .append(" · ").append(factor(t.slope(l, i))).append(" = ").append(num(net.delta[l][i]));
            f.add(s.toString());
        }
        if (net.hidden().kind() == Activation.Kind.STEP) {
            notes.add("Step's derivative is 0 everywhere but at 0: every δ below the output is 0, so the hidden layers never learn. "
                    + "Choose another activation to train them.");
        } else if (net.n[l + 1] > 3) {
            notes.add("Each unit sums W·δ over the " + net.n[l + 1] + " units above it, then multiplies by its σ′.");
        }
        return new View("Backward: δ of layer " + l, f, notes);
    }

    private View update() {
        List<String> f = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        f.add("w ← w − α · ∂L/∂w, α = " + num(t.learningRate));
        int size = t.batchSize();
        if (size == 1) {
            f.add("batch size 1: ∂L/∂w is this point's ∂ℓ/∂w");
        } else {
            String carried = t.carried() == 0 ? ""
                    : (t.carried() == 1 ? "point " + t.trainingCount : "points " + (t.carriedFrom + 1) + "–" + t.trainingCount) + " and ";
            f.add("∂L/∂w = (1/" + size + ") Σ ∂ℓ/∂w over this point's batch: " + carried + "points " + (t.batchFrom + 1) + "–" + t.batchTo
                    + " of the training order");
        }
        if (t.carried() > 0) {
            notes.add(t.carried() == 1
                    ? "The last point of an epoch makes no batch of its own: its gradient waits and joins the next epoch's first batch, as in TF Playground."
                    : "The last " + t.carried() + " points of an epoch make no batch of their own: their gradients wait and join the next epoch's first batch, as in TF Playground.");
        }
        if (t.regularization == Regularization.L2) {
            f.add("then w ← w − αλw (L2, λ = " + num(t.regularizationRate) + ")");
        } else if (t.regularization == Regularization.L1) {
            f.add("then w ← w − αλ·sign(w) (L1, λ = " + num(t.regularizationRate) + ")");
        }
        for (int[] c : largestChanges()) {
            int l = c[0];
            int j = c[1];
            int i = c[2];
            f.add("W[" + l + "]" + index(l, j, i) + ": " + num(net.weight(l, j, i)) + " → " + num(t.after.weight(l, j, i))
                    + " (" + signed(t.weightChange(l, j, i)) + ")");
        }
        f.add("L (mean training loss): " + num(t.lossBefore) + " → " + num(t.lossAfter));
        if (size > 1) {
            notes.add("This point's ∂ℓ/∂w is one of the " + size + " gradients averaged; in an epoch the batches before it move the weights first, "
                    + "so the step shown starts from the weights as they are now.");
        }
        if (t.optimizer != Optimizer.SGD) {
            String name = t.optimizer == Optimizer.MOMENTUM ? "Momentum" : t.optimizer.label();
            notes.add(name + " scales each step by its history of gradients; shown is its first step from rest.");
        }
        notes.add("The output plot shows the network after this step; the lines on the diagram show each weight's change.");
        return new View("The update", f, notes);
    }

    /** The weights that move most, largest first: {l, j, i} each. */
    private List<int[]> largestChanges() {
        List<int[]> all = new ArrayList<>();
        for (int l = 1; l <= net.L; l++) {
            for (int j = 0; j < net.n[l]; j++) {
                for (int i = 0; i < net.n[l - 1]; i++) {
                    all.add(new int[] {l, j, i});
                }
            }
        }
        double[] size = new double[all.size()];
        for (int k = 0; k < size.length; k++) {
            int[] w = all.get(k);
            size[k] = Math.abs(t.weightChange(w[0], w[1], w[2]));
        }
        int[] order = Order.descending(size);
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < Math.min(LISTED_CHANGES, order.length); k++) {
            out.add(all.get(order[k]));
        }
        return out;
    }

    /** a[l]ⱼ, z[l]ⱼ, δ[l]ⱼ: the subscript only where the layer has more than one unit. */
    private String unit(String symbol, int l, int j) {
        return symbol + "[" + l + "]" + sub(j, net.n[l]);
    }

    /** What input i of layer l is: a feature's name for layer 1, z[l−1]ᵢ above. */
    private String input(int l, int i) {
        return l == 1 ? inputNames[i] : unit("z", l - 1, i);
    }

    /** The subscript jᵢ of W[l]ⱼᵢ, as docs/notation.md writes it: to unit j from unit i. */
    private String index(int l, int j, int i) {
        return Texts.subscript(j + 1) + (net.n[l - 1] > 9 || net.n[l] > 9 ? "," : "") + Texts.subscript(i + 1);
    }

    private static String sub(int j, int units) {
        return units == 1 ? "" : Texts.subscript(j + 1);
    }

    private static String num(double v) {
        return Fmt.minus(Fmt.num(v, 3));
    }

    /** A number inside a product: negatives in brackets. */
    private static String factor(double v) {
        return v < 0 ? "(" + num(v) + ")" : num(v);
    }

    private static String signed(double v) {
        return v > 0 ? "+" + num(v) : num(v);
    }

    private static String vector(double[] v) {
        StringBuilder s = new StringBuilder(v.length == 1 ? "" : "(");
        for (int k = 0; k < v.length; k++) {
            s.append(k == 0 ? "" : ", ").append(num(v[k]));
        }
        return s.append(v.length == 1 ? "" : ")").toString();
    }
}
