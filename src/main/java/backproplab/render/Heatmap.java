package backproplab.render;

/**
 * The playground's decision picture: a grid of network outputs in [−1, 1] coloured orange → grey
 * → blue, with the data points on top. The pixel buffer is made once; {@link #fill} and
 * {@link #draw} allocate nothing, so the picture can be redrawn every animation frame.
 *
 * <p>Cell (row, col) covers a cell of the domain; {@link #x(int)} and {@link #y(int)} give its
 * centre, where the caller should evaluate the network. Row 0 is the top of the picture, i.e.
 * the largest y.
 */
public final class Heatmap {
    public final int cols;
    public final int rows;
    private final Viewport domain;
    private final int[] pixels;
    private final Ticks xTicks;
    private final Ticks yTicks;

    /**
     * A {@code cols × rows} grid over the world rectangle of {@code view}; the same viewport says
     * where on the surface it is drawn (e.g. 100 × 100 cells of [−6, 6]² shown at 500 × 500 px).
     */
    public Heatmap(int cols, int rows, Viewport view) {
        this.cols = cols;
        this.rows = rows;
        this.domain = view;
        this.pixels = new int[cols * rows];
        this.xTicks = Ticks.of(view.xMin(), view.xMax(), Axes.targetTicks(view.width()));
        this.yTicks = Ticks.of(view.yMin(), view.yMax(), Axes.targetTicks(view.height()));
    }

    public Viewport view() {
        return domain;
    }

    /** World x of the centre of column {@code col}. */
    public double x(int col) {
        return domain.xMin() + (col + 0.5) * (domain.xMax() - domain.xMin()) / cols;
    }

    /** World y of the centre of row {@code row} (row 0 at the top, the largest y). */
    public double y(int row) {
        return domain.yMax() - (row + 0.5) * (domain.yMax() - domain.yMin()) / rows;
    }

    /**
     * Colours the buffer from {@code values} (row-major, {@code rows × cols}). With
     * {@code discretize} only the sign shows (TF Playground's "discretize output"); NaN and ±∞
     * (a diverged network) show grey.
     */
    public void fill(double[] values, Palette palette, boolean discretize) {
        int n = cols * rows;
        if (discretize) {
            for (int i = 0; i < n; i++) {
                pixels[i] = palette.discrete(values[i]);
            }
        } else {
            for (int i = 0; i < n; i++) {
                pixels[i] = palette.color(values[i]);
            }
        }
    }

    /** Draws the coloured grid over the viewport's screen rectangle, smoothly scaled as TF Playground's. */
    public void draw(Surface s) {
        s.putPixels(pixels, cols, rows, domain.left(), domain.top(), domain.width(), domain.height(), true);
    }

    /**
     * Data points as filled circles in their class colour: training points with a white ring,
     * test points with a black one (TF Playground's convention), each ring edged outside in the
     * other of black and white. One of the two contrasts with any colour, so a point stays
     * visible where the output has saturated to its own class's colour, which white alone (on
     * orange) or black alone (on the projector's blue) does not. {@code label} is ±1 for
     * classification, any value in [−1, 1] for regression.
     */
    public void drawPoints(Surface s, Style style, double[] px, double[] py, double[] label, int count, boolean test) {
        int ring = test ? 0xff000000 : 0xffffffff;
        int edge = test ? 0xffffffff : 0xff000000;
        double w = style.lineWidth();
        double r = style.pointRadius();
        for (int i = 0; i < count; i++) {
            s.beginPath();
            s.arc(domain.sx(px[i]), domain.sy(py[i]), r, 0, 2 * Math.PI);
            // the edge is a wide stroke under the ring: it shows as a band just outside it
            s.strokeColor(edge);
            s.lineWidth(3 * w);
            s.stroke();
            s.fillColor(style.palette().color(label[i]));
            s.fill();
            s.strokeColor(ring);
            s.lineWidth(w);
            s.stroke();
        }
    }

    /**
     * Room {@link #drawAxes} needs below the picture, px: the tick (0.4 em), a pixel, and a line
     * of text (1.25 em), rounded up; it grows with the style's text (28.8 px at a projector's 16).
     */
    public static double roomBelow(Style style) {
        return 1.8 * style.fontPx();
    }

    /**
     * Room {@link #drawAxes} needs right of the picture, px: the tick (0.4 em), two pixels, and the
     * widest label, "−6" (1.5 em); 24 px at the page's 11 px text, 34 at a projector's 16.
     */
    public static double roomRight(Style style) {
        return 2 * style.fontPx() + 2;
    }

    /** Tick marks and labels below and to the right of the picture, as TF Playground's. */
    public void drawAxes(Surface s, Style style) {
        Axes.bottom(s, style, domain, xTicks);
        Axes.right(s, style, domain, yTicks);
    }
}
