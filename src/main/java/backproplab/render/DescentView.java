package backproplab.render;

import backproplab.lessons.Curve1D;
import backproplab.lessons.Descent1D;
import backproplab.text.Fmt;

/**
 * The 1-D picture of gradient descent (docs/notation.md §3): the loss curve L(w), the steps taken so
 * far as a faint trail, the tangent at the current w_t whose slope decides the step, and the step
 * w_{t+1} = w_t − α·L′(w_t) as an arrow from the curve at w_t to the curve at w_{t+1}.
 * An iterate that left the plot (divergence) is pointed at from the plot's edge.
 */
public final class DescentView {
    private static final int WHITE = Rgb.of(0xffffff);
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private Viewport view = new Viewport(0, 0, 1, 1, 0, 1, 0, 1);
    private Plot plot;
    private double width;
    private double height;

    /**
     * Fits the plot into a {@code width × height} surface: w over the curve's plotting range, L
     * over the curve's values there with a margin, so every curve fills the picture.
     */
    public void layout(double width, double height, Style style, Curve1D curve) {
        this.width = width;
        this.height = height;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i <= 200; i++) {
            double v = curve.value(curve.wFrom() + (curve.wTo() - curve.wFrom()) * i / 200);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double pad = 0.08 * (hi - lo);
        view = Plot.fit(width, height, style, curve.wFrom(), curve.wTo(), lo - pad, hi + pad);
        plot = new Plot(view, style);
    }

    public Viewport view() {
        return view;
    }

    /** Draws the run as it stands at step t (0 ≤ t &lt; run.length()). */
    public void draw(Surface s, Style style, Descent1D run, int t) {
        Palette p = style.palette();
        Curve1D curve = run.curve();
        s.fillColor(WHITE);
        s.fillRect(0, 0, width, height);
        plot.drawGrid(s);
        plot.drawAxes(s, "w", "L(w)");
        plot.drawFunction(s, curve::value, p.ink, 2);
        markMinima(s, style, curve);

        s.save();
        s.clipRect(view.left(), view.top(), view.width(), view.height());
        for (int k = 0; k < t; k++) { // the trail of the steps already taken
            Descent1D.Arrow a = run.arrow(k);
            s.globalAlpha(0.45);
            arrow(s, style, a.fromW(), a.fromLoss(), a.toW(), a.toLoss(), p.trainLine, 1.2);
            s.globalAlpha(1);
        }
        double w = run.w(t);
        double l = run.loss(t);
        boolean onPlot = w >= view.xMin() && w <= view.xMax() && l <= view.yMax();
        if (onPlot) {
            // the tangent, a fixed share of the plot wide on either side of w_t
            double half = 0.16 * (view.xMax() - view.xMin()) / Math.sqrt(1 + square(run.slope(t) * slopeScale()));
            s.lineDash(7 * p.lineScale, 4 * p.lineScale);
            plot.drawSegment(s, w - half, run.tangent(t, w - half), w + half, run.tangent(t, w + half), p.negative, 2.5);
            s.lineDash(0, 0);
        }
        if (t + 1 < run.length()) {
            // the step itself moves w only: −α·L′(w_t) along w at the height of L(w_t), then w_{t+1} meets the curve
            double next = run.w(t + 1);
            arrow(s, style, w, l, next, l, p.positive, 3);
            s.lineDash(2 * p.lineScale, 3 * p.lineScale);
            plot.drawSegment(s, next, l, next, run.loss(t + 1), p.positive, 1.5);
            s.lineDash(0, 0);
            s.restore();
            double nx = view.sx(next);
            double ny = view.sy(run.loss(t + 1));
            if (onPlot && nx >= view.left() && nx <= view.right() && ny >= view.top() && ny <= view.bottom()) {
                s.strokeColor(p.positive);
                s.lineWidth(2 * p.lineScale);
                s.beginPath();
                s.arc(nx, ny, style.pointRadius() * 1.2, 0, 2 * Math.PI);
                s.stroke();
            }
            double length = Math.abs(nx - view.sx(w));
            if (onPlot && length > 4 * style.fontPx()) {
                s.font(style.fontPx() * 1.05, true);
                s.fillColor(p.positive);
                s.textAlign(Surface.Align.CENTER);
                s.textBaseline(Surface.Baseline.BOTTOM);
                double mid = (Math.max(view.left(), Math.min(view.right(), nx)) + view.sx(w)) / 2;
                s.fillText("−α·L′ = " + Fmt.minus(Fmt.num(next - w, 3)), mid, view.sy(l) - 4);
            }
        } else {
            s.restore();
        }
        if (onPlot) {
            plot.drawDot(s, w, l, p.positive);
            // below the dot, on the side the step does not go to (under a valley's wall there is room)
            label(s, style, "w" + subscript(t), view.sx(w), view.sy(l), p.positive, run.slope(t) < 0);
        } else {
            s.font(style.fontPx() * 1.15, true);
            s.fillColor(p.negative);
            s.textAlign(Surface.Align.CENTER);
            s.textBaseline(Surface.Baseline.TOP);
            s.fillText("w" + subscript(t) + " = " + Fmt.minus(Fmt.num(w, 3)) + " is off the plot",
                    view.left() + view.width() / 2, view.top() + style.fontPx() * 0.5);
        }
    }

    /** Screen pixels per unit of slope: how steep a slope looks in this layout. */
    private double slopeScale() {
        return (view.height() / (view.yMax() - view.yMin())) / (view.width() / (view.xMax() - view.xMin()));
    }

    /** A triangle under each minimiser w*, on the bottom edge, labelled. */
    private void markMinima(Surface s, Style style, Curve1D curve) {
        Palette p = style.palette();
        double r = style.fontPx() * 0.55;
        s.fillColor(p.ink);
        s.font(style.fontPx(), false);
        s.textAlign(Surface.Align.CENTER);
        s.textBaseline(Surface.Baseline.BOTTOM);
        for (double m : curve.minima()) {
            double x = view.sx(m);
            double y = view.bottom();
            s.beginPath();
            s.moveTo(x, y - r * 1.3);
            s.lineTo(x - r * 0.8, y);
            s.lineTo(x + r * 0.8, y);
            s.closePath();
            s.fill();
            s.fillText("w*", x, y - r * 1.5);
        }
    }

    /**
     * An arrow between world points, shortened to the part inside the plot (extended by a margin)
     * so that a step to w = 10⁸ still points the right way from the edge.
     */
    private void arrow(Surface s, Style style, double x0, double y0, double x1, double y1, int color, double width) {
        double ax = view.sx(x0);
        double ay = view.sy(y0);
        double bx = view.sx(x1);
        double by = view.sy(y1);
        double m = 4;
        double lo = 0;
        double hi = 1;
        double dx = bx - ax;
        double dy = by - ay;
        // Liang–Barsky: the parameter range of a + u·(b − a) inside the rectangle
        double[] pq = {-dx, ax - (view.left() - m), dx, view.right() + m - ax, -dy, ay - (view.top() - m), dy,
                view.bottom() + m - ay};
        for (int i = 0; i < 8; i += 2) {
            double pk = pq[i];
            double qk = pq[i + 1];
            if (pk == 0) {
                if (qk < 0) {
                    return;
                }
            } else {
                double u = qk / pk;
                if (pk < 0) {
                    lo = Math.max(lo, u);
                } else {
                    hi = Math.min(hi, u);
                }
            }
        }
        if (lo >= hi) {
            return;
        }
        plot.drawArrow(s, view.wx(ax + lo * dx), view.wy(ay + lo * dy), view.wx(ax + hi * dx), view.wy(ay + hi * dy),
                color, width);
    }

    private static void label(Surface s, Style style, String text, double x, double y, int color, boolean left) {
        double gap = style.pointRadius() + 3;
        s.font(style.fontPx() * 1.2, true);
        s.fillColor(color);
        s.textAlign(left ? Surface.Align.RIGHT : Surface.Align.LEFT);
        s.textBaseline(Surface.Baseline.TOP);
        s.fillText(text, left ? x - gap : x + gap, y + gap - 2);
    }

    /** t in subscript digits: w₁₂. */
    static String subscript(int t) {
        String digits = Integer.toString(t);
        StringBuilder out = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            out.append(SUBSCRIPTS.charAt(digits.charAt(i) - '0'));
        }
        return out.toString();
    }

    private static double square(double x) {
        return x * x;
    }
}
