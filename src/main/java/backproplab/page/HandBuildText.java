package backproplab.page;

import backproplab.text.Fmt;
import backproplab.text.Texts;

import java.util.ArrayList;
import java.util.List;

/** The build-by-hand page's sentences: each unit's formula and what it computes, the check, the picture's description. */
final class HandBuildText {
    private HandBuildText() {
    }

    /** Solved, or which points are still wrong (the first three by their coordinates). */
    static Line verdict(HandBuildLesson lesson) {
        HandExercise ex = lesson.exercise();
        int[] wrong = lesson.wrong();
        if (wrong.length == 0) {
            return new Line(Line.Role.GOOD, "Solved: all " + ex.count() + " points are on the right side.");
        }
        int blue = 0;
        for (int i : wrong) {
            blue += ex.y(i);
        }
        StringBuilder s = new StringBuilder(wrong.length + " " + Texts.noun(wrong.length, "point") + " still wrong: ");
        if (blue > 0) {
            s.append(blue).append(" blue (y = 1) ").append(blue == 1 ? "gets" : "get").append(" ŷ = 0");
        }
        if (wrong.length > blue) {
            int orange = wrong.length - blue;
            s.append(blue > 0 ? ", " : "").append(orange).append(" orange (y = 0) ").append(orange == 1 ? "gets" : "get").append(" ŷ = 1");
        }
        s.append(wrong.length == 1 ? ". It is at " : ". For example at ");
        for (int k = 0; k < Math.min(3, wrong.length); k++) {
            s.append(k == 0 ? "" : ", ").append("(").append(number(ex.x1(wrong[k]))).append(", ").append(number(ex.x2(wrong[k]))).append(")");
        }
        return new Line(Line.Role.BAD, s.append('.').toString());
    }

    /** What the plane shows now: its lines, where the network says 1, the points and the check. */
    static String describe(HandBuildLesson lesson) {
        HandExercise ex = lesson.exercise();
        int cells = 40;
        int inside = 0;
        double size = (ex.max - ex.min) / cells;
        for (int r = 0; r < cells; r++) {
            for (int c = 0; c < cells; c++) {
                inside += lesson.output(ex.min + (c + 0.5) * size, ex.min + (r + 0.5) * size) > 0 ? 1 : 0;
            }
        }
        int blue = 0;
        for (int i = 0; i < ex.count(); i++) {
            blue += ex.y(i);
        }
        return "The plane from " + number(ex.min) + " to " + number(ex.max) + " with " + lesson.units(1) + " " + Texts.noun(lesson.units(1), "line")
                + " of the first layer; the network says 1 (blue) on " + Fmt.percent((double) inside / (cells * cells), 0)
                + " of it. " + blue + " blue " + Texts.noun(blue, "disc") + " and " + (ex.count() - blue) + " orange "
                + Texts.noun(ex.count() - blue, "square") + ". " + verdict(lesson).text();
    }

    /** z₁ = step(w₁x₁ + w₂x₂ + b) with the unit's numbers; a gate's unconnected inputs left out. */
    static String formula(HandBuildLesson lesson, int l, int j) {
        StringBuilder s = new StringBuilder(lesson.name(l, j)).append(" = step(");
        boolean first = true;
        for (int i = 0; i < lesson.inputs(l); i++) {
            double w = lesson.weight(l, j, i);
            if (w == 0 && l > 1) {
                continue;
            }
            String size = Fmt.num(Math.abs(w), 3) + "·";
            s.append(first ? (w < 0 ? "−" : "") + size : (w < 0 ? " − " : " + ") + size);
            s.append(l == 1 ? "x" + Texts.subscript(i + 1) : lesson.name(l - 1, i));
            first = false;
        }
        double b = lesson.bias(l, j);
        s.append(first ? number(b) : (b < 0 ? " − " : " + ") + Fmt.num(Math.abs(b), 3));
        return s.append(')').toString();
    }

    /** What a first-layer unit says: 1 on its arrow's side, or a constant where w = 0. */
    static String side(HandBuildLesson lesson, int j) {
        if (lesson.weight(1, j, 0) == 0 && lesson.weight(1, j, 1) == 0) {
            return "always " + (lesson.bias(1, j) > 0 ? 1 : 0) + ": with w = 0 there is no line";
        }
        return "1 on the arrow's side of its line, where a = 0";
    }

    /**
     * What a unit above the first layer computes, read off its truth table over its connected
     * inputs (each 0 or 1): AND, OR, one input itself or its NOT, a constant, or another threshold.
     */
    static String gate(HandBuildLesson lesson, int l, int j) {
        List<Integer> in = new ArrayList<>();
        for (int i = 0; i < lesson.inputs(l); i++) {
            if (lesson.weight(l, j, i) != 0) {
                in.add(i);
            }
        }
        boolean and = true;
        boolean or = true;
        boolean zero = true;
        boolean one = true;
        int all = (1 << in.size()) - 1;
        for (int bits = 0; bits <= all; bits++) {
            double a = lesson.bias(l, j);
            for (int k = 0; k < in.size(); k++) {
                a += (bits >> k & 1) * lesson.weight(l, j, in.get(k));
            }
            boolean out = a > 0;
            and &= out == (bits == all);
            or &= out == (bits != 0);
            zero &= !out;
            one &= out;
        }
        if (zero || one) {
            return "always " + (one ? 1 : 0);
        }
        StringBuilder names = new StringBuilder();
        for (int k = 0; k < in.size(); k++) {
            names.append(k == 0 ? "" : k == in.size() - 1 ? " and " : ", ").append(lesson.name(l - 1, in.get(k)));
        }
        if (in.size() == 1) {
            return and ? "just " + names : "NOT " + names;
        }
        return and ? "AND of " + names : or ? "OR of " + names : "a threshold of " + names + ", neither AND nor OR";
    }

    private static String number(double x) {
        return Fmt.minus(Fmt.num(x, 3));
    }
}
