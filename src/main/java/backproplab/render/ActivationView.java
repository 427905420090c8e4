package backproplab.render;

import backproplab.nn.Activation;

/**
 * A plot of an activation σ(a) and, on request, its derivative σ′(a) (docs/notation.md §5), both
 * straight from the engine's {@link Activation}, over the pre-activation a. The large plot keeps
 * one unit of a as long as one unit up, so slopes look as steep as they are (ReLU rises at 45°);
 * it can show a readout at one a. The thumbnail is the same picture without ticks, titled.
 */
public final class ActivationView {
    public static final double X_MIN = -4;
    public static final double X_MAX = 4;
    /** The bottom of the y range; the top follows from the plot's shape. */
    public static final double Y_MIN = -1.5;
    private static final int WHITE = Rgb.of(0xffffff);

    private Viewport view = new Viewport(0, 0, 1, 1, X_MIN, X_MAX, Y_MIN, 1);
    private Plot plot;
    private boolean thumbnail;
    private double width;
    private double height;

    /** The large plot, with ticks and axis names, equal scales on x and y. */
    public void layout(double width, double height, Style style) {
        this.width = width;
        this.height = height;
        thumbnail = false;
        Viewport fit = Plot.fit(width, height, style, X_MIN, X_MAX, Y_MIN, 1);
        double yMax = Y_MIN + (X_MAX - X_MIN) * fit.height() / fit.width();
        view = new Viewport(fit.left(), fit.top(), fit.width(), fit.height(), X_MIN, X_MAX, Y_MIN, yMax);
        plot = new Plot(view, style);
    }

    /** A thumbnail: the curve in a small frame under its title, y from −1.5 to 3. */
    public void layoutThumbnail(double width, double height, Style style) {
        this.width = width;
        this.height = height;
        thumbnail = true;
        double f = style.fontPx();
        view = new Viewport(3, 1.6 * f, width - 6, height - 1.6 * f - 3, X_MIN, X_MAX, Y_MIN, 3);
        plot = new Plot(view, style);
    }

    public Viewport view() {
        return view;
    }

    /**
     * Draws σ (solid, blue), σ′ if asked (dashed, orange) and, if readoutX is a number, a
     * vertical line at it with both values marked. {@code name} is the function's name in
     * formulas ("σ", "ReLU"), used in the legend or as the thumbnail's title.
     */
    public void draw(Surface s, Style style, Activation a, String name, boolean derivative, double readoutX) {
        Palette p = style.palette();
        s.fillColor(WHITE);
        s.fillRect(0, 0, width, height);
        if (thumbnail) {
            zeroLines(s, style);
            s.font(style.fontPx() * 1.1, true);
            s.fillColor(p.ink);
            s.textAlign(Surface.Align.CENTER);
            s.textBaseline(Surface.Baseline.TOP);
            s.fillText(name, width / 2, 0.25 * style.fontPx());
        } else {
            plot.drawGrid(s);
            plot.drawAxes(s, "a", "");
        }
        double w = thumbnail ? 2 : 3;
        if (derivative) {
            s.lineDash(7 * p.lineScale, 4 * p.lineScale);
            plot.drawFunction(s, a::derivative, p.negative, w * 0.8);
            s.lineDash(0, 0);
        }
        plot.drawFunction(s, a::value, p.positive, w);
        if (!thumbnail) {
            if (readoutX - readoutX == 0) {
                readout(s, style, a, derivative, readoutX);
            }
            legend(s, style, name, derivative);
        }
    }

    /** For thumbnails: just the lines x = 0 and y = 0. */
    private void zeroLines(Surface s, Style style) {
        s.strokeColor(style.palette().grid);
        s.lineWidth(style.lineWidth());
        s.beginPath();
        s.moveTo(view.left(), view.sy(0));
        s.lineTo(view.right(), view.sy(0));
        s.moveTo(view.sx(0), view.top());
        s.lineTo(view.sx(0), view.bottom());
        s.stroke();
    }

    private void readout(Surface s, Style style, Activation a, boolean derivative, double x) {
        Palette p = style.palette();
        s.save();
        s.clipRect(view.left(), view.top(), view.width(), view.height());
        s.strokeColor(p.ink);
        s.lineWidth(style.lineWidth());
        s.lineDash(2, 3);
        s.beginPath();
        s.moveTo(view.sx(x), view.top());
        s.lineTo(view.sx(x), view.bottom());
        s.stroke();
        s.lineDash(0, 0);
        if (derivative) {
            plot.drawDot(s, x, a.derivative(x), p.negative);
        }
        plot.drawDot(s, x, a.value(x), p.positive);
        s.restore();
    }

    private void legend(Surface s, Style style, String name, boolean derivative) {
        Palette p = style.palette();
        double f = style.fontPx() * 1.15;
        double x = view.left() + 0.6 * f;
        double y = view.top() + 0.9 * f;
        double sample = 2.4 * f;
        s.font(f, true);
        s.textAlign(Surface.Align.LEFT);
        s.textBaseline(Surface.Baseline.MIDDLE);
        legendRow(s, p.positive, 3 * p.lineScale, false, name + "(a)", x, y, sample, f, p);
        if (derivative) {
            legendRow(s, p.negative, 2.4 * p.lineScale, true, name + "′(a)", x, y + 1.5 * f, sample, f, p);
        }
    }

    private static void legendRow(Surface s, int color, double width, boolean dashed, String text, double x, double y,
                                  double sample, double f, Palette p) {
        s.fillColor(Rgb.withAlpha(WHITE, 0.85));
        s.fillRect(x - 0.3 * f, y - 0.7 * f, sample + s.measureText(text) + 1.2 * f, 1.4 * f);
        if (dashed) {
            s.lineDash(6 * p.lineScale, 3 * p.lineScale);
        }
        s.strokeColor(color);
        s.lineWidth(width);
        s.beginPath();
        s.moveTo(x, y);
        s.lineTo(x + sample, y);
        s.stroke();
        s.lineDash(0, 0);
        s.fillColor(p.ink);
        s.fillText(text, x + sample + 0.5 * f, y);
    }
}
