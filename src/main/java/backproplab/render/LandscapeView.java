package backproplab.render;

import backproplab.landscape.Path;
import backproplab.landscape.Slice;
import backproplab.math.Order;
import backproplab.text.Fmt;

/**
 * A slice of the loss landscape drawn two ways: as a contour map of L(θ + s·d₁ + t·d₂) with its
 * levels labelled, the current weights at the centre and, in the path's plane, the path training
 * took; and as a surface seen from a turnable viewpoint, drawn back to front in canvas 2-D.
 */
public final class LandscapeView {
    private static final int LEVELS = 8;
    private static final Lab LOW = Lab.of(Rgb.of(0xfff7e0));
    private static final Lab MID = Lab.of(Rgb.of(0x5ba3c9));
    private static final Lab HIGH = Lab.of(Rgb.of(0x1b2a6b));

    private final double width;
    private final double height;
    private final Viewport view;
    private final Plot plot;
    private final Slice slice;
    private final Contours contours;
    private final double[] levels;
    private final double low;
    private final double high;

    /** The contour map's layout for a complete slice, on a surface {@code width} × {@code height} px. */
    public LandscapeView(double width, double height, Style style, Slice slice) {
        this.width = width;
        this.height = height;
        this.slice = slice;
        double r = slice.range;
        Viewport fit = Plot.fit(width, height, style, -r, r, -r, r);
        double side = Math.min(fit.width(), fit.height());
        view = new Viewport(fit.left() + (fit.width() - side) / 2, fit.top(), side, side, -r, r, -r, r);
        plot = new Plot(view, style);
        int n = slice.size;
        double[] loss = slice.losses();
        contours = new Contours(n, n, view);
        // Contours' row 0 is the bottom (t = −range); the slice's row 0 is the top
        contours.sample((s, t) -> loss[(n - 1 - index(t, r, n)) * n + index(s, r, n)]);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double v : loss) {
            if (v == v && v < Double.POSITIVE_INFINITY) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        low = lo;
        high = Math.max(hi, lo * 1.0001 + 1e-9);
        levels = Contours.logLevels(Math.max(low, 1e-4) * 1.02, high, LEVELS);
    }

    private static int index(double coordinate, double range, int n) {
        return (int) Math.max(0, Math.min(n - 1, Math.round((coordinate + range) / (2 * range) * (n - 1))));
    }

    /** The colour of a loss: pale at the slice's lowest, deep blue at its highest, on a log scale. */
    public int color(double loss) {
        if (!(loss == loss) || loss == Double.POSITIVE_INFINITY) {
            return Rgb.of(0x9e9e9e);
        }
        double f = height(loss);
        return f < 0.5 ? LOW.mix(MID, 2 * f).rgb() : MID.mix(HIGH, 2 * f - 1).rgb();
    }

    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    public double[] levels() {
        return levels.clone();
    }

    public Viewport view() {
        return view;
    }

    /** The contour map; {@code plane} (may be null) adds the path projected onto it, a dot per recorded epoch. */
    public void drawContours(Surface s, Style style, Path.Plane plane) {
        Palette p = style.palette();
        s.fillColor(Rgb.of(0xffffff));
        s.fillRect(0, 0, width, height);
        int n = slice.size;
        double cell = view.width() / (n - 1);
        double[] loss = slice.losses();
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                s.fillColor(color(loss[row * n + col]));
                double x = view.left() + (col - 0.5) * cell;
                double y = view.top() + (row - 0.5) * cell;
                s.fillRect(Math.max(view.left(), x), Math.max(view.top(), y), cell + 0.5, cell + 0.5);
            }
        }
        s.save();
        s.clipRect(view.left(), view.top(), view.width(), view.height());
        s.font(style.fontPx() * 0.85, false);
        s.textAlign(Surface.Align.CENTER);
        s.textBaseline(Surface.Baseline.MIDDLE);
        for (int k = 0; k < levels.length; k++) {
            double level = levels[k];
            contours.draw(s, level, Rgb.withAlpha(p.ink, 0.55), style.lineWidth());
            labelLevel(s, style, level);
        }
        if (plane != null) {
            drawPath(s, style, plane);
        }
        Plot.cross(s, view.sx(0), view.sy(0), style.fontPx() * 0.55, p.negative, 3 * p.lineScale);
        s.restore();
        plot.drawAxes(s, "s (along d₁)", "t (along d₂)");
    }

    /** The level's value at the first crossing found, on a white tag. */
    private void labelLevel(Surface s, Style style, double level) {
        double[] at = new double[2];
        boolean[] found = new boolean[1];
        int[] seen = new int[1];
        contours.segments(level, (x0, y0, x1, y1) -> {
            if (!found[0] && seen[0]++ == 3) { // a little way along the line, not at the frame
                at[0] = view.sx((x0 + x1) / 2);
                at[1] = view.sy((y0 + y1) / 2);
                found[0] = true;
            }
        });
        if (!found[0]) {
            return;
        }
        String text = Fmt.num(level, 2);
        double w = s.measureText(text) + 4;
        double h = style.fontPx();
        s.fillColor(Rgb.withAlpha(Rgb.of(0xffffff), 0.85));
        s.fillRect(at[0] - w / 2, at[1] - h / 2, w, h);
        s.fillColor(style.palette().ink);
        s.fillText(text, at[0], at[1]);
    }

    private void drawPath(Surface s, Style style, Path.Plane plane) {
        Palette p = style.palette();
        double[][] c = plane.coordinates();
        s.strokeColor(p.ink);
        s.lineWidth(2 * p.lineScale);
        s.beginPath();
        for (int i = 0; i < c.length; i++) {
            if (i == 0) {
                s.moveTo(view.sx(c[i][0]), view.sy(c[i][1]));
            } else {
                s.lineTo(view.sx(c[i][0]), view.sy(c[i][1]));
            }
        }
        s.lineTo(view.sx(0), view.sy(0));
        s.stroke();
        s.fillColor(p.ink);
        for (double[] point : c) {
            s.beginPath();
            s.arc(view.sx(point[0]), view.sy(point[1]), 2.2 * p.lineScale, 0, 2 * Math.PI);
            s.fill();
        }
        if (c.length > 0) { // the start: a ring
            s.lineWidth(2 * p.lineScale);
            s.beginPath();
            s.arc(view.sx(c[0][0]), view.sy(c[0][1]), style.pointRadius() * 1.6, 0, 2 * Math.PI);
            s.stroke();
        }
    }

    /**
     * The slice as a surface over the (s, t) square, height by the loss on the colours' log scale,
     * seen from {@code yaw} around the vertical and {@code pitch} above the plane (radians), filling the surface:
     * the grid's quads projected and filled from the farthest to the nearest.
     */
    public void drawSurface(Surface s, Style style, double yaw, double pitch) {
        double width = s.width();
        double height = s.height();
        s.fillColor(Rgb.of(0xffffff));
        s.fillRect(0, 0, width, height);
        int n = slice.size;
        double[] loss = slice.losses();
        double scale = Math.min(width, height) * 0.36;
        double cy = Math.cos(yaw);
        double sy = Math.sin(yaw);
        double cp = Math.cos(pitch);
        double sp = Math.sin(pitch);
        double[] px = new double[n * n];
        double[] py = new double[n * n];
        double[] depth = new double[n * n];
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                int k = row * n + col;
                double x = 2.0 * col / (n - 1) - 1;
                double y = 1 - 2.0 * row / (n - 1);
                double z = height(loss[k]) * 1.1 - 0.55;
                double xr = x * cy - y * sy; // turn about the vertical
                double yr = x * sy + y * cy;
                px[k] = width / 2 + scale * xr;
                py[k] = height * 0.55 - scale * (z * cp - yr * sp);
                depth[k] = yr * cp + z * sp;
            }
        }
        int quads = (n - 1) * (n - 1);
        double[] quadDepth = new double[quads];
        for (int q = 0; q < quads; q++) {
            int k = (q / (n - 1)) * n + q % (n - 1);
            quadDepth[q] = depth[k] + depth[k + 1] + depth[k + n] + depth[k + n + 1];
        }
        int[] order = Order.descending(quadDepth); // the farthest first
        Palette p = style.palette();
        s.lineWidth(0.5);
        for (int q : order) {
            int k = (q / (n - 1)) * n + q % (n - 1);
            double mean = (loss[k] + loss[k + 1] + loss[k + n] + loss[k + n + 1]) / 4;
            s.fillColor(color(mean));
            s.strokeColor(Rgb.withAlpha(p.ink, 0.25));
            s.beginPath();
            s.moveTo(px[k], py[k]);
            s.lineTo(px[k + 1], py[k + 1]);
            s.lineTo(px[k + n + 1], py[k + n + 1]);
            s.lineTo(px[k + n], py[k + n]);
            s.closePath();
            s.fill();
            s.stroke();
        }
        int centre = (n / 2) * n + n / 2;
        s.fillColor(p.negative);
        s.beginPath();
        s.arc(px[centre], py[centre], style.pointRadius() * 1.4, 0, 2 * Math.PI);
        s.fill();
    }

    /** 0 … 1: the loss on the colours' log scale, so low basins and high walls both show. */
    private double height(double loss) {
        if (!(loss == loss) || loss == Double.POSITIVE_INFINITY) {
            return 1;
        }
        double f = Math.log(Math.max(loss, 1e-9) / Math.max(low, 1e-9)) / Math.log(Math.max(high, 1e-9) / Math.max(low, 1e-9));
        return f != f ? 0 : Math.max(0, Math.min(1, f));
    }
}
