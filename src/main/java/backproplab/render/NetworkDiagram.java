package backproplab.render;

import backproplab.data.Feature;
import backproplab.nn.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * The network drawn as TF Playground draws it, with what it leaves out: the input features in
 * a column on the left, one column per hidden layer, the output unit on the right. Every node
 * is a {@link Thumbnail} of its output over the input plane; every weight is a curve, coloured
 * by its sign (blue +, orange −, pale near 0) and as thick as |w| is large; every unit, the
 * output included, shows its bias b as a small square at its lower left (docs/notation.md §5–6:
 * a = W z + b, z = σ(a)).
 *
 * <p>One instance is one layout (a width, the shown features, the layer sizes); the page makes
 * a new one when any of these change and otherwise only redraws. {@link #hit} and
 * {@link #targets} let the page find what is under the pointer or next in keyboard order.
 */
public final class NetworkDiagram {
    /** What a point of the diagram can be. */
    public enum Kind { FEATURE, UNIT, LINK, BIAS }

    /**
     * Something in the diagram. FEATURE: row {@code j} of the shown features. UNIT and BIAS:
     * unit {@code j} of layer {@code l} ≥ 1 (l = L is the output). LINK: the weight
     * W[l][j][i] from unit {@code i} of layer l−1 (input {@code i} when l = 1) to unit j of layer l.
     */
    public record Target(Kind kind, int l, int j, int i) {
    }

    private static final int SEGMENTS = 14;

    public final double width;
    public final double height;
    /** Side of a node's square, px. */
    public final double node;
    private final Feature[] shown;
    private final boolean[] on;
    private final int[] n;
    private final int layers;
    private final double bias;
    private final double[] colX;
    private final double[] rowY0;
    private final double spacing;
    private final int[] inputRow;
    // one link's Bézier (its ends and its control points' x) and its curve sampled, reused
    private double fromX;
    private double fromY;
    private double toX;
    private double toY;
    private double midX;
    private final double[] cx = new double[SEGMENTS + 1];
    private final double[] cy = new double[SEGMENTS + 1];

    /**
     * @param width the surface width, px
     * @param shown the feature nodes to draw (those not removed by a link's _hide), in input order
     * @param on which of them the network uses; the network's inputs are the shown ones that are on
     * @param n the network's layer sizes n[0..L]
     * @param fontPx the label font size
     */
    public NetworkDiagram(double width, Feature[] shown, boolean[] on, int[] n, double fontPx) {
        this.width = width;
        this.shown = shown.clone();
        this.on = on.clone();
        this.n = n.clone();
        this.layers = n.length - 1;
        double labels = fontPx * 4.6;
        double usable = width - labels - 4;
        this.node = Math.max(28, Math.min(40, usable / (layers + 1) * 0.5));
        this.bias = Math.max(7, Math.round(node * 0.24));
        this.spacing = node + Math.max(9, node * 0.25);
        int rows = Math.max(1, shown.length);
        for (int l = 1; l <= layers; l++) {
            rows = Math.max(rows, n[l]);
        }
        double top = 4;
        this.height = top + rows * spacing;
        this.colX = new double[layers + 1];
        this.rowY0 = new double[layers + 1];
        double step = layers == 0 ? 0 : (usable - node) / layers;
        for (int c = 0; c <= layers; c++) {
            colX[c] = labels + node / 2 + c * step;
            int count = c == 0 ? shown.length : n[c];
            rowY0[c] = top + (rows - count) * spacing / 2 + spacing / 2;
        }
        this.inputRow = new int[n[0]];
        int i = 0;
        for (int r = 0; r < shown.length && i < n[0]; r++) {
            if (on[r]) {
                inputRow[i++] = r;
            }
        }
    }

    /** Centre x of column c (0: features, L: output). */
    public double columnX(int c) {
        return colX[c];
    }

    /** Centre y of node {@code j} of column {@code c} (for column 0, j is the feature row). */
    public double nodeY(int c, int j) {
        return rowY0[c] + j * spacing;
    }

    /** The feature row of network input i. */
    public int inputRow(int i) {
        return inputRow[i];
    }

    /** Draws links, nodes, biases and feature labels; {@code focus} (may be null) gets a ring. */
    public void draw(Surface s, Style style, Network net, Thumbnail[] features, Thumbnail[][] units, Target focus) {
        Palette p = style.palette();
        double lw = style.lineWidth();
        for (int l = 1; l <= layers; l++) {
            for (int j = 0; j < n[l]; j++) {
                for (int i = 0; i < n[l - 1]; i++) {
                    double w = net.weight(l, j, i);
                    s.strokeColor(p.color(w));
                    s.lineWidth(linkWidth(w) * lw);
                    stroke(s, l, j, i);
                }
            }
        }
        s.font(style.fontPx(), false);
        s.textAlign(Surface.Align.RIGHT);
        s.textBaseline(Surface.Baseline.MIDDLE);
        for (int r = 0; r < shown.length; r++) {
            double x = colX[0];
            double y = nodeY(0, r);
            s.globalAlpha(on[r] ? 1 : 0.3);
            features[r].draw(s, x - node / 2, y - node / 2, node);
            s.globalAlpha(1);
            s.strokeColor(on[r] ? p.ink : p.invalid);
            s.lineWidth(lw);
            s.lineDash(on[r] ? 0 : 3, on[r] ? 0 : 3);
            s.strokeRect(x - node / 2, y - node / 2, node, node);
            s.lineDash(0, 0);
            s.fillColor(on[r] ? p.ink : p.muted);
            s.fillText(shown[r].label(), x - node / 2 - 5, y);
        }
        for (int l = 1; l <= layers; l++) {
            for (int j = 0; j < n[l]; j++) {
                double x = colX[l];
                double y = nodeY(l, j);
                units[l][j].draw(s, x - node / 2, y - node / 2, node);
                s.strokeColor(p.ink);
                s.lineWidth(lw);
                s.strokeRect(x - node / 2, y - node / 2, node, node);
                double bx = x - node / 2 - bias - 2;
                double by = y + node / 2 - bias;
                s.fillColor(p.color(net.bias(l, j)));
                s.fillRect(bx, by, bias, bias);
                s.strokeRect(bx, by, bias, bias);
            }
        }
        if (focus != null) {
            drawFocus(s, style, net, focus);
        }
    }

    /** Line width of a weight, before the style's scale: 0.6 px near 0, thicker with |w| up to 4. */
    static double linkWidth(double w) {
        double a = Math.abs(w);
        return !(a - a == 0) ? 1 : 0.6 + Math.min(a, 4) * 1.4;
    }

    private void drawFocus(Surface s, Style style, Network net, Target t) {
        Palette p = style.palette();
        s.strokeColor(p.ink);
        s.lineWidth(2.5 * style.lineWidth());
        switch (t.kind()) {
            case LINK:
                s.lineWidth(linkWidth(net.weight(t.l(), t.j(), t.i())) * style.lineWidth() + 4);
                s.globalAlpha(0.35);
                stroke(s, t.l(), t.j(), t.i());
                s.globalAlpha(1);
                break;
            case BIAS: {
                double[] c = anchor(t);
                s.strokeRect(c[0] - bias / 2 - 3, c[1] - bias / 2 - 3, bias + 6, bias + 6);
                break;
            }
            default: {
                double[] c = anchor(t);
                s.strokeRect(c[0] - node / 2 - 3, c[1] - node / 2 - 3, node + 6, node + 6);
            }
        }
    }

    /**
     * A link's S-shaped cubic Bézier: from the right edge of the source node to the left edge of
     * the target, both control points halfway across, each at its end's height.
     */
    private void bezier(int l, int j, int i) {
        fromX = colX[l - 1] + node / 2;
        fromY = l == 1 ? nodeY(0, inputRow[i]) : nodeY(l - 1, i);
        toX = colX[l] - node / 2;
        toY = nodeY(l, j);
        midX = (fromX + toX) / 2;
    }

    /**
     * Strokes the link as the one curve it is, not a polyline: the browser's software rasteriser
     * strokes a curve faster than its many segments (docs/benchmarks.md).
     */
    void stroke(Surface s, int l, int j, int i) {
        bezier(l, j, i);
        s.beginPath();
        s.moveTo(fromX, fromY);
        s.bezierCurveTo(midX, fromY, midX, toY, toX, toY);
        s.stroke();
    }

    /** The same curve sampled into {@link #cx}, {@link #cy}, for hit tests and anchors. */
    private void curve(int l, int j, int i) {
        bezier(l, j, i);
        for (int k = 0; k <= SEGMENTS; k++) {
            double t = k / (double) SEGMENTS;
            double u = 1 - t;
            double b0 = u * u * u;
            double b1 = 3 * u * u * t;
            double b2 = 3 * u * t * t;
            double b3 = t * t * t;
            cx[k] = b0 * fromX + (b1 + b2) * midX + b3 * toX;
            cy[k] = (b0 + b1) * fromY + (b2 + b3) * toY;
        }
    }

    /**
     * Where a target sits: a node's or bias's centre; for a link, a point a third of the way along
     * it (at the middle, links between the same two layers cross each other).
     */
    public double[] anchor(Target t) {
        switch (t.kind()) {
            case FEATURE:
                return new double[] {colX[0], nodeY(0, t.j())};
            case UNIT:
                return new double[] {colX[t.l()], nodeY(t.l(), t.j())};
            case BIAS:
                return new double[] {colX[t.l()] - node / 2 - 2 - bias / 2, nodeY(t.l(), t.j()) + node / 2 - bias / 2};
            default:
                curve(t.l(), t.j(), t.i());
                return new double[] {cx[SEGMENTS * 2 / 7], cy[SEGMENTS * 2 / 7]};
        }
    }

    /**
     * What is under the point (px, py): a bias, a node, or the nearest link within a few pixels
     * (enough for a finger on a phone); null for empty space.
     */
    public Target hit(double px, double py, Network net) {
        for (int l = 1; l <= layers; l++) {
            for (int j = 0; j < n[l]; j++) {
                Target b = new Target(Kind.BIAS, l, j, 0);
                double[] c = anchor(b);
                if (Math.abs(px - c[0]) <= bias / 2 + 3 && Math.abs(py - c[1]) <= bias / 2 + 3) {
                    return b;
                }
                if (Math.abs(px - colX[l]) <= node / 2 && Math.abs(py - nodeY(l, j)) <= node / 2) {
                    return new Target(Kind.UNIT, l, j, 0);
                }
            }
        }
        for (int r = 0; r < shown.length; r++) {
            // the label belongs to the feature too: a bigger target for a finger
            if (px >= 0 && px <= colX[0] + node / 2 && Math.abs(py - nodeY(0, r)) <= node / 2) {
                return new Target(Kind.FEATURE, 0, r, 0);
            }
        }
        Target best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int l = 1; l <= layers; l++) {
            for (int j = 0; j < n[l]; j++) {
                for (int i = 0; i < n[l - 1]; i++) {
                    curve(l, j, i);
                    double d = distance(px, py);
                    double reach = Math.max(6, linkWidth(net.weight(l, j, i)) / 2 + 3);
                    if (d <= reach && d < bestDistance) {
                        bestDistance = d;
                        best = new Target(Kind.LINK, l, j, i);
                    }
                }
            }
        }
        return best;
    }

    /** Distance from (px, py) to the sampled curve. */
    private double distance(double px, double py) {
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < SEGMENTS; k++) {
            double dx = cx[k + 1] - cx[k];
            double dy = cy[k + 1] - cy[k];
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - cx[k]) * dx + (py - cy[k]) * dy) / len));
            double ex = cx[k] + t * dx - px;
            double ey = cy[k] + t * dy - py;
            best = Math.min(best, ex * ex + ey * ey);
        }
        return Math.sqrt(best);
    }

    /**
     * Every target in keyboard order: the features top to bottom, then layer by layer each
     * unit, its bias and the weights coming into it.
     */
    public List<Target> targets() {
        List<Target> list = new ArrayList<>();
        for (int r = 0; r < shown.length; r++) {
            list.add(new Target(Kind.FEATURE, 0, r, 0));
        }
        for (int l = 1; l <= layers; l++) {
            for (int j = 0; j < n[l]; j++) {
                list.add(new Target(Kind.UNIT, l, j, 0));
                list.add(new Target(Kind.BIAS, l, j, 0));
                for (int i = 0; i < n[l - 1]; i++) {
                    list.add(new Target(Kind.LINK, l, j, i));
                }
            }
        }
        return list;
    }

    /** The feature in row r. */
    public Feature feature(int r) {
        return shown[r];
    }
}
