package backproplab.render;

import backproplab.autodiff.Contribution;
import backproplab.autodiff.Edge;
import backproplab.autodiff.Graph;
import backproplab.autodiff.Layout;
import backproplab.autodiff.Node;
import backproplab.autodiff.Notation;
import backproplab.autodiff.Step;
import backproplab.autodiff.Trace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A computation graph as the backpropagation page shows it (docs/notation.md §6): one rounded box
 * per input and operation, inputs first and the output last, edges from operands to users.
 *
 * <p>Each box has up to three lines: the node and its formula ("w = u · v"), its value once
 * the forward pass reached it ("125"; for the step being taken the formula with the operands'
 * numbers, "5 · 25 = 125"), and ∂z/∂node once a gradient arrived ("∂z/∂u = 500 + …", then
 * "∂z/∂u = 500 + 250 = 750"). Colours give the state: grey pending, the accent colour for the
 * node the last step worked on, white when done. The edge of a backward step is drawn thick
 * in the accent colour with its arrow pointing back to the parent, and every edge that has
 * sent its term of the chain rule carries a badge with it ("+250"), in a place kept clear of
 * the boxes and of the other badges.
 *
 * <p>Wide drawings go left to right as in the lecture; a tall narrow surface (a phone held
 * upright) gets the same layout turned top to bottom if every box fits across at
 * {@link #MIN_FONT_PX}. Text shrinks only as far as that: {@link #preferredSize} asks for a
 * surface wider than the space when the graph needs it (the page scrolls it sideways), so no
 * text is cut. Only a surface smaller than asked for cuts a formula with "…".
 */
public final class GraphView {
    /** Text never gets smaller than this, whatever the graph's size. */
    public static final double MIN_FONT_PX = 9;

    /** Surfaces narrower than this (CSS px) and taller than wide may draw the graph top to bottom. */
    public static final double PORTRAIT_BELOW = 560;

    /** One box on the surface: centre, size, and the lines it shows. */
    public record Box(int node, double cx, double cy, double w, double h, String title, String value,
            String gradient, boolean splitGradient) {
        public boolean contains(double x, double y) {
            return Math.abs(x - cx) <= w / 2 && Math.abs(y - cy) <= h / 2;
        }
    }

    /** The place kept for the badge of the edge from {@code parent} to {@code child}: centre and size. */
    public record Label(int parent, int child, double cx, double cy, double w, double h) {
    }

    /** Where along an edge a badge may sit, best first: half way, then further out. */
    private static final double[] LABEL_AT = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};

    private final Style style;
    private final int accent;
    private final int accentFill;
    private final int gradientInk;
    private final int pendingFill;
    private final int pendingInk;
    private final int doneFill;

    /** Formulas longer than this (a unit's W·z + b) stay out of the boxes: the title is then just the name. */
    private static final int LONG_FORMULA = 22;

    /** Space around the drawing, CSS px. */
    private static final double MARGIN = 8;
    /** A box's height in ems: three lines of 1.3 em and padding. */
    private static final double BOX_EMS = 4.6;
    /** Room between the boxes of neighbouring columns, in ems, at least: enough for a badge like "+250". */
    private static final double GAP_EMS = 4;

    private Box[] boxes = new Box[0];
    private List<Label> labels = List.of();
    /** The last {@link #measure} and what it measured. */
    private Sizes sized;
    private Trace sizedTrace;
    private Layout sizedLayout;
    private double[] columnX = {0};
    private double[] across = {0, 1};
    private double fontPx;
    private boolean vertical;

    public GraphView(Style style) {
        this.style = style;
        Palette p = style.palette();
        this.accent = p.negative;
        this.accentFill = mix(p.negative, 0xffffffff, 0.82);
        this.gradientInk = p.positive;
        this.pendingFill = mix(p.grid, 0xffffffff, 0.45);
        this.pendingInk = p.invalid;
        this.doneFill = 0xffffffff;
    }

    /**
     * The view for a space {@code width} CSS px wide: text grows with a wide canvas (a projector's
     * or a classroom display's) and by a quarter in projector mode; {@link #draw} shrinks it to fit.
     */
    public static GraphView forWidth(double width, boolean projector) {
        double scale = (projector ? 1.25 : 1) * Math.max(1, Math.min(2, width / 640));
        return new GraphView(Style.of(projector ? Palette.HIGH_CONTRAST : Palette.STANDARD, scale));
    }

    /** The boxes of the last {@link #draw}, by node id (null for constants, which are not drawn). */
    public Box box(int node) {
        return node < boxes.length ? boxes[node] : null;
    }

    /** The places of the edges' badges in the last {@link #draw}. */
    public List<Label> labels() {
        return labels;
    }

    /** The font size the last draw chose. */
    public double fontPx() {
        return fontPx;
    }

    /** Whether the last draw turned the graph top to bottom. */
    public boolean vertical() {
        return vertical;
    }

    /** The node whose box contains (x, y) in the last drawing, or -1. */
    public int nodeAt(double x, double y) {
        for (Box b : boxes) {
            if (b != null && b.contains(x, y)) {
                return b.node;
            }
        }
        return -1;
    }

    /**
     * The size (CSS px) at which this graph reads well where {@code width} px are available:
     * full-size boxes with room between them, within 260..800 px high, and text of at least
     * {@link #MIN_FONT_PX} that is never cut. A narrow space gets the drawing turned top to
     * bottom if it fits across at that size; otherwise the drawing stays left to right and, if
     * it must, gets wider than the space (the page lets it scroll sideways in its own box).
     */
    public double[] preferredSize(Surface s, Trace trace, Layout layout, double width) {
        double em = baseFontPx();
        Sizes sizes = sizes(s, trace, layout);
        if (upright(layout, sizes, width)) {
            return new double[] {width, clampHeight(layout.columns() * 7.5 * em)};
        }
        double height = clampHeight(layout.rows() * 7.5 * em);
        double w = Math.max(width, Math.ceil(sizes.totalEms() * MIN_FONT_PX + 2 * MARGIN));
        if (w > width && w < PORTRAIT_BELOW) {
            // wide enough that draw() keeps it left to right: narrow and tall would turn it upright
            w = Math.min(PORTRAIT_BELOW, Math.max(w, height + 1));
        }
        return new double[] {w, height};
    }

    /** The font boxes are drawn at when there is room; smaller surfaces shrink it. */
    private double baseFontPx() {
        return style.fontPx() * 1.45;
    }

    private static double clampHeight(double h) {
        return Math.max(260, Math.min(800, h + 2 * MARGIN));
    }

    /**
     * Whether a surface {@code width} px wide (and taller than wide) draws the graph top to
     * bottom: narrower than {@link #PORTRAIT_BELOW}, more than two columns, and every box fits
     * across at {@link #MIN_FONT_PX} between its neighbours in its layer.
     */
    private boolean upright(Layout layout, Sizes sizes, double width) {
        if (width >= PORTRAIT_BELOW || layout.columns() <= 2) {
            return false;
        }
        double base = baseFontPx();
        double spanX = width - 2 * MARGIN;
        double[] need = sizes.need();
        for (int id = 0; id < need.length; id++) {
            if (sizes.titles()[id] != null
                    && acrossRoom(layout, need.length, id, spanX, MIN_FONT_PX) < need[id] * MIN_FONT_PX / base) {
                return false;
            }
        }
        return true;
    }

    /**
     * Draws {@code state} of {@code trace} laid out by {@code layout}. {@code selected} is a node
     * id to ring (or -1); {@code progress} in 0..1 animates the last step: a forward step first
     * shows the substituted formula, then its value; a backward step sends a dot from the child
     * to the parent and shows the new term on arrival.
     */
    public void draw(Surface s, Trace trace, Trace.State state, Layout layout, int selected, double progress) {
        Graph g = trace.graph();
        s.clearRect(0, 0, s.width(), s.height());
        Sizes sizes = sizes(s, trace, layout);
        vertical = s.height() > s.width() && upright(layout, sizes, s.width());
        arrange(s, trace, state, layout, sizes, progress);
        labels = placeLabels(s, trace, layout);
        Step last = state.last();
        Edge active = state.activeEdge();
        boolean edgeAnimating = active != null && progress < 1;

        // edges first, under the boxes; the active one last so that it is on top
        s.save();
        s.lineDash(0, 0);
        for (Layout.Route r : layout.routes()) {
            boolean feeding = last instanceof Step.Forward f && f.node() == r.child();
            if (active != null && active.parent() == r.parent() && active.child() == r.child()) {
                continue;
            }
            boolean known = state.hasValue(r.parent());
            int color = feeding ? accent : known ? style.palette().ink : style.palette().grid;
            drawRoute(s, g, layout, r, color, feeding ? 2.2 : 1.2, false);
        }
        if (active != null) {
            Layout.Route r = layout.route(active.parent(), active.child());
            if (r != null) {
                drawRoute(s, g, layout, r, accent, 3.2, true);
                if (edgeAnimating) {
                    double[] p = along(polyline(g, layout, r), 1 - progress);
                    s.fillColor(accent);
                    s.beginPath();
                    s.arc(p[0], p[1], 2.6 * style.lineWidth() + 2, 0, 2 * Math.PI);
                    s.fill();
                }
            }
        }
        // the chain rule's terms that have arrived, as badges in the places kept for them
        boolean termArrived = !(edgeAnimating && progress < 0.6); // the new term appears when the dot arrives
        for (Label place : labels) {
            boolean current = active != null && active.parent() == place.parent() && active.child() == place.child();
            String text = badgeText(state, place.parent(), place.child(), termArrived ? null : active);
            if (!text.isEmpty()) {
                badge(s, place, text, current && termArrived);
            }
        }
        s.restore();

        for (Box b : boxes) {
            if (b != null) {
                drawBox(s, state, b, b.node == selected, last, active);
            }
        }
    }

    /**
     * What every shown node's box needs at the base font, from the longest texts it will ever
     * show ({@code lines}): {@code need} its width, {@code split} whether its gradient takes two lines; per
     * column, {@code ems} the widest box and {@code at} its centre left to right, in ems.
     */
    private record Sizes(String[] titles, String[][] lines, boolean[] split, double[] need, boolean anySplit,
            double[] ems, double[] at) {
        /** The width of the drawing left to right, in ems. */
        double totalEms() {
            int last = at.length - 1;
            return at[last] + ems[last] / 2;
        }
    }

    /** The width of a box for {@code lines} in a {@code px} font (measured bold, the widest). */
    private static double boxWidth(Surface s, String[] lines, double px) {
        s.font(px, true);
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, s.measureText(line));
        }
        // a little to spare for the text's advance, and the padding of 0.5 em each side
        return 1.05 * w + 1.2 * px;
    }

    /** {@link #measure}, once per trace and layout: the page asks for the size and then draws, with the same texts. */
    private Sizes sizes(Surface s, Trace trace, Layout layout) {
        if (sized == null || sizedTrace != trace || sizedLayout != layout) {
            sized = measure(s, trace, layout);
            sizedTrace = trace;
            sizedLayout = layout;
        }
        return sized;
    }

    private Sizes measure(Surface s, Trace trace, Layout layout) {
        Graph g = trace.graph();
        Trace.State end = trace.stateAt(trace.size());
        int n = g.size();
        String[] titles = new String[n];
        boolean[] split = new boolean[n];
        double base = baseFontPx();
        double[] need = new double[n]; // box width at the base font
        String[][] lines = new String[n][];
        s.font(base, true);
        boolean anySplit = false;
        for (int id = 0; id < n; id++) {
            if (!layout.shown(id)) {
                continue;
            }
            Node node = g.node(id);
            String formula = g.formula(id);
            titles[id] = node.isOperation() && !formula.equals(node.label()) && formula.length() <= LONG_FORMULA
                    ? node.label() + " = " + formula : node.label();
            String substituted = g.substituted(id, g.values());
            String longestValue = node.isOperation() && substituted.length() <= LONG_FORMULA
                    ? substituted + " = " + Notation.number(trace.value(id))
                    : Notation.number(trace.value(id));
            double others = Math.max(s.measureText(titles[id]), s.measureText(longestValue));
            String gradient = end.gradientText(id);
            int cut = gradient.indexOf(" = ");
            if (s.measureText(gradient) > Math.max(1.15 * others, 7 * base) && cut > 0) {
                split[id] = true;
                anySplit = true;
                lines[id] = new String[] {titles[id], longestValue, gradient.substring(0, cut + 2), gradient.substring(cut + 3)};
            } else {
                lines[id] = new String[] {titles[id], longestValue, gradient};
            }
            need[id] = boxWidth(s, lines[id], base);
        }
        int columns = layout.columns();
        double[] ems = new double[columns]; // each column's widest box, in ems
        for (int id = 0; id < n; id++) {
            if (titles[id] != null) {
                ems[layout.column(id)] = Math.max(ems[layout.column(id)], need[id] / base);
            }
        }
        // the room after each column, in ems: at least enough for the widest badge on an edge leaving it
        double[] gap = new double[columns];
        Arrays.fill(gap, GAP_EMS);
        s.font(0.9 * base, true);
        for (Layout.Route r : layout.routes()) {
            String text = badgeText(end, r.parent(), r.child(), null);
            int c = layout.column(r.parent());
            gap[c] = Math.max(gap[c], (s.measureText(text) + 0.8 * 0.9 * base) / base + 1.5); // badge() at 0.9 em; boxes remeasured come out wider
        }
        // left to right, column c's centre in ems: neighbours' half widths plus that room
        double[] at = new double[columns];
        at[0] = ems[0] / 2;
        for (int c = 1; c < columns; c++) {
            at[c] = at[c - 1] + (ems[c - 1] + ems[c]) / 2 + gap[c - 1];
        }
        return new Sizes(titles, lines, split, need, anySplit, ems, at);
    }

    /**
     * Chooses the font size and places every box. Sizes come from the longest texts a node will
     * ever show (its substituted formula, its finished gradient sum), so that boxes and text keep
     * their size through the whole animation. A long gradient sum ("∂z/∂u = 500 + 250 = 750")
     * takes two lines, split after "∂z/∂u =", rather than making every box small.
     */
    private void arrange(Surface s, Trace trace, Trace.State state, Layout layout, Sizes sizes, double progress) {
        Graph g = trace.graph();
        int n = g.size();
        String[] titles = sizes.titles();
        boolean[] split = sizes.split();
        double[] need = sizes.need();
        boolean anySplit = sizes.anySplit();
        double base = baseFontPx();
        String[] values = new String[n];
        String[] gradients = new String[n];
        for (int id = 0; id < n; id++) {
            if (titles[id] != null) {
                values[id] = valueText(g, state, id, progress);
                gradients[id] = state.gradientText(id);
            }
        }
        double boxEms = anySplit ? BOX_EMS + 1.3 : BOX_EMS;
        double spanX = s.width() - 2 * MARGIN;
        double spanY = s.height() - 2 * MARGIN;
        int columns = layout.columns();
        // the font: boxes (in ems) must leave room for the edges between columns and rows
        double f = Math.min(base, vertical ? 0.6 * spanY / ((columns - 1 + 0.6) * boxEms)
                : 0.82 * spanY / (layout.rows() * boxEms));
        double[] ems = sizes.ems();
        double[] at = sizes.at();
        if (!vertical) {
            f = Math.min(f, spanX / sizes.totalEms());
        }
        for (int id = 0; vertical && id < n; id++) {
            if (titles[id] != null) {
                f = Math.min(f, base * acrossRoom(layout, n, id, spanX, f) / need[id]);
            }
        }
        fontPx = Math.max(MIN_FONT_PX, f);
        double lineH = 1.3 * fontPx;
        double[] width = new double[n];
        for (int id = 0; id < n; id++) {
            if (titles[id] != null) {
                double room = vertical ? acrossRoom(layout, n, id, spanX, fontPx) : spanX;
                // measured again at this size: text widths do not scale exactly with the font (hinting)
                width[id] = Math.min(Math.max(room, 4 * fontPx), boxWidth(s, sizes.lines()[id], fontPx));
            }
        }
        // columns spread over the width in proportion to their pitch; rows evenly
        columnX = new double[columns];
        double heightUsed = boxEms * fontPx;
        if (vertical) {
            for (int c = 0; c < columns; c++) {
                columnX[c] = MARGIN + heightUsed / 2 + (columns == 1 ? 0.5 : (double) c / (columns - 1))
                        * (spanY - heightUsed);
            }
            across = new double[] {MARGIN, spanX};
        } else {
            double first = Math.min(ems[0] * fontPx, spanX) / 2;
            double last = Math.min(ems[columns - 1] * fontPx, spanX) / 2;
            double inner = at[columns - 1] - at[0];
            for (int c = 0; c < columns; c++) {
                columnX[c] = MARGIN + first + (inner == 0 ? 0.5 * (spanX - first - last)
                        : (at[c] - at[0]) / inner * (spanX - first - last));
            }
            across = new double[] {MARGIN, spanY};
        }
        boxes = new Box[n];
        for (int id = 0; id < n; id++) {
            if (titles[id] == null) {
                continue;
            }
            int lines = gradients[id].isEmpty() ? 2 : split[id] ? 4 : 3;
            double[] c = point(layout.x(id), layout.y(id));
            boxes[id] = new Box(id, c[0], c[1], width[id], lines * lineH + 0.7 * fontPx, titles[id], values[id],
                    gradients[id], split[id]);
        }
    }

    /**
     * The screen point of layout coordinates (x along the flow, 0..1 over the columns; y across
     * it, 0..1). Column positions come from {@link #columnX}, waypoints included.
     */
    private double[] point(double lx, double ly) {
        int columns = columnX.length;
        double c = lx * (columns - 1);
        int c0 = (int) Math.floor(c);
        int c1 = Math.min(columns - 1, c0 + 1);
        double along = columns == 1 ? columnX[0] : columnX[c0] + (c - c0) * (columnX[c1] - columnX[c0]);
        double side = across[0] + ly * across[1];
        return vertical ? new double[] {side, along} : new double[] {along, side};
    }

    /**
     * Top to bottom, the widest box node {@code id} may have: up to the surface's sides, half way
     * to the nodes beside it in its layer, and clear of the edges passing through that layer.
     */
    private static double acrossRoom(Layout layout, int n, int id, double spanX, double em) {
        double at = layout.y(id) * spanX;
        double half = Math.min(at, spanX - at) + MARGIN * 0.5;
        for (int other = 0; other < n; other++) {
            if (other != id && layout.shown(other) && layout.x(other) == layout.x(id)) {
                half = Math.min(half, Math.abs(layout.y(other) - layout.y(id)) * spanX / 2 - 0.3 * em);
            }
        }
        for (Layout.Route r : layout.routes()) {
            for (int k = 1; k + 1 < r.xs().length; k++) {
                if (r.xs()[k] == layout.x(id)) {
                    half = Math.min(half, Math.abs(r.ys()[k] - layout.y(id)) * spanX - 0.8 * em);
                }
            }
        }
        return 2 * half;
    }

    /**
     * "?" before the forward pass reaches the node; "5 · 25 = 125" while its step shows; then
     * "125". (A substitution longer than {@link #LONG_FORMULA} characters is left to the page's
     * side panel, as is such a formula in the box's title.)
     */
    private static String valueText(Graph g, Trace.State state, int id, double progress) {
        if (!state.hasValue(id)) {
            return "?";
        }
        String value = Notation.number(state.value(id));
        Step last = state.last();
        if (last instanceof Step.Forward f && f.node() == id && g.node(id).isOperation()
                && f.substituted().length() <= LONG_FORMULA) {
            return progress < 0.45 ? f.substituted() + " = …" : f.substituted() + " = " + value;
        }
        return value;
    }

    private void drawBox(Surface s, Trace.State state, Box b, boolean selected, Step last, Edge active) {
        boolean current = last != null && last.node() == b.node;
        boolean known = state.hasValue(b.node);
        boolean child = active != null && active.child() == b.node;
        Palette p = style.palette();
        double x = b.cx - b.w / 2;
        double y = b.cy - b.h / 2;
        double r = Math.min(0.5 * fontPx, b.h / 4);
        if (selected) {
            s.strokeColor(p.positive);
            s.lineWidth(2 * style.lineWidth());
            s.lineDash(4, 3);
            roundRect(s, x - 4, y - 4, b.w + 8, b.h + 8, r + 3);
            s.stroke();
            s.lineDash(0, 0);
        }
        roundRect(s, x, y, b.w, b.h, r);
        s.fillColor(current ? accentFill : known ? doneFill : pendingFill);
        s.fill();
        s.strokeColor(current ? accent : child ? gradientInk : known ? p.ink : p.grid);
        s.lineWidth((current ? 3 : child ? 2 : 1.2) * style.lineWidth());
        s.stroke();

        double padX = 0.5 * fontPx;
        double inner = b.w - 2 * padX;
        double lineH = 1.3 * fontPx;
        double ty = y + 0.35 * fontPx + lineH / 2;
        s.textAlign(Surface.Align.LEFT);
        s.textBaseline(Surface.Baseline.MIDDLE);
        s.fillColor(known ? p.ink : pendingInk);
        s.font(fontPx, true);
        s.fillText(fit(s, b.title, inner), x + padX, ty);
        s.font(fontPx, false);
        s.fillColor(known ? p.ink : pendingInk);
        s.fillText(fit(s, b.value, inner), x + padX, ty + lineH);
        if (!b.gradient.isEmpty()) {
            s.fillColor(gradientInk);
            s.font(fontPx, state.gradientComplete(b.node));
            int cut = b.gradient.indexOf(" = ");
            if (b.splitGradient && cut > 0) {
                s.fillText(fit(s, b.gradient.substring(0, cut + 2), inner), x + padX, ty + 2 * lineH);
                s.fillText(fit(s, b.gradient.substring(cut + 3), inner), x + padX, ty + 3 * lineH);
            } else {
                s.fillText(fit(s, b.gradient, inner), x + padX, ty + 2 * lineH);
            }
        }
    }

    /** {@code text}, cut with "…" to fit {@code width} in the current font. */
    private static String fit(Surface s, String text, double width) {
        if (s.measureText(text) <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) { // the longest prefix that fits with the ellipsis
            int mid = (lo + hi + 1) / 2;
            if (s.measureText(text.substring(0, mid) + "…") <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo) + "…";
    }

    /** The route's points on the surface, from the parent box's outgoing side to the child's incoming side. */
    private double[][] polyline(Graph g, Layout layout, Layout.Route r) {
        Box from = boxes[r.parent()];
        Box to = boxes[r.child()];
        int k = r.xs().length;
        double[][] pts = new double[k][];
        pts[0] = port(g, layout, from, r.child(), true);
        pts[k - 1] = port(g, layout, to, r.parent(), false);
        for (int i = 1; i < k - 1; i++) {
            pts[i] = point(r.xs()[i], r.ys()[i]);
        }
        return pts;
    }

    /**
     * Where an edge leaves (out) or enters a box: on its right (bottom) or left (top) side,
     * spread over the side in the order of the other ends, so that arrows into a node with two
     * operands do not meet in one point.
     */
    private double[] port(Graph g, Layout layout, Box b, int other, boolean out) {
        List<Integer> ends = new ArrayList<>();
        if (out) {
            for (Edge e : g.children(b.node)) {
                if (!ends.contains(e.child()) && boxes[e.child()] != null) {
                    ends.add(e.child());
                }
            }
        } else {
            Node n = g.node(b.node);
            for (int sl = 0; sl < n.parentCount(); sl++) {
                int p = n.parent(sl);
                if (!ends.contains(p) && boxes[p] != null) {
                    ends.add(p);
                }
            }
        }
        // order the ends by where their routes arrive, i.e. by their neighbour on the route
        ends.sort((a, c) -> Double.compare(neighbour(layout, b.node, a, out), neighbour(layout, b.node, c, out)));
        int k = ends.size();
        int i = Math.max(0, ends.indexOf(other));
        double side = vertical ? b.w : b.h;
        double offset = (i + 1.0) / (k + 1) * side - side / 2;
        if (vertical) {
            return new double[] {b.cx + offset * 0.8, out ? b.cy + b.h / 2 : b.cy - b.h / 2};
        }
        return new double[] {out ? b.cx + b.w / 2 : b.cx - b.w / 2, b.cy + offset * 0.8};
    }

    /** The layout row coordinate of the point next to {@code node} on its route to or from {@code other}. */
    private static double neighbour(Layout layout, int node, int other, boolean out) {
        Layout.Route r = out ? layout.route(node, other) : layout.route(other, node);
        if (r == null) {
            return layout.y(other);
        }
        int k = r.ys().length;
        return out ? r.ys()[1] : r.ys()[k - 2];
    }

    private void drawRoute(Surface s, Graph g, Layout layout, Layout.Route r, int color, double width,
            boolean backward) {
        double[][] pts = polyline(g, layout, r);
        s.strokeColor(color);
        s.lineWidth(width * style.lineWidth());
        s.beginPath();
        s.moveTo(pts[0][0], pts[0][1]);
        for (int i = 1; i < pts.length; i++) {
            s.lineTo(pts[i][0], pts[i][1]);
        }
        s.stroke();
        int k = pts.length;
        double[] tip = backward ? pts[0] : pts[k - 1];
        double[] before = backward ? pts[1] : pts[k - 2];
        arrow(s, tip, before, color, (backward ? 1.2 : 0.8) * fontPx);
    }

    private void arrow(Surface s, double[] tip, double[] from, int color, double size) {
        double dx = tip[0] - from[0];
        double dy = tip[1] - from[1];
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return;
        }
        dx /= len;
        dy /= len;
        double bx = tip[0] - dx * size;
        double by = tip[1] - dy * size;
        s.fillColor(color);
        s.beginPath();
        s.moveTo(tip[0], tip[1]);
        s.lineTo(bx - dy * size * 0.45, by + dx * size * 0.45);
        s.lineTo(bx + dy * size * 0.45, by - dx * size * 0.45);
        s.closePath();
        s.fill();
    }

    /**
     * The terms of the chain rule that went along the edges from {@code parent} to {@code child}
     * by {@code state} ("+250"; "+5 +5" for x · x), leaving out {@code hidden}'s; "" if none.
     */
    private static String badgeText(Trace.State state, int parent, int child, Edge hidden) {
        StringBuilder text = new StringBuilder();
        for (Contribution c : state.contributions(parent)) {
            if (c.edge().child() == child && !c.edge().equals(hidden)) {
                String n = Notation.number(c.product());
                text.append(text.length() == 0 ? "" : " ").append(n.startsWith("-") ? n : "+" + n);
            }
        }
        return text.toString();
    }

    /**
     * Keeps a place for every edge's badge, sized for the longest text it will carry (at the
     * active badge's size): on the edge, half way if that is free, else the free point nearest
     * half way, clear of the boxes and of the badges placed before it. Places do not move while
     * the steps play, so a badge never jumps when another one appears.
     */
    private List<Label> placeLabels(Surface s, Trace trace, Layout layout) {
        Graph g = trace.graph();
        Trace.State end = trace.stateAt(trace.size());
        double f = 0.9 * fontPx;
        s.font(f, true);
        List<Label> placed = new ArrayList<>();
        for (Layout.Route r : layout.routes()) {
            String text = badgeText(end, r.parent(), r.child(), null);
            if (text.isEmpty()) {
                continue;
            }
            double w = s.measureText(text) + 0.8 * f;
            double h = 1.45 * f;
            double[][] pts = polyline(g, layout, r);
            Label best = null;
            double bestOverlap = Double.MAX_VALUE;
            for (double t : LABEL_AT) {
                double[] p = along(pts, t);
                Label here = new Label(r.parent(), r.child(), p[0], p[1], w, h);
                double overlap = overlap(s, here, placed);
                if (overlap < bestOverlap) {
                    best = here;
                    bestOverlap = overlap;
                }
                if (overlap == 0) {
                    break;
                }
            }
            placed.add(best);
        }
        return placed;
    }

    /** How much of {@code label} (px²) lies on boxes, on the labels placed so far, or off the surface. */
    private double overlap(Surface s, Label label, List<Label> placed) {
        double pad = 0.15 * fontPx;
        double area = label.w() * label.h();
        double sum = area - intersection(label.cx(), label.cy(), label.w(), label.h(), s.width() / 2, s.height() / 2,
                s.width(), s.height());
        sum = sum < 1e-6 * area ? 0 : sum; // rounding, when the label is all on the surface
        for (Box b : boxes) {
            if (b != null) {
                sum += intersection(label.cx(), label.cy(), label.w() + 2 * pad, label.h() + 2 * pad, b.cx, b.cy, b.w, b.h);
            }
        }
        for (Label o : placed) {
            sum += intersection(label.cx(), label.cy(), label.w() + 2 * pad, label.h() + 2 * pad, o.cx(), o.cy(), o.w(), o.h());
        }
        return sum;
    }

    /** The area two rectangles, given by centre and size, have in common. */
    private static double intersection(double ax, double ay, double aw, double ah, double bx, double by, double bw, double bh) {
        double dx = Math.min(ax + aw / 2, bx + bw / 2) - Math.max(ax - aw / 2, bx - bw / 2);
        double dy = Math.min(ay + ah / 2, by + bh / 2) - Math.max(ay - ah / 2, by - bh / 2);
        return dx > 0 && dy > 0 ? dx * dy : 0;
    }

    private void badge(Surface s, Label place, String text, boolean active) {
        double f = fontPx * (active ? 0.9 : 0.8);
        s.font(f, true);
        double w = s.measureText(text) + 0.8 * f;
        double h = 1.45 * f;
        double x = place.cx();
        double y = place.cy();
        roundRect(s, x - w / 2, y - h / 2, w, h, h / 2);
        s.fillColor(active ? accent : 0xffffffff);
        s.fill();
        s.strokeColor(active ? accent : gradientInk);
        s.lineWidth(style.lineWidth());
        s.stroke();
        s.fillColor(active ? 0xffffffff : gradientInk);
        s.textAlign(Surface.Align.CENTER);
        s.textBaseline(Surface.Baseline.MIDDLE);
        s.fillText(text, x, y);
    }

    /** The point at fraction {@code t} of the polyline's length. */
    private static double[] along(double[][] pts, double t) {
        double total = 0;
        for (int i = 1; i < pts.length; i++) {
            total += Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
        }
        double goal = Math.max(0, Math.min(1, t)) * total;
        for (int i = 1; i < pts.length; i++) {
            double seg = Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
            if (goal <= seg || i == pts.length - 1) {
                double u = seg == 0 ? 0 : Math.min(1, goal / seg);
                return new double[] {pts[i - 1][0] + u * (pts[i][0] - pts[i - 1][0]),
                    pts[i - 1][1] + u * (pts[i][1] - pts[i - 1][1])};
            }
            goal -= seg;
        }
        return pts[0];
    }

    private static void roundRect(Surface s, double x, double y, double w, double h, double r) {
        s.beginPath();
        s.moveTo(x + r, y);
        s.lineTo(x + w - r, y);
        s.arc(x + w - r, y + r, r, -Math.PI / 2, 0);
        s.lineTo(x + w, y + h - r);
        s.arc(x + w - r, y + h - r, r, 0, Math.PI / 2);
        s.lineTo(x + r, y + h);
        s.arc(x + r, y + h - r, r, Math.PI / 2, Math.PI);
        s.lineTo(x, y + r);
        s.arc(x + r, y + r, r, Math.PI, 1.5 * Math.PI);
        s.closePath();
    }

    private static int mix(int a, int b, double t) {
        return Lab.of(a).mix(Lab.of(b), t).rgb();
    }
}
