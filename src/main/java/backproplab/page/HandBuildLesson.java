package backproplab.page;

import backproplab.nn.Activation;
import backproplab.nn.Network;
import backproplab.text.Fmt;
import backproplab.text.JsNumber;
import backproplab.text.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * The build-by-hand page's model: a network of step units (docs/notation.md §1, §5) whose weights
 * the student sets, one exercise at a time. First-layer units are lines in the plane, moved by
 * their handles, keys or typed numbers; the units above combine the lines (AND, OR).
 */
public final class HandBuildLesson {
    /** The largest weight or bias a student may type: beyond it a step unit changes nothing. */
    public static final double LIMIT = 100;
    /** Degrees a key press turns a line. */
    public static final double TURN = 5;

    /** One unit as the page lists it: its name, its formula with the numbers, and what it computes. */
    public record UnitView(int layer, int unit, String name, String formula, String gate, boolean selected) {
        /** First-layer units are lines in the plane, with handles; the others take typed weights. */
        public boolean plane() {
            return layer == 1;
        }
    }

    private HandExercise exercise;
    private Network net;
    private int layer = 1;
    private int unit;
    /** Each line's handle: a point on it that moves and turns with it, so turning is about a fixed point. */
    private double[][] pivot;

    public HandBuildLesson(HandExercise exercise) {
        choose(exercise);
    }

    /** Another exercise, from its starting weights. */
    public void choose(HandExercise next) {
        exercise = next;
        net = new Network(next.sizes(), Activation.STEP, Activation.STEP);
        pivot = new double[net.n[1]][];
        startOver();
    }

    /**
     * The starting weights: the first layer's lines around the plane's centre, each arrow pointing
     * outward (the student turns them), turned 20° off the axes so that no line starts through a
     * point; every unit above says 0 everywhere until it is set.
     */
    public void startOver() {
        double c = centre();
        double d = (exercise.max - exercise.min) / 4;
        int lines = net.n[1];
        for (int j = 0; j < lines; j++) {
            double theta = 2 * Math.PI * j / lines + Math.toRadians(110);
            double w1 = Math.cos(theta);
            double w2 = Math.sin(theta);
            pivot[j] = new double[] {c + d * w1, c + d * w2};
            setLine(j, w1, w2, -d - w1 * c - w2 * c);
        }
        for (int l = 2; l <= net.L; l++) {
            for (int j = 0; j < net.n[l]; j++) {
                for (int i = 0; i < net.n[l - 1]; i++) {
                    net.setWeight(l, j, i, 0);
                }
                net.setBias(l, j, -0.5);
            }
        }
        layer = 1;
        unit = 0;
    }

    /** The exercise's own solution, unit by unit. */
    public void showSolution() {
        int k = 0;
        for (int l = 1; l <= net.L; l++) {
            for (int j = 0; j < net.n[l]; j++, k++) {
                setUnit(l, j, exercise.solution(k));
                if (l == 1) {
                    project(j);
                }
            }
        }
    }

    public HandExercise exercise() {
        return exercise;
    }

    /** Layers of units (the inputs not counted). */
    public int layers() {
        return net.L;
    }

    public int units(int l) {
        return net.n[l];
    }

    public int inputs(int l) {
        return net.n[l - 1];
    }

    public double weight(int l, int j, int i) {
        return net.weight(l, j, i);
    }

    public double bias(int l, int j) {
        return net.bias(l, j);
    }

    public int selectedLayer() {
        return layer;
    }

    public int selectedUnit() {
        return unit;
    }

    /** Picks the unit the keys, handles and typed boxes act on; false if there is none such. */
    public boolean select(int l, int j) {
        if (l < 1 || l > net.L || j < 0 || j >= net.n[l]) {
            return false;
        }
        layer = l;
        unit = j;
        return true;
    }

    // ---- the lines of the first layer: a₁ⱼ = w₁x₁ + w₂x₂ + b, 1 on the arrow's side

    /** Moves line j's handle to the plane point (x1, x2), kept inside the plane; the line keeps its direction. */
    public void moveTo(int j, double x1, double x2) {
        double w1 = net.weight(1, j, 0);
        double w2 = net.weight(1, j, 1);
        pivot[j] = new double[] {inside(x1), inside(x2)};
        setLine(j, w1, w2, -(w1 * pivot[j][0] + w2 * pivot[j][1]));
    }

    /** Shifts line j by (dx1, dx2) in the plane. */
    public void nudge(int j, double dx1, double dx2) {
        double[] p = anchor(j);
        moveTo(j, p[0] + dx1, p[1] + dx2);
    }

    /** Turns line j's arrow towards the plane point (x1, x2), about the line's anchor, keeping |w|. */
    public void aim(int j, double x1, double x2) {
        double[] p = anchor(j);
        double dx = x1 - p[0];
        double dy = x2 - p[1];
        double length = Math.hypot(dx, dy);
        if (length > 0) {
            double size = norm(j) > 0 ? norm(j) : 1;
            setLine(j, size * dx / length, size * dy / length, -(size * (dx * p[0] + dy * p[1]) / length));
        }
    }

    /** Turns line j by {@code degrees} (counter-clockwise) about its anchor. */
    public void turn(int j, double degrees) {
        double[] p = anchor(j);
        double t = Math.toRadians(degrees);
        double w1 = net.weight(1, j, 0);
        double w2 = net.weight(1, j, 1);
        double r1 = w1 * Math.cos(t) - w2 * Math.sin(t);
        double r2 = w1 * Math.sin(t) + w2 * Math.cos(t);
        setLine(j, r1, r2, -(r1 * p[0] + r2 * p[1]));
    }

    /** The same line, the other side: w, b ← −w, −b. */
    public void flip(int j) {
        setLine(j, -net.weight(1, j, 0), -net.weight(1, j, 1), -net.bias(1, j));
    }

    /**
     * Where line j's handle sits: a point on the line, which moves and turns with it.
     */
    public double[] anchor(int j) {
        return pivot[j].clone();
    }

    /** The tip of line j's arrow: a tenth of the plane away from the anchor, towards the side where it says 1. */
    public double[] tip(int j) {
        double[] p = anchor(j);
        double size = norm(j);
        double r = (exercise.max - exercise.min) / 10;
        return size == 0 ? p : new double[] {p[0] + r * net.weight(1, j, 0) / size, p[1] + r * net.weight(1, j, 1) / size};
    }

    /** How far a key moves a line: a 48th of the plane. */
    public double nudgeStep() {
        return (exercise.max - exercise.min) / 48;
    }

    // ---- typed numbers and the gates of the units above

    /**
     * A typed weight of unit j in layer l (input i) or, for i = inputs(l), its bias. Returns null
     * when taken, else the sentence saying why not; the weights stay as they were.
     */
    public String type(int l, int j, int i, String text) {
        if (l < 1 || l > net.L || j < 0 || j >= net.n[l] || i < 0 || i > net.n[l - 1]) {
            return "There is no such weight.";
        }
        String name = weightName(l, j, i);
        double v = text.trim().isEmpty() ? Double.NaN : JsNumber.parse(text);
        if (v - v != 0) {
            return "“" + Texts.shorten(text, 20) + "” is not a number; " + name + " stays " + Fmt.minus(Fmt.num(value(l, j, i), 4)) + ".";
        }
        if (Math.abs(v) > LIMIT) {
            return name + " is kept within ±" + Fmt.num(LIMIT, 3) + ": a step unit only sees the sign of a, so larger numbers change nothing.";
        }
        if (i == net.n[l - 1]) {
            net.setBias(l, j, v + 0.0);
        } else {
            net.setWeight(l, j, i, v + 0.0);
        }
        if (l == 1) {
            project(j);
        }
        return null;
    }

    /** The weight shown in a typed box: input i's, or the bias for i = inputs(l). */
    public double value(int l, int j, int i) {
        return i == net.n[l - 1] ? net.bias(l, j) : net.weight(l, j, i);
    }

    /**
     * Makes unit j of layer l ≥ 2 the AND (or the OR) of its connected inputs (all of them if none
     * is): weights 1, and b = −(k − ½) for AND of k inputs, b = −½ for OR.
     */
    public void gate(int l, int j, boolean and) {
        int k = 0;
        for (int i = 0; i < net.n[l - 1]; i++) {
            k += net.weight(l, j, i) != 0 ? 1 : 0;
        }
        for (int i = 0; i < net.n[l - 1]; i++) {
            if (k == 0 || net.weight(l, j, i) != 0) {
                net.setWeight(l, j, i, 1);
            }
        }
        int inputs = k == 0 ? net.n[l - 1] : k;
        net.setBias(l, j, and ? 0.5 - inputs : -0.5);
    }

    // ---- what the page shows

    /** The network's output at a plane point: 1 or 0. */
    public double output(double x1, double x2) {
        return net.forward(new double[] {x1, x2})[0];
    }

    /** The points the network classifies wrong, in the exercise's order. */
    public int[] wrong() {
        int[] all = new int[exercise.count()];
        int k = 0;
        for (int i = 0; i < exercise.count(); i++) {
            if (output(exercise.x1(i), exercise.x2(i)) != exercise.y(i)) {
                all[k++] = i;
            }
        }
        return java.util.Arrays.copyOf(all, k);
    }

    public boolean solved() {
        return wrong().length == 0;
    }

    /** Solved, or which points are still wrong. */
    public Line verdict() {
        return HandBuildText.verdict(this);
    }

    /** The text alternative of the plane: what it shows now. */
    public String describe() {
        return HandBuildText.describe(this);
    }

    /** The box label of input i's weight of unit j in layer l (wᵢ multiplies the i-th input), or b. */
    public String weightName(int l, int j, int i) {
        return i == net.n[l - 1] ? "b" : "w" + Texts.subscript(i + 1);
    }

    /**
     * What a key on the plane does to the selected line: digits pick a line, arrows move it (Shift:
     * five times as far), [ and ] (or Q and E) turn it, F flips it; null for any other key.
     */
    public Runnable keyAction(String key, boolean shift) {
        double step = nudgeStep() * (shift ? 5 : 1);
        int j = layer == 1 ? unit : 0;
        switch (key) {
            case "ArrowLeft": return () -> nudge(j, -step, 0);
            case "ArrowRight": return () -> nudge(j, step, 0);
            case "ArrowUp": return () -> nudge(j, 0, step);
            case "ArrowDown": return () -> nudge(j, 0, -step);
            case "[": case "q": case "Q": return () -> turn(j, TURN * (shift ? 3 : 1));
            case "]": case "e": case "E": return () -> turn(j, -TURN * (shift ? 3 : 1));
            case "f": case "F": return () -> flip(j);
            default:
                if (key.length() == 1 && key.charAt(0) >= '1' && key.charAt(0) <= '9' && key.charAt(0) - '1' < net.n[1]) {
                    int picked = key.charAt(0) - '1';
                    return () -> select(1, picked);
                }
                return null;
        }
    }

    /** The exercises for the page's menu, those in {@code solvedIds} (comma-separated, may be null) ticked. */
    public List<Choice> exerciseChoices(String solvedIds) {
        List<String> solved = solvedIds == null ? List.of() : Texts.split(solvedIds, ',');
        List<Choice> list = new ArrayList<>();
        for (HandExercise e : HandExercise.values()) {
            list.add(new Choice(e.id, (solved.contains(e.id) ? "✓ " : "") + (e.ordinal() + 1) + ". " + e.title));
        }
        return list;
    }

    /** The solved ids with this exercise added, for the browser to keep. */
    public String markSolved(String solvedIds) {
        List<String> solved = solvedIds == null ? new ArrayList<>() : new ArrayList<>(Texts.split(solvedIds, ','));
        if (!solved.contains(exercise.id)) {
            solved.add(exercise.id);
        }
        StringBuilder s = new StringBuilder();
        for (String id : solved) {
            if (HandExercise.byId(id) != null) {
                s.append(s.length() == 0 ? "" : ",").append(id);
            }
        }
        return s.toString();
    }

    /** Every unit, layer by layer, for the page's list. */
    public List<UnitView> units() {
        List<UnitView> list = new ArrayList<>();
        for (int l = 1; l <= net.L; l++) {
            for (int j = 0; j < net.n[l]; j++) {
                list.add(new UnitView(l, j, name(l, j), HandBuildText.formula(this, l, j),
                        l == 1 ? HandBuildText.side(this, j) : HandBuildText.gate(this, l, j), l == layer && j == unit));
            }
        }
        return list;
    }

    /** The unit's name in the lecture's notation: z₁ … in one hidden layer, z[l]ⱼ in two, ŷ for the output. */
    public String name(int l, int j) {
        if (l == net.L) {
            return "ŷ";
        }
        return net.L > 2 ? "z[" + l + "]" + Texts.subscript(j + 1) : "z" + Texts.subscript(j + 1);
    }

    private void setLine(int j, double w1, double w2, double b) {
        net.setWeight(1, j, 0, w1 + 0.0);
        net.setWeight(1, j, 1, w2 + 0.0);
        net.setBias(1, j, b + 0.0);
        project(j);
    }

    /**
     * Keeps line j's handle on its line after a change: the nearest point of the new line to the
     * old handle, or to the plane's centre when that falls outside the plane.
     */
    private void project(int j) {
        double w1 = net.weight(1, j, 0);
        double w2 = net.weight(1, j, 1);
        double nn = w1 * w1 + w2 * w2;
        double[] from = pivot[j] == null ? new double[] {centre(), centre()} : pivot[j];
        for (int attempt = 0; attempt < 2 && nn > 0; attempt++) {
            double t = (w1 * from[0] + w2 * from[1] + net.bias(1, j)) / nn;
            double[] p = {from[0] - t * w1, from[1] - t * w2};
            if (p[0] == inside(p[0]) && p[1] == inside(p[1]) || attempt == 1) {
                pivot[j] = p;
                return;
            }
            from = new double[] {centre(), centre()};
        }
        pivot[j] = from;
    }

    private double inside(double x) {
        return Math.max(exercise.min, Math.min(exercise.max, x));
    }

    private void setUnit(int l, int j, double[] weightsThenBias) {
        for (int i = 0; i < net.n[l - 1]; i++) {
            net.setWeight(l, j, i, weightsThenBias[i]);
        }
        net.setBias(l, j, weightsThenBias[net.n[l - 1]]);
    }

    private double norm(int j) {
        return Math.hypot(net.weight(1, j, 0), net.weight(1, j, 1));
    }

    private double centre() {
        return (exercise.min + exercise.max) / 2;
    }
}
