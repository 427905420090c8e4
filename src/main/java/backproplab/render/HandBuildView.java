package backproplab.render;

import backproplab.page.HandBuildLesson;
import backproplab.page.HandExercise;

/**
 * The build-by-hand plane: the network's answer shaded (1 blue, 0 orange), each first-layer unit's
 * line with its arrow towards the side where it says 1 and its two handles (the dot moves the
 * line, the arrow's tip turns it), and the points, a wrong one circled in ink.
 */
public final class HandBuildView {
    private static final int CELLS = 80;
    /** How pale the answer's two regions are on the diverging scale. */
    private static final double SHADE = 0.3;

    private final Style style;
    private final Viewport view;
    private final Heatmap heatmap;
    private final Ticks ticks;
    private final double[] values = new double[CELLS * CELLS];

    public HandBuildView(double width, double height, Style style, HandExercise exercise) {
        this.style = style;
        Viewport fitted = Plot.fit(width, height, style, exercise.min, exercise.max, exercise.min, exercise.max);
        double side = Math.min(fitted.width(), fitted.height());
        this.view = new Viewport(fitted.left(), fitted.top(), side, side, exercise.min, exercise.max, exercise.min, exercise.max);
        this.heatmap = new Heatmap(CELLS, CELLS, view);
        this.ticks = Ticks.withStep(exercise.min, exercise.max, exercise.bits() ? 1 : 2);
    }

    /** The handles' radius on screen: at least 12 px, so a target is at least 24 px across. */
    public double handleRadius() {
        return Math.max(12, 1.2 * style.fontPx());
    }

    public void draw(Surface s, HandBuildLesson lesson) {
        Palette p = style.palette();
        HandExercise ex = lesson.exercise();
        s.clearRect(0, 0, s.width(), s.height());
        for (int row = 0; row < CELLS; row++) {
            for (int col = 0; col < CELLS; col++) {
                values[row * CELLS + col] = lesson.output(heatmap.x(col), heatmap.y(row)) > 0 ? SHADE : -SHADE;
            }
        }
        heatmap.fill(values, p, false);
        heatmap.draw(s);
        s.strokeColor(p.ink);
        s.lineWidth(style.lineWidth());
        s.strokeRect(view.left(), view.top(), view.width(), view.height());
        Axes.bottom(s, style, view, ticks);
        Axes.left(s, style, view, ticks);

        s.save();
        s.clipRect(view.left(), view.top(), view.width(), view.height());
        for (int j = 0; j < lesson.units(1); j++) {
            line(s, lesson, j, lesson.selectedLayer() == 1 && lesson.selectedUnit() == j);
        }
        s.restore();

        int[] wrong = lesson.wrong();
        double r = style.pointRadius() * (ex.bits() ? 3 : 1.4);
        for (int i = 0, k = 0; i < ex.count(); i++) {
            boolean isWrong = k < wrong.length && wrong[k] == i;
            k += isWrong ? 1 : 0;
            double cx = view.sx(ex.x1(i));
            double cy = view.sy(ex.x2(i));
            s.fillColor(ex.y(i) == 1 ? p.positive : p.negative);
            s.strokeColor(p.ink);
            s.lineWidth(style.lineWidth());
            s.beginPath();
            if (ex.y(i) == 1) {
                s.arc(cx, cy, r, 0, 2 * Math.PI); // blue a disc, orange a square: told apart without colour
            } else {
                s.rect(cx - 0.9 * r, cy - 0.9 * r, 1.8 * r, 1.8 * r);
            }
            s.fill();
            s.stroke();
            if (isWrong) {
                s.lineWidth(2 * style.lineWidth());
                s.beginPath();
                s.arc(cx, cy, r + 3 * style.lineWidth(), 0, 2 * Math.PI);
                s.stroke();
            }
        }
    }

    /**
     * The handle of a first-layer line under the screen point (px, py), the nearest within reach:
     * the line's index times 2, plus 1 for the arrow's tip; −1 for none.
     */
    public int handleAt(double px, double py, HandBuildLesson lesson) {
        double reach = 1.5 * handleRadius();
        double best = reach * reach;
        int found = -1;
        for (int j = 0; j < lesson.units(1); j++) {
            double[][] ends = {lesson.anchor(j), lesson.tip(j)};
            for (int k = 0; k < 2; k++) {
                double dx = view.sx(ends[k][0]) - px;
                double dy = view.sy(ends[k][1]) - py;
                if (dx * dx + dy * dy <= best) {
                    best = dx * dx + dy * dy;
                    found = 2 * j + k;
                }
            }
        }
        return found;
    }

    public Viewport view() {
        return view;
    }

    private void line(Surface s, HandBuildLesson lesson, int j, boolean selected) {
        Palette p = style.palette();
        double w1 = lesson.weight(1, j, 0);
        double w2 = lesson.weight(1, j, 1);
        double norm = Math.hypot(w1, w2);
        if (norm == 0) {
            return; // a constant unit has no line
        }
        double[] a = lesson.anchor(j);
        double[] t = lesson.tip(j);
        double far = 2 * (view.xMax() - view.xMin());
        double dx = -w2 / norm * far;
        double dy = w1 / norm * far;
        double width = (selected ? 3.5 : 2) * style.lineWidth();
        s.strokeColor(p.ink);
        s.lineWidth(width);
        s.lineDash(selected ? 0 : 6, selected ? 0 : 4);
        s.beginPath();
        s.moveTo(view.sx(a[0] - dx), view.sy(a[1] - dy));
        s.lineTo(view.sx(a[0] + dx), view.sy(a[1] + dy));
        s.stroke();
        s.lineDash(0, 0);
        new Plot(view, style).drawArrow(s, a[0], a[1], t[0], t[1], p.ink, selected ? 3 : 2);
        double hr = handleRadius() * (selected ? 1 : 0.75);
        for (double[] h : new double[][] {a, t}) {
            s.fillColor(0xffffffff);
            s.strokeColor(p.ink);
            s.lineWidth(selected ? 2.5 : 1.5);
            s.beginPath();
            s.arc(view.sx(h[0]), view.sy(h[1]), h == a ? hr * 0.7 : hr * 0.55, 0, 2 * Math.PI);
            s.fill();
            s.stroke();
        }
        s.font(style.fontPx() * (selected ? 1.25 : 1.1), true);
        s.fillColor(p.ink);
        s.textAlign(Surface.Align.LEFT);
        s.textBaseline(Surface.Baseline.BOTTOM);
        s.fillText(lesson.name(1, j), view.sx(t[0]) + hr, view.sy(t[1]) - hr * 0.3);
    }
}
