package backproplab.render;

import backproplab.nn.Activation;
import backproplab.text.Fmt;
import java.util.function.DoubleBinaryOperator;

/**
 * The picture of a linear classifier in the plane of its two inputs (docs/notation.md §1–2): the
 * points coloured by class, the decision boundary a = 0 (a straight line w₁x₁ + w₂x₂ + b = 0, or
 * a hyperbola once x₁x₂ is a feature), and the plane shaded by the model — its two half-planes
 * for the perceptron's step, the probability σ(a) for logistic regression. The boundary is
 * traced by marching squares on a, so the same code draws the line and the hyperbola.
 *
 * <p>Also the small side plot of the output function, step(a) or σ(a), with one point's a marked.
 */
public final class ClassifierView {
    /** Heatmap cells per side; the boundary is traced on a grid of the same resolution plus one. */
    private static final int CELLS = 100;
    /** How pale the perceptron's half-planes are on the diverging scale (1 would be full colour). */
    private static final double HALF_PLANE_SHADE = 0.25;
    /** The side plot shows a in [−A_RANGE, A_RANGE]. */
    private static final double A_RANGE = 10;

    private final Style style;
    private final Plot plot;
    private final Viewport view;
    private final Heatmap heatmap;
    private final Contours contours;
    private final double[] values = new double[CELLS * CELLS];
    private final double pointRadius;
    private final Ticks ticks;

    /**
     * A view of the square [min, max]² fitted into {@code width × height} CSS pixels with room for
     * the axes, ticks every {@code tickStep} (1 for bits, 2 hours); {@code pointScale} enlarges the
     * dots (four truth-table points can be big).
     */
    public ClassifierView(double width, double height, Style style, double min, double max, double tickStep, double pointScale) {
        this.style = style;
        Viewport fitted = Plot.fit(width, height, style, min, max, min, max);
        double side = Math.min(fitted.width(), fitted.height());
        this.view = new Viewport(fitted.left(), fitted.top(), side, side, min, max, min, max);
        this.plot = new Plot(view, style);
        this.heatmap = new Heatmap(CELLS, CELLS, view);
        this.contours = new Contours(CELLS + 1, CELLS + 1, view);
        this.pointRadius = style.pointRadius() * pointScale;
        this.ticks = Ticks.withStep(min, max, tickStep);
    }

    public Viewport view() {
        return view;
    }

    /**
     * Draws everything. {@code a} is the model's pre-activation over the plane; {@code soft} shades
     * σ(a) (logistic regression) instead of the sign of a (perceptron). Labels y are 0/1. The point
     * {@code current} (the one the rule just corrected) gets a solid ring, {@code hovered} a dashed
     * one; −1 for none. (w₁, w₂), when finite and not both 0, is drawn as the normal arrow from the
     * line towards the side where a &gt; 0.
     */
    public void draw(Surface s, DoubleBinaryOperator a, boolean soft, double[] x1, double[] x2, int[] y, int count,
                     int current, int hovered, double w1, double w2, String xName, String yName) {
        Palette p = style.palette();
        s.clearRect(0, 0, s.width(), s.height());
        for (int row = 0; row < CELLS; row++) {
            double py = heatmap.y(row);
            for (int col = 0; col < CELLS; col++) {
                double v = a.applyAsDouble(heatmap.x(col), py);
                values[row * CELLS + col] = soft ? 2 * Activation.sigmoid(v) - 1
                        : v > 0 ? HALF_PLANE_SHADE : v - v == 0 ? -HALF_PLANE_SHADE : v;
            }
        }
        heatmap.fill(values, p, false);
        heatmap.draw(s);
        s.strokeColor(p.ink);
        s.lineWidth(style.lineWidth());
        s.strokeRect(view.left(), view.top(), view.width(), view.height());
        Axes.bottom(s, style, view, ticks);
        Axes.left(s, style, view, ticks);
        s.font(style.fontPx(), true);
        s.textAlign(Surface.Align.RIGHT);
        s.textBaseline(Surface.Baseline.TOP);
        s.fillText(xName + " →", view.right(), view.bottom() + style.fontPx() * 1.5);
        s.textAlign(Surface.Align.LEFT);
        s.textBaseline(Surface.Baseline.BOTTOM);
        s.fillText("↑ " + yName, view.left() - style.fontPx() * 2, view.top() - 3);

        contours.sample(a);
        s.save();
        s.clipRect(view.left(), view.top(), view.width(), view.height());
        contours.draw(s, 0, p.ink, 3 * style.lineWidth());
        drawNormal(s, a, w1, w2);
        s.restore();

        for (int i = 0; i < count; i++) {
            boolean wrong = (a.applyAsDouble(x1[i], x2[i]) > 0 ? 1 : 0) != y[i];
            double cx = view.sx(x1[i]);
            double cy = view.sy(x2[i]);
            s.fillColor(y[i] == 1 ? p.positive : p.negative);
            s.strokeColor(0xffffffff);
            s.lineWidth(style.lineWidth());
            s.beginPath();
            s.arc(cx, cy, pointRadius, 0, 2 * Math.PI);
            s.fill();
            s.stroke();
            if (wrong) {
                // circled in ink: on the wrong side of the boundary
                s.strokeColor(p.ink);
                s.lineWidth(1.3 * style.lineWidth());
                s.beginPath();
                s.arc(cx, cy, pointRadius + 1.5 * style.lineWidth(), 0, 2 * Math.PI);
                s.stroke();
            }
        }
        ring(s, x1, x2, current, false);
        ring(s, x1, x2, hovered, true);
    }

    /** The index of the point within reach of the screen point (px, py), nearest first; −1 if none. */
    public int pointAt(double px, double py, double[] x1, double[] x2, int count, double reach) {
        int best = -1;
        double bestD = reach * reach;
        for (int i = 0; i < count; i++) {
            double dx = view.sx(x1[i]) - px;
            double dy = view.sy(x2[i]) - py;
            double d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private void ring(Surface s, double[] x1, double[] x2, int i, boolean dashed) {
        if (i < 0) {
            return;
        }
        s.save();
        s.strokeColor(style.palette().ink);
        s.lineWidth(2.5 * style.lineWidth());
        s.lineDash(dashed ? 4 : 0, dashed ? 3 : 0);
        s.beginPath();
        s.arc(view.sx(x1[i]), view.sy(x2[i]), pointRadius + 6 * style.lineWidth(), 0, 2 * Math.PI);
        s.stroke();
        s.restore();
    }

    /**
     * w is perpendicular to the line w₁x₁ + w₂x₂ + b = 0 and points to its positive side: an arrow
     * of a fixed screen length from the point of the line nearest the centre of the view.
     */
    private void drawNormal(Surface s, DoubleBinaryOperator a, double w1, double w2) {
        double norm2 = w1 * w1 + w2 * w2;
        if (!(norm2 > 0) || norm2 - norm2 != 0) {
            return;
        }
        double cx = (view.xMin() + view.xMax()) / 2;
        double cy = (view.yMin() + view.yMax()) / 2;
        double ac = a.applyAsDouble(cx, cy); // a is linear here: a(c − t·w) = a(c) − t·|w|²
        double fx = cx - ac * w1 / norm2;
        double fy = cy - ac * w2 / norm2;
        if (fx < view.xMin() || fx > view.xMax() || fy < view.yMin() || fy > view.yMax()) {
            return;
        }
        double len = 0.12 * (view.xMax() - view.xMin()) / Math.sqrt(norm2);
        double tx = fx + w1 * len;
        double ty = fy + w2 * len;
        if (tx < view.xMin() || tx > view.xMax() || ty < view.yMin() || ty > view.yMax()) {
            return; // no room on the positive side within the view
        }
        plot.drawArrow(s, fx, fy, fx + w1 * len, fy + w2 * len, style.palette().ink, 2.5);
        s.font(style.fontPx() * 1.2, true);
        s.fillColor(style.palette().ink);
        s.textAlign(Surface.Align.LEFT);
        s.textBaseline(Surface.Baseline.BOTTOM);
        s.fillText("w", view.sx(fx + w1 * len) + 4, view.sy(fy + w2 * len) - 2);
    }

    /**
     * The output function over a: step(a) for the perceptron, σ(a) for logistic regression, with
     * the dashed threshold ŷ = 0.5 and, when {@code a} is a number, the point (a, ŷ) in the class
     * colour of y (0/1). An a beyond the plotted range is pinned to the edge with its value written.
     */
    public static void drawOutput(Surface s, Style style, boolean soft, double a, int y) {
        Palette p = style.palette();
        s.clearRect(0, 0, s.width(), s.height());
        Viewport v = Plot.fit(s.width(), s.height(), style, -A_RANGE, A_RANGE, -0.1, 1.1);
        Plot plot = new Plot(v, style);
        plot.drawGrid(s);
        plot.drawAxes(s, "a", soft ? "ŷ = σ(a)" : "ŷ = step(a)");
        s.save();
        s.lineDash(5, 4);
        plot.drawSegment(s, -A_RANGE, 0.5, A_RANGE, 0.5, p.trainLine, 1);
        s.restore();
        plot.drawFunction(s, soft ? Activation::sigmoid : x -> x > 0 ? 1 : 0, p.ink, 2.5);
        if (a - a != 0) {
            return;
        }
        double shown = Math.max(-A_RANGE, Math.min(A_RANGE, a));
        double yHat = soft ? Activation.sigmoid(a) : a > 0 ? 1 : 0;
        int color = y == 1 ? p.positive : p.negative;
        s.save();
        s.lineDash(3, 3);
        plot.drawSegment(s, shown, -0.1, shown, yHat, color, 2);
        s.restore();
        plot.drawDot(s, shown, yHat, color);
        if (shown != a) {
            s.font(style.fontPx(), true);
            s.fillColor(p.ink);
            s.textAlign(a > 0 ? Surface.Align.RIGHT : Surface.Align.LEFT);
            s.textBaseline(Surface.Baseline.MIDDLE);
            s.fillText((a > 0 ? "a = " : "← a = ") + Fmt.minus(Fmt.num(a, 3)) + (a > 0 ? " →" : ""),
                    v.sx(shown) + (a > 0 ? -8 : 8), v.sy(0.25));
        }
    }
}
