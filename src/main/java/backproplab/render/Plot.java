package backproplab.render;

import java.util.function.DoubleUnaryOperator;

/**
 * A function plot as on the lesson slides: grid, axes with nice ticks, curves y = f(x), and
 * the marks of the gradient-descent pictures (tangent segments, arrows, dots, paths of
 * iterates). Everything is given in world coordinates and mapped through the viewport.
 */
public final class Plot {
    /** A jump of more pixels than this between neighbouring samples is checked for a discontinuity. */
    private static final double JUMP_PX = 8;
    /** Halvings of the interval when locating a discontinuity (width / 2^40: far below a pixel). */
    private static final int BISECTIONS = 40;

    private final Viewport view;
    private final Style style;
    private final Ticks xTicks;
    private final Ticks yTicks;

    // where the last found discontinuity lies: the curve ends at (breakLeftX, breakLeftY) and resumes
    // at (breakRightX, breakRightY); fields rather than a returned object, to draw without allocating
    private double breakLeftX;
    private double breakLeftY;
    private double breakRightX;
    private double breakRightY;

    public Plot(Viewport view, Style style) {
        this.view = view;
        this.style = style;
        this.xTicks = Ticks.of(view.xMin(), view.xMax(), Axes.targetTicks(view.width()));
        this.yTicks = Ticks.of(view.yMin(), view.yMax(), Axes.targetTicks(view.height()));
    }

    /**
     * The plot area of a {@code width × height} surface, leaving margins for tick labels (left,
     * bottom) and axis names (top, right), showing [xMin, xMax] × [yMin, yMax].
     */
    public static Viewport fit(double width, double height, Style style,
                               double xMin, double xMax, double yMin, double yMax) {
        double f = style.fontPx();
        double left = 4 * f;
        double top = 1.5 * f;
        return new Viewport(left, top, width - left - f, height - top - 2.5 * f, xMin, xMax, yMin, yMax);
    }

    public Viewport view() {
        return view;
    }

    public Ticks xTicks() {
        return xTicks;
    }

    public Ticks yTicks() {
        return yTicks;
    }

    public void drawGrid(Surface s) {
        Axes.grid(s, style, view, xTicks, yTicks);
    }

    /**
     * Tick labels along the bottom and left edges, the lines x = 0 and y = 0 where they are in
     * view (the slides' axes), and the axis names: {@code xName} at the bottom right,
     * {@code yName} at the top left.
     */
    public void drawAxes(Surface s, String xName, String yName) {
        Axes.bottom(s, style, view, xTicks);
        Axes.left(s, style, view, yTicks);
        s.beginPath();
        if (view.yMin() <= 0 && view.yMax() >= 0) {
            s.moveTo(view.left(), view.sy(0));
            s.lineTo(view.right(), view.sy(0));
        }
        if (view.xMin() <= 0 && view.xMax() >= 0) {
            s.moveTo(view.sx(0), view.top());
            s.lineTo(view.sx(0), view.bottom());
        }
        s.stroke();
        s.font(style.fontPx(), true);
        s.textAlign(Surface.Align.RIGHT);
        s.textBaseline(Surface.Baseline.TOP);
        s.fillText(xName, view.right(), view.bottom() + style.fontPx() * 1.4);
        s.textAlign(Surface.Align.LEFT);
        s.textBaseline(Surface.Baseline.BOTTOM);
        s.fillText(yName, view.left() + style.fontPx() * 0.3, view.top() - 2);
    }

    /**
     * The curve y = f(x), sampled at every pixel column. Where f is NaN or infinite the curve
     * stops and restarts at the next finite value; where it jumps (the perceptron's step) the
     * jump is located by bisection and left open rather than drawn as a vertical line, while a
     * steep but continuous curve (sigmoid(10x)) stays connected.
     */
    public void drawFunction(Surface s, DoubleUnaryOperator f, int color, double width) {
        s.save();
        s.clipRect(view.left(), view.top(), view.width(), view.height());
        s.strokeColor(color);
        s.lineWidth(width * style.palette().lineScale);
        s.beginPath();
        int columns = Math.max(2, (int) Math.ceil(view.width()));
        boolean drawing = false;
        double prevX = 0;
        double prevY = 0;
        for (int i = 0; i <= columns; i++) {
            double x = view.wx(view.left() + i * view.width() / columns);
            double y = f.applyAsDouble(x);
            if (!finite(y)) {
                drawing = false;
                continue;
            }
            if (drawing && Math.abs(view.sy(y) - view.sy(prevY)) > JUMP_PX && findBreak(f, prevX, prevY, x, y)) {
                s.lineTo(view.sx(breakLeftX), screenY(breakLeftY));
                drawing = finite(breakRightY);
                if (drawing) {
                    s.moveTo(view.sx(breakRightX), screenY(breakRightY));
                }
            }
            if (drawing) {
                s.lineTo(view.sx(x), screenY(y));
            } else {
                s.moveTo(view.sx(x), screenY(y));
            }
            drawing = true;
            prevX = x;
            prevY = y;
        }
        s.stroke();
        s.restore();
    }

    /** A straight segment between two world points, e.g. the tangent at the current w. */
    public void drawSegment(Surface s, double x0, double y0, double x1, double y1, int color, double width) {
        s.save();
        s.clipRect(view.left(), view.top(), view.width(), view.height());
        s.strokeColor(color);
        s.lineWidth(width * style.palette().lineScale);
        s.beginPath();
        s.moveTo(view.sx(x0), view.sy(y0));
        s.lineTo(view.sx(x1), view.sy(y1));
        s.stroke();
        s.restore();
    }

    /** An arrow from one world point to another, e.g. one gradient-descent step. */
    public void drawArrow(Surface s, double x0, double y0, double x1, double y1, int color, double width) {
        double ax = view.sx(x0);
        double ay = view.sy(y0);
        double bx = view.sx(x1);
        double by = view.sy(y1);
        double len = Math.hypot(bx - ax, by - ay);
        if (len < 1e-9) {
            return;
        }
        double w = width * style.palette().lineScale;
        double head = Math.min(len, 4 + 3 * w);
        double ux = (bx - ax) / len;
        double uy = (by - ay) / len;
        s.strokeColor(color);
        s.fillColor(color);
        s.lineWidth(w);
        s.beginPath();
        s.moveTo(ax, ay);
        s.lineTo(bx - ux * head, by - uy * head); // the shaft stops where the head begins
        s.stroke();
        s.beginPath();
        s.moveTo(bx, by);
        s.lineTo(bx - ux * head - uy * head * 0.5, by - uy * head + ux * head * 0.5);
        s.lineTo(bx - ux * head + uy * head * 0.5, by - uy * head - ux * head * 0.5);
        s.closePath();
        s.fill();
    }

    /** A dot at a world point, outlined in ink so it shows on any background. */
    public void drawDot(Surface s, double x, double y, int color) {
        s.fillColor(color);
        s.strokeColor(style.palette().ink);
        s.lineWidth(style.lineWidth());
        s.beginPath();
        s.arc(view.sx(x), view.sy(y), style.pointRadius(), 0, 2 * Math.PI);
        s.fill();
        s.stroke();
    }

    /** A polyline through the first {@code count} world points, with a dot at each (the iterates). */
    public void drawPath(Surface s, double[] xs, double[] ys, int count, int color, double width) {
        s.save();
        s.clipRect(view.left(), view.top(), view.width(), view.height());
        s.strokeColor(color);
        s.lineWidth(width * style.palette().lineScale);
        s.beginPath();
        for (int i = 0; i < count; i++) {
            if (i == 0) {
                s.moveTo(view.sx(xs[i]), view.sy(ys[i]));
            } else {
                s.lineTo(view.sx(xs[i]), view.sy(ys[i]));
            }
        }
        s.stroke();
        for (int i = 0; i < count; i++) {
            drawDot(s, xs[i], ys[i], color);
        }
        s.restore();
    }

    /**
     * Whether f jumps between a and b (f(a) = fa, f(b) = fb): halves the interval, keeping the
     * half with the larger change, until it is far below a pixel wide. A continuous curve's
     * change shrinks with the interval; a jump's does not. On true, the break* fields say where.
     */
    private boolean findBreak(DoubleUnaryOperator f, double a, double fa, double b, double fb) {
        for (int k = 0; k < BISECTIONS; k++) {
            double m = (a + b) / 2;
            double fm = f.applyAsDouble(m);
            if (!finite(fm) || Math.abs(fm - fa) >= Math.abs(fb - fm)) {
                b = m;
                fb = fm;
            } else {
                a = m;
                fa = fm;
            }
            if (!finite(fb)) {
                break; // a pole or a hole: the curve stops here
            }
        }
        breakLeftX = a;
        breakLeftY = fa;
        breakRightX = b;
        breakRightY = fb;
        return !finite(fb) || Math.abs(view.sy(fb) - view.sy(fa)) > 1;
    }

    /** Screen y, kept within a band around the view: far-off values (1/x near 0) would overflow the canvas. */
    private double screenY(double y) {
        double py = view.sy(y);
        return Math.max(view.top() - view.height(), Math.min(view.bottom() + view.height(), py));
    }

    private static boolean finite(double v) {
        return v - v == 0;
    }

    /** A × of half-width {@code r} centred on the screen point (x, y): a minimum or the current weights. */
    public static void cross(Surface s, double x, double y, double r, int color, double width) {
        s.strokeColor(color);
        s.lineWidth(width);
        s.beginPath();
        s.moveTo(x - r, y - r);
        s.lineTo(x + r, y + r);
        s.moveTo(x - r, y + r);
        s.lineTo(x + r, y - r);
        s.stroke();
    }
}
