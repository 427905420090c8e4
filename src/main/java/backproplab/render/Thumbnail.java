package backproplab.render;

import backproplab.data.Feature;
import backproplab.data.Points;

/**
 * A small square picture of one unit's output over the input plane (the network diagram's
 * nodes, TF Playground's little heatmaps), and the small pictures of the data sets. The pixel
 * buffer is made once; {@link #fill} allocates nothing, so every node can be refreshed each
 * animation frame.
 */
public final class Thumbnail {
    /** Cells per side: the grid the values come from. */
    public final int size;
    private final int[] pixels;

    public Thumbnail(int size) {
        this.size = size;
        this.pixels = new int[size * size];
    }

    /**
     * Colours the cells from {@code values}, a square grid (row-major, row 0 at the top) of this
     * size or a whole multiple of it, sampled at the middle of each block: a 40-pixel node needs no
     * more than 50×50 cells of the 100×100 grid. Only the sign with {@code discretize}.
     */
    public void fill(double[] values, Palette palette, boolean discretize) {
        int n = (int) Math.round(Math.sqrt(values.length));
        int stride = n / size;
        int offset = stride / 2;
        int i = 0;
        for (int r = 0; r < size; r++) {
            int row = (r * stride + offset) * n + offset;
            for (int c = 0; c < size; c++, i++) {
                double v = values[row + c * stride];
                pixels[i] = discretize ? palette.discrete(v) : palette.color(v);
            }
        }
    }

    /** The colour of cell (row, col), as {@link #fill} left it. */
    public int pixel(int row, int col) {
        return pixels[row * size + col];
    }

    /** Draws the picture as a {@code side × side} square at (x, y), smoothly scaled. */
    public void draw(Surface s, double x, double y, double side) {
        s.putPixels(pixels, size, size, x, y, side, side, true);
    }

    /**
     * A feature's values over an n×n grid of cell centres of [−domain, domain]² (row 0 at the
     * top), rescaled so that its smallest value is −1 and its largest +1: x₁ runs from orange on
     * the left to blue on the right, x₁² is orange in the middle and blue at both sides. The
     * network sees the raw values; this scale only makes every feature's shape visible.
     */
    public static double[] featureValues(Feature f, int n, double domain) {
        double[] v = new double[n * n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double step = 2 * domain / n;
        for (int r = 0; r < n; r++) {
            double x2 = domain - (r + 0.5) * step;
            for (int c = 0; c < n; c++) {
                double value = f.value(-domain + (c + 0.5) * step, x2);
                v[r * n + c] = value;
                lo = Math.min(lo, value);
                hi = Math.max(hi, value);
            }
        }
        double mid = (lo + hi) / 2;
        double half = (hi - lo) / 2;
        for (int i = 0; i < v.length; i++) {
            v[i] = half == 0 ? 0 : (v[i] - mid) / half;
        }
        return v;
    }

    /**
     * A data set's picture: its points as dots in their class colour on a pale square
     * (the data-set chooser). {@code domain} is the half-width of the plotted square.
     */
    public static void drawData(Surface s, Palette palette, Points points, double x, double y, double side, double domain) {
        s.fillColor(Rgb.of(0xffffff));
        s.fillRect(x, y, side, side);
        double r = Math.max(1, side / 40);
        for (int k = 0; k < points.count; k++) {
            s.fillColor(palette.color(points.label[k]));
            s.fillRect(x + (points.x1[k] + domain) / (2 * domain) * side - r, y + (domain - points.x2[k]) / (2 * domain) * side - r,
                    2 * r, 2 * r);
        }
    }
}
