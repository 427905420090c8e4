package backproplab.render;

import java.util.function.DoubleBinaryOperator;

/**
 * Contour lines of a function of two variables (the loss over two weights in the 2-D
 * gradient-descent lesson) by marching squares: sample the function on a grid once, then for
 * each level find where each grid cell's edges cross it and join the crossings by straight
 * segments. The samples are reused for every level and every redraw.
 */
public final class Contours {

    /** Receives one contour segment in world coordinates. */
    @FunctionalInterface
    public interface SegmentSink {
        void segment(double x0, double y0, double x1, double y1);
    }

    private final int nx;
    private final int ny;
    private final Viewport view;
    private final double[] values;
    // the crossing on each edge of the current cell: bottom, right, top, left
    private final double[] edgeX = new double[4];
    private final double[] edgeY = new double[4];
    private final SegmentSink toScreen;
    private Surface target;

    /** An {@code nx × ny} grid of sample points spanning the viewport's world rectangle, corners included. */
    public Contours(int nx, int ny, Viewport view) {
        this.nx = nx;
        this.ny = ny;
        this.view = view;
        this.values = new double[nx * ny];
        this.toScreen = (x0, y0, x1, y1) -> {
            target.moveTo(view.sx(x0), view.sy(y0));
            target.lineTo(view.sx(x1), view.sy(y1));
        };
    }

    /** Geometrically spaced levels from min to max (both > 0): even spacing for a loss that spans decades. */
    public static double[] logLevels(double min, double max, int count) {
        double[] levels = new double[count];
        for (int k = 0; k < count; k++) {
            levels[k] = min * Math.pow(max / min, count == 1 ? 0 : k / (double) (count - 1));
        }
        return levels;
    }

    /** Evaluates f at every grid point. */
    public void sample(DoubleBinaryOperator f) {
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                values[j * nx + i] = f.applyAsDouble(x(i), y(j));
            }
        }
    }

    /** World x of grid column i. */
    public double x(int i) {
        return view.xMin() + i * (view.xMax() - view.xMin()) / (nx - 1);
    }

    /** World y of grid row j (row 0 at the bottom, yMin). */
    public double y(int j) {
        return view.yMin() + j * (view.yMax() - view.yMin()) / (ny - 1);
    }

    /** Strokes the contour at {@code level} in one path. */
    public void draw(Surface s, double level, int color, double width) {
        s.strokeColor(color);
        s.lineWidth(width);
        s.beginPath();
        target = s;
        segments(level, toScreen);
        target = null;
        s.stroke();
    }

    /**
     * Every segment of the contour f = level. A cell whose corners are not all finite is skipped.
     * A saddle cell (corners alternately above and below) is resolved by the mean of its corners,
     * which stands in for the value at its centre.
     */
    public void segments(double level, SegmentSink sink) {
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                double v00 = values[j * nx + i];
                double v10 = values[j * nx + i + 1];
                double v11 = values[(j + 1) * nx + i + 1];
                double v01 = values[(j + 1) * nx + i];
                if (!(v00 - v00 == 0 && v10 - v10 == 0 && v11 - v11 == 0 && v01 - v01 == 0)) {
                    continue;
                }
                boolean a00 = v00 > level;
                boolean a10 = v10 > level;
                boolean a11 = v11 > level;
                boolean a01 = v01 > level;
                if (a00 == a10 && a10 == a11 && a11 == a01) {
                    continue; // the level does not pass through this cell
                }
                double x0 = x(i);
                double x1 = x(i + 1);
                double y0 = y(j);
                double y1 = y(j + 1);
                crossing(0, a00 != a10, x0, y0, v00, x1, y0, v10, level);
                crossing(1, a10 != a11, x1, y0, v10, x1, y1, v11, level);
                crossing(2, a01 != a11, x0, y1, v01, x1, y1, v11, level);
                crossing(3, a00 != a01, x0, y0, v00, x0, y1, v01, level);
                if (a00 == a11 && a10 == a01) {
                    // saddle: cut off the two corners on the other side from the centre
                    boolean centre = (v00 + v10 + v11 + v01) / 4 > level;
                    if (a00 != centre) {
                        join(sink, 0, 3); // around corner 00 and corner 11
                        join(sink, 1, 2);
                    } else {
                        join(sink, 0, 1); // around corner 10 and corner 01
                        join(sink, 2, 3);
                    }
                } else {
                    int first = -1;
                    for (int e = 0; e < 4; e++) {
                        if (!Double.isNaN(edgeX[e])) {
                            if (first < 0) {
                                first = e;
                            } else {
                                join(sink, first, e);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Records where edge {@code e} from (xa, ya) to (xb, yb) crosses the level (linear interpolation), or NaN. */
    private void crossing(int e, boolean crosses, double xa, double ya, double va, double xb, double yb, double vb,
                          double level) {
        if (!crosses) {
            edgeX[e] = Double.NaN;
            return;
        }
        double t = (level - va) / (vb - va);
        edgeX[e] = xa + t * (xb - xa);
        edgeY[e] = ya + t * (yb - ya);
    }

    private void join(SegmentSink sink, int e, int f) {
        sink.segment(edgeX[e], edgeY[e], edgeX[f], edgeY[f]);
    }
}
