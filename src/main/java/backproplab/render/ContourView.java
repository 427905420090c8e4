package backproplab.render;

import backproplab.lessons.Descent2D;
import backproplab.lessons.LogisticSurface2D;
import backproplab.lessons.LossPoint;

/**
 * The 2-D picture of gradient descent (docs/notation.md §3): contour lines of the log loss L(w₁, w₂)
 * of a two-weight logistic regression, its minimum marked, and the paths of the iterates of
 * several optimisers from one start. Paths are told apart by more than colour (blue solid,
 * orange solid and thicker, black dashed), so they stay distinct in grey and for colour-blind
 * students; a legend inside the plot names them.
 */
public final class ContourView {
    private static final int WHITE = Rgb.of(0xffffff);
    /** Grid points per side for the contour sampling: smooth at 900 px, cheap at 360. */
    private static final int GRID = 90;
    private static final int LEVELS = 14;

    private final LogisticSurface2D surface;
    private final double[] levels;
    private Viewport view = new Viewport(0, 0, 1, 1, 0, 1, 0, 1);
    private Plot plot;
    private Contours contours;
    private double width;
    private double height;

    public ContourView(LogisticSurface2D surface) {
        this.surface = surface;
        // geometric spacing of L − L*: many rings near the flat minimum, few on the steep walls
        LossPoint min = surface.minimum();
        double top = Math.max(Math.max(surface.loss(surface.w1From(), surface.w2From()),
                surface.loss(surface.w1From(), surface.w2To())), Math.max(surface.loss(surface.w1To(), surface.w2From()),
                surface.loss(surface.w1To(), surface.w2To())));
        double[] excess = Contours.logLevels(0.02, top - min.loss(), LEVELS);
        levels = new double[LEVELS];
        for (int k = 0; k < LEVELS; k++) {
            levels[k] = min.loss() + excess[k];
        }
    }

    /** The line style of path k (0, 1, 2, …): colour, width and dash, as the legend shows them. */
    public static int pathColor(Palette p, int k) {
        return k == 0 ? p.positive : k == 1 ? p.negative : p.ink;
    }

    /** Fits a square plot (one unit of w₁ as long as one of w₂) into the surface and samples the loss. */
    public void layout(double width, double height, Style style) {
        this.width = width;
        this.height = height;
        Viewport fit = Plot.fit(width, height, style, surface.w1From(), surface.w1To(), surface.w2From(), surface.w2To());
        double side = Math.min(fit.width(), fit.height());
        view = new Viewport(fit.left() + (fit.width() - side) / 2, fit.top(), side, side,
                surface.w1From(), surface.w1To(), surface.w2From(), surface.w2To());
        plot = new Plot(view, style);
        contours = new Contours(GRID, GRID, view);
        contours.sample(surface::loss);
    }

    public Viewport view() {
        return view;
    }

    /**
     * Draws the contours and, for each run, its path up to step t (or its end), with the start
     * and the iterate at t marked. {@code names} label the runs in the legend.
     */
    public void draw(Surface s, Style style, Descent2D[] runs, String[] names, int t) {
        Palette p = style.palette();
        s.fillColor(WHITE);
        s.fillRect(0, 0, width, height);
        plot.drawGrid(s);
        s.save();
        s.clipRect(view.left(), view.top(), view.width(), view.height());
        for (int k = 0; k < levels.length; k++) {
            contours.draw(s, levels[k], Rgb.withAlpha(p.trainLine, 0.75), style.lineWidth());
        }
        LossPoint min = surface.minimum();
        cross(s, style, view.sx(min.w1()), view.sy(min.w2()));
        for (int k = 0; k < runs.length; k++) {
            path(s, style, runs[k], Math.min(t, runs[k].length() - 1), k);
        }
        if (runs.length > 0) {
            double sx = view.sx(runs[0].w1(0));
            double sy = view.sy(runs[0].w2(0));
            s.strokeColor(p.ink);
            s.lineWidth(2 * p.lineScale);
            s.beginPath();
            s.arc(sx, sy, style.pointRadius() * 2.2, 0, 2 * Math.PI);
            s.stroke();
        }
        s.restore();
        plot.drawAxes(s, "w₁", "w₂");
        legend(s, style, names);
    }

    private void path(Surface s, Style style, Descent2D run, int last, int k) {
        Palette p = style.palette();
        int color = pathColor(p, k);
        double width = (k == 1 ? 3.5 : 2.2) * p.lineScale;
        if (k == 2) {
            s.lineDash(7 * p.lineScale, 5 * p.lineScale);
        }
        s.strokeColor(color);
        s.lineWidth(width);
        s.beginPath();
        for (int i = 0; i <= last; i++) {
            if (i == 0) {
                s.moveTo(view.sx(run.w1(i)), view.sy(run.w2(i)));
            } else {
                s.lineTo(view.sx(run.w1(i)), view.sy(run.w2(i)));
            }
        }
        s.stroke();
        s.lineDash(0, 0);
        // small dots at the iterates show the step lengths (and gradient descent's zig-zag)
        s.fillColor(color);
        double r = 1.6 * p.lineScale;
        for (int i = 1; i < last; i++) {
            s.beginPath();
            s.arc(view.sx(run.w1(i)), view.sy(run.w2(i)), r, 0, 2 * Math.PI);
            s.fill();
        }
        if (last > 0) {
            s.strokeColor(p.ink);
            s.lineWidth(style.lineWidth());
            s.beginPath();
            s.arc(view.sx(run.w1(last)), view.sy(run.w2(last)), style.pointRadius() * 1.3, 0, 2 * Math.PI);
            s.fill();
            s.stroke();
        }
    }

    /** The minimum: a bold × in ink. */
    private static void cross(Surface s, Style style, double x, double y) {
        Plot.cross(s, x, y, style.fontPx() * 0.6, style.palette().ink, 3 * style.palette().lineScale);
    }

    private void legend(Surface s, Style style, String[] names) {
        Palette p = style.palette();
        double f = style.fontPx();
        s.font(f, false);
        double textW = 0;
        for (String n : names) {
            textW = Math.max(textW, s.measureText(n));
        }
        double sample = 2.6 * f;
        double rowH = 1.5 * f;
        double boxW = sample + textW + 1.6 * f;
        // top right: the default start is top left and the minimum lower middle
        double x = view.right() - 0.5 * f - boxW;
        double y = view.top() + 0.5 * f;
        double boxH = rowH * names.length + 0.6 * f;
        s.fillColor(Rgb.withAlpha(WHITE, 0.9));
        s.fillRect(x, y, boxW, boxH);
        s.strokeColor(p.grid);
        s.lineWidth(1);
        s.strokeRect(x, y, boxW, boxH);
        s.textAlign(Surface.Align.LEFT);
        s.textBaseline(Surface.Baseline.MIDDLE);
        for (int k = 0; k < names.length; k++) {
            double cy = y + 0.3 * f + rowH * (k + 0.5);
            if (k == 2) {
                s.lineDash(5 * p.lineScale, 3 * p.lineScale);
            }
            s.strokeColor(pathColor(p, k));
            s.lineWidth((k == 1 ? 3.5 : 2.2) * p.lineScale);
            s.beginPath();
            s.moveTo(x + 0.5 * f, cy);
            s.lineTo(x + 0.5 * f + sample, cy);
            s.stroke();
            s.lineDash(0, 0);
            s.fillColor(p.ink);
            s.fillText(names[k], x + f + sample, cy);
        }
    }
}
