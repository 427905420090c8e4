package backproplab.render;

import backproplab.math.Order;
import backproplab.playground.HiddenSpace;

/**
 * The data in a hidden layer's coordinates ({@link HiddenSpace}): for two units the plane of
 * (z₁, z₂) with the next layer's lines, shaded by the network's output where the next layer is
 * the output; for three a turnable box with the next layer's planes; wider layers as their
 * projection. Points look as on the output plot.
 */
public final class HiddenSpaceView {
    private static final int CELLS = 60;
    private final double width;
    private final double height;

    public HiddenSpaceView(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Draws {@code h}; {@code output} (may be null) maps z of the layer to the output picture's −1 … +1. */
    public void draw(Surface s, Style style, HiddenSpace h, java.util.function.ToDoubleFunction<double[]> output, double yaw, double pitch) {
        s.fillColor(Rgb.of(0xffffff));
        s.fillRect(0, 0, width, height);
        if (h.kind == HiddenSpace.Kind.SPACE) {
            drawSpace(s, style, h, yaw, pitch);
            return;
        }
        double room = Heatmap.roomRight(style) + style.fontPx(); // ticks like "−0.5" are wider than the plot's "−6"
        double side = Math.min(width - room - 8, height - Heatmap.roomBelow(style) - 8);
        double[] xb = h.bounds[0];
        double[] yb = h.bounds[1];
        // one scale for both axes, so angles and distances in z-space read true
        double span = Math.max(xb[1] - xb[0], yb[1] - yb[0]);
        double cx = (xb[0] + xb[1]) / 2;
        double cy = (yb[0] + yb[1]) / 2;
        Viewport view = new Viewport(8, 8, side, side, cx - span / 2, cx + span / 2, cy - span / 2, cy + span / 2);
        Heatmap map = new Heatmap(CELLS, CELLS, view);
        double[] values = new double[CELLS * CELLS];
        if (output != null && h.kind == HiddenSpace.Kind.PLANE) {
            double[] z = new double[2];
            for (int r = 0; r < CELLS; r++) {
                for (int c = 0; c < CELLS; c++) {
                    z[0] = map.x(c);
                    z[1] = map.y(r);
                    values[r * CELLS + c] = output.applyAsDouble(z);
                }
            }
        }
        map.fill(values, style.palette(), false);
        map.draw(s);
        s.save();
        s.clipRect(view.left(), view.top(), view.width(), view.height());
        if (h.kind == HiddenSpace.Kind.PLANE) {
            for (int j = 0; j < h.weights.length; j++) {
                line(s, style, view, h.weights[j], h.biases[j], h.nextIsOutput ? 3 : 2);
            }
        }
        int n = h.coordinates.length;
        double[] px = new double[n];
        double[] py = new double[n];
        for (int k = 0; k < n; k++) {
            px[k] = h.coordinates[k][0];
            py[k] = h.coordinates[k][1];
        }
        map.drawPoints(s, style, px, py, h.labels, n, false);
        s.restore();
        map.drawAxes(s, style);
    }

    /** w₁z₁ + w₂z₂ + b = 0 across the view. */
    private static void line(Surface s, Style style, Viewport v, double[] w, double b, double widthScale) {
        s.strokeColor(style.palette().ink);
        s.lineWidth(widthScale * style.lineWidth());
        s.beginPath();
        if (Math.abs(w[1]) > Math.abs(w[0])) {
            s.moveTo(v.sx(v.xMin()), v.sy(-(b + w[0] * v.xMin()) / w[1]));
            s.lineTo(v.sx(v.xMax()), v.sy(-(b + w[0] * v.xMax()) / w[1]));
        } else if (w[0] != 0) {
            s.moveTo(v.sx(-(b + w[1] * v.yMin()) / w[0]), v.sy(v.yMin()));
            s.lineTo(v.sx(-(b + w[1] * v.yMax()) / w[0]), v.sy(v.yMax()));
        }
        s.stroke();
    }

    private void drawSpace(Surface s, Style style, HiddenSpace h, double yaw, double pitch) {
        Palette p = style.palette();
        double[][] b = h.bounds;
        double scale = Math.min(width, height) * 0.3;
        Projector proj = new Projector(b, yaw, pitch, scale, width / 2, height / 2);
        // the box's twelve edges
        s.strokeColor(Rgb.withAlpha(p.ink, 0.4));
        s.lineWidth(style.lineWidth());
        for (int e = 0; e < 12; e++) {
            double[] a = corner(b, EDGES[e][0]);
            double[] c = corner(b, EDGES[e][1]);
            s.beginPath();
            s.moveTo(proj.x(a), proj.y(a));
            s.lineTo(proj.x(c), proj.y(c));
            s.stroke();
        }
        for (int j = 0; j < h.weights.length; j++) {
            plane(s, style, proj, b, h.weights[j], h.biases[j], h.nextIsOutput);
        }
        int n = h.coordinates.length;
        double[] depth = new double[n];
        for (int k = 0; k < n; k++) {
            depth[k] = proj.depth(h.coordinates[k]);
        }
        int[] order = Order.descending(depth); // the farthest first
        double r = style.pointRadius();
        for (int k : order) {
            double[] z = h.coordinates[k];
            s.beginPath();
            s.arc(proj.x(z), proj.y(z), r, 0, 2 * Math.PI);
            s.fillColor(p.color(h.labels[k]));
            s.fill();
            s.strokeColor(p.ink);
            s.lineWidth(style.lineWidth());
            s.stroke();
        }
    }

    private static final int[][] EDGES = {{0, 1}, {2, 3}, {4, 5}, {6, 7}, {0, 2}, {1, 3}, {4, 6}, {5, 7}, {0, 4}, {1, 5}, {2, 6}, {3, 7}};

    /** Corner c (bit 0: x, bit 1: y, bit 2: z at its max) of the box. */
    private static double[] corner(double[][] b, int c) {
        return new double[] {b[0][c & 1], b[1][(c >> 1) & 1], b[2][(c >> 2) & 1]};
    }

    /** The plane w·z + b = 0 inside the box: where it cuts the box's edges, joined in order round their centre. */
    private static void plane(Surface s, Style style, Projector proj, double[][] box, double[] w, double bias, boolean boundary) {
        double[][] cuts = new double[12][];
        int count = 0;
        for (int[] e : EDGES) {
            double[] a = corner(box, e[0]);
            double[] c = corner(box, e[1]);
            double fa = w[0] * a[0] + w[1] * a[1] + w[2] * a[2] + bias;
            double fc = w[0] * c[0] + w[1] * c[1] + w[2] * c[2] + bias;
            if (fa == fc || (fa > 0) == (fc > 0)) {
                continue;
            }
            double t = fa / (fa - fc);
            cuts[count++] = new double[] {a[0] + t * (c[0] - a[0]), a[1] + t * (c[1] - a[1]), a[2] + t * (c[2] - a[2])};
        }
        if (count < 3) {
            return;
        }
        double mx = 0;
        double my = 0;
        for (int k = 0; k < count; k++) {
            mx += proj.x(cuts[k]) / count;
            my += proj.y(cuts[k]) / count;
        }
        double[] angle = new double[count];
        for (int k = 0; k < count; k++) {
            angle[k] = Math.atan2(proj.y(cuts[k]) - my, proj.x(cuts[k]) - mx);
        }
        int[] round = Order.descending(angle); // round the centre, one way
        double[][] pts = new double[count][];
        for (int k = 0; k < count; k++) {
            pts[k] = cuts[round[k]];
        }
        s.beginPath();
        s.moveTo(proj.x(pts[0]), proj.y(pts[0]));
        for (int k = 1; k < count; k++) {
            s.lineTo(proj.x(pts[k]), proj.y(pts[k]));
        }
        s.closePath();
        s.fillColor(Rgb.withAlpha(style.palette().ink, boundary ? 0.18 : 0.08));
        s.fill();
        s.strokeColor(style.palette().ink);
        s.lineWidth((boundary ? 2.5 : 1.5) * style.lineWidth());
        s.stroke();
    }

    /** An orthographic view of the box, turned by yaw about the vertical z₃ axis and tilted by pitch. */
    private record Projector(double[][] box, double yaw, double pitch, double scale, double cx, double cy) {
        private double[] unit(double[] z) {
            double[] u = new double[3];
            for (int d = 0; d < 3; d++) {
                u[d] = 2 * (z[d] - box[d][0]) / (box[d][1] - box[d][0]) - 1;
            }
            double x = u[0] * Math.cos(yaw) - u[1] * Math.sin(yaw);
            double y = u[0] * Math.sin(yaw) + u[1] * Math.cos(yaw);
            return new double[] {x, y * Math.sin(pitch) + u[2] * Math.cos(pitch), y * Math.cos(pitch) - u[2] * Math.sin(pitch)};
        }

        double x(double[] z) {
            return cx + scale * unit(z)[0];
        }

        double y(double[] z) {
            return cy - scale * unit(z)[1];
        }

        /** Larger is farther from the viewer. */
        double depth(double[] z) {
            return unit(z)[2];
        }
    }
}
