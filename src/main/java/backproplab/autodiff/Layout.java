package backproplab.autodiff;

import backproplab.math.Rng;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where to draw a graph, inputs on the left and the output on the right, in coordinates
 * 0..1 that the renderer scales (a layered drawing after Sugiyama et al.):
 * <ol>
 * <li>Columns: the output's column is the longest path to it from the inputs; every other
 *     node sits one column left of its first user. (Not "longest path from the inputs" for
 *     every node: then all inputs share column 0, and the log loss's y, used at both ends of
 *     the formula, cannot reach its users without crossing the w·x + b chain.)
 * <li>An edge spanning several columns passes through a waypoint in each column between,
 *     so it never runs through a node; its {@link Route} bends there.
 * <li>Order within columns: barycentre sweeps left to right and back, keeping the order with
 *     the fewest crossings, then moving single nodes to their best place in their column
 *     while that removes crossings ("sifting"). Enough
 *     for graphs of a lecture's size to come out without any; above {@link #MAX_ORDERED}
 *     nodes and waypoints the first-come order is kept, as the counting grows quadratically.
 * </ol>
 * Constants are not drawn: they stand inside their users' formulas (z = 10 · w).
 */
public final class Layout {
    /** Crossing reduction runs for at most this many nodes plus waypoints. */
    public static final int MAX_ORDERED = 400;

    /** Small layered graphs also try shuffled starting orders: sweeps can stall in a local optimum. */
    private static final int RESTARTS_BELOW = 80;

    /** An edge's polyline from the parent (left) to the child (right). */
    public record Route(int parent, int child, double[] xs, double[] ys) {
    }

    private final int columns;
    private final int rows;
    private final int[] column;
    private final double[] x;
    private final double[] y;
    private final List<Route> routes;
    private final int crossings;

    // the layered graph: items are the shown nodes (by node id) and waypoints (ids ≥ size)
    private final List<Integer> itemColumn = new ArrayList<>();
    private final List<List<Integer>> successors = new ArrayList<>();
    private final List<List<Integer>> predecessors = new ArrayList<>();
    private final List<List<Integer>> layers = new ArrayList<>();
    private int[] pos;

    private Layout(Graph g) {
        int n = g.size();
        column = new int[n];
        int last = 0;
        for (Node node : g.nodes()) { // operations: longest path from the inputs
            int c = 0;
            if (node.isOperation()) {
                for (int s = 0; s < node.parentCount(); s++) {
                    Node p = g.node(node.parent(s));
                    if (!p.isConstant()) {
                        c = Math.max(c, p.isInput() ? 1 : column[p.id()] + 1);
                    }
                }
            }
            column[node.id()] = c;
            last = Math.max(last, c);
        }
        for (int id = n - 2; id >= 0; id--) { // then every node just left of its first user
            List<Edge> users = g.children(id);
            if (!users.isEmpty()) {
                int c = last;
                for (Edge e : users) {
                    c = Math.min(c, column[e.child()]);
                }
                column[id] = Math.max(column[id], c - 1);
            }
        }
        for (int i = 0; i < n; i++) {
            itemColumn.add(g.node(i).isConstant() ? -1 : column[i]);
            successors.add(new ArrayList<>());
            predecessors.add(new ArrayList<>());
        }
        columns = last + 1;
        for (int c = 0; c < columns; c++) {
            layers.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (!g.node(i).isConstant()) {
                layers.get(column[i]).add(i);
            }
        }
        // one route per parent-child pair (x · x draws one line), with a waypoint per column
        List<List<Integer>> chains = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        for (Edge e : g.edges()) {
            if (g.node(e.parent()).isConstant() || seen(ends, e)) {
                continue;
            }
            ends.add(new int[] {e.parent(), e.child()});
            List<Integer> chain = new ArrayList<>();
            chain.add(e.parent());
            for (int c = column[e.parent()] + 1; c < column[e.child()]; c++) {
                int w = itemColumn.size();
                itemColumn.add(c);
                successors.add(new ArrayList<>());
                predecessors.add(new ArrayList<>());
                layers.get(c).add(w);
                chain.add(w);
            }
            chain.add(e.child());
            for (int k = 0; k + 1 < chain.size(); k++) {
                successors.get(chain.get(k)).add(chain.get(k + 1));
                predecessors.get(chain.get(k + 1)).add(chain.get(k));
            }
            chains.add(chain);
        }
        pos = new int[itemColumn.size()];
        int r = 1;
        for (List<Integer> layer : layers) {
            number(layer);
            r = Math.max(r, layer.size());
        }
        rows = r;
        int items = itemColumn.size() - countConstants(g);
        if (items <= MAX_ORDERED) {
            order(items);
        }
        crossings = totalCrossings();

        double[] ix = new double[itemColumn.size()];
        double[] iy = new double[itemColumn.size()];
        for (List<Integer> layer : layers) {
            for (int item : layer) {
                int c = itemColumn.get(item);
                ix[item] = columns == 1 ? 0.5 : (double) c / (columns - 1);
                iy[item] = (pos[item] + 0.5 + (rows - layer.size()) / 2.0) / rows;
            }
        }
        x = new double[n];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = g.node(i).isConstant() ? Double.NaN : ix[i];
            y[i] = g.node(i).isConstant() ? Double.NaN : iy[i];
        }
        List<Route> list = new ArrayList<>();
        for (List<Integer> chain : chains) {
            double[] xs = new double[chain.size()];
            double[] ys = new double[chain.size()];
            for (int k = 0; k < xs.length; k++) {
                xs[k] = ix[chain.get(k)];
                ys[k] = iy[chain.get(k)];
            }
            list.add(new Route(chain.get(0), chain.get(chain.size() - 1), xs, ys));
        }
        routes = Collections.unmodifiableList(list);
    }

    public static Layout of(Graph graph) {
        return new Layout(graph);
    }

    /** The number of columns (inputs … output). */
    public int columns() {
        return columns;
    }

    /** The most nodes and waypoints in one column: the renderer's vertical spacing is 1/rows. */
    public int rows() {
        return rows;
    }

    /** Whether node {@code id} is drawn (constants are not). */
    public boolean shown(int id) {
        return !Double.isNaN(x[id]);
    }

    public int column(int id) {
        return column[id];
    }

    /** Node {@code id}'s centre, 0 (first column) to 1 (last); NaN for constants. */
    public double x(int id) {
        return x[id];
    }

    /** Node {@code id}'s centre, 0 (top) to 1 (bottom); NaN for constants. */
    public double y(int id) {
        return y[id];
    }

    /** The edges to draw: one per parent-child pair whose parent is not a constant. */
    public List<Route> routes() {
        return routes;
    }

    /** The route from {@code parent} to {@code child}, or null. */
    public Route route(int parent, int child) {
        for (Route r : routes) {
            if (r.parent() == parent && r.child() == child) {
                return r;
            }
        }
        return null;
    }

    /** How many pairs of route segments cross. */
    public int crossings() {
        return crossings;
    }

    private static boolean seen(List<int[]> ends, Edge e) {
        for (int[] pc : ends) {
            if (pc[0] == e.parent() && pc[1] == e.child()) {
                return true;
            }
        }
        return false;
    }

    private static int countConstants(Graph g) {
        int k = 0;
        for (Node n : g.nodes()) {
            k += n.isConstant() ? 1 : 0;
        }
        return k;
    }

    private void number(List<Integer> layer) {
        for (int i = 0; i < layer.size(); i++) {
            pos[layer.get(i)] = i;
        }
    }

    /** Crossing reduction from several starting orders, keeping the best result. */
    private void order(int items) {
        int[] start = pos.clone();
        int[] best = null;
        int fewest = Integer.MAX_VALUE;
        int attempts = items <= RESTARTS_BELOW ? 32 : 2;
        Rng rng = new Rng(1);
        for (int attempt = 0; attempt < attempts && fewest > 0; attempt++) {
            int[] p = start.clone(); // first-come order, then mirrored, then shuffled
            for (List<Integer> layer : layers) {
                int m = layer.size();
                int[] perm = new int[m];
                for (int i = 0; i < m; i++) {
                    perm[i] = attempt == 1 ? m - 1 - i : i;
                }
                for (int i = m - 1; attempt > 1 && i > 0; i--) {
                    int j = rng.nextInt(i + 1);
                    int t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                }
                for (int item : layer) {
                    p[item] = perm[start[item]];
                }
            }
            restore(p);
            int k = reduceCrossings(attempt > 1 ? rng : null);
            if (k < fewest) {
                fewest = k;
                best = pos.clone();
            }
        }
        restore(best);
    }

    /**
     * Barycentre sweeps from the current order, then sifting; returns the crossings left.
     * With {@code rng}, ties between equal barycentres are broken at random: a fixed
     * tie-break can keep every restart in the same local optimum.
     */
    private int reduceCrossings(Rng rng) {
        int[] best = pos.clone();
        int bestCrossings = totalCrossings();
        for (int round = 0; round < 12 && bestCrossings > 0; round++) {
            for (int c = 1; c < columns; c++) {
                sortByBarycentre(layers.get(c), predecessors, rng);
            }
            for (int c = columns - 2; c >= 0; c--) {
                sortByBarycentre(layers.get(c), successors, rng);
            }
            int now = totalCrossings();
            if (now < bestCrossings) {
                bestCrossings = now;
                best = pos.clone();
            }
        }
        restore(best);
        boolean improved = bestCrossings > 0;
        for (int round = 0; improved && round < 20; round++) {
            improved = false;
            for (int c = 0; c < columns; c++) {
                List<Integer> layer = layers.get(c);
                for (int i = 0; i < layer.size(); i++) {
                    improved |= sift(c, layer.get(i));
                }
            }
        }
        return totalCrossings();
    }

    /** Moves {@code item} to the place in its column with the fewest crossings; true if that helped. */
    private boolean sift(int c, int item) {
        List<Integer> layer = layers.get(c);
        int from = pos[item];
        int before = crossingsAround(c);
        int bestAt = from;
        int best = before;
        layer.remove(from);
        for (int at = 0; at <= layer.size(); at++) {
            layer.add(at, item);
            number(layer);
            int k = crossingsAround(c);
            if (k < best) {
                best = k;
                bestAt = at;
            }
            layer.remove(at);
        }
        layer.add(bestAt, item);
        number(layer);
        return best < before;
    }

    private void sortByBarycentre(List<Integer> layer, List<List<Integer>> neighbours, Rng rng) {
        double[] key = new double[itemColumn.size()];
        for (int item : layer) {
            List<Integer> nb = neighbours.get(item);
            double sum = 0;
            for (int o : nb) {
                sum += pos[o];
            }
            key[item] = (nb.isEmpty() ? pos[item] : sum / nb.size()) + (rng == null ? 0 : 1e-6 * rng.nextDouble());
        }
        // insertion sort: stable, so ties keep their order, and layers are short
        for (int i = 1; i < layer.size(); i++) {
            int item = layer.get(i);
            int j = i - 1;
            while (j >= 0 && key[layer.get(j)] > key[item]) {
                layer.set(j + 1, layer.get(j));
                j--;
            }
            layer.set(j + 1, item);
        }
        number(layer);
    }

    private void restore(int[] order) {
        pos = order.clone();
        for (List<Integer> layer : layers) {
            Integer[] sorted = layer.toArray(new Integer[0]);
            for (int item : sorted) {
                layer.set(pos[item], item);
            }
        }
    }

    private int crossingsAround(int c) {
        return (c > 0 ? crossingsBetween(c - 1) : 0) + (c + 1 < columns ? crossingsBetween(c) : 0);
    }

    private int totalCrossings() {
        int k = 0;
        for (int c = 0; c + 1 < columns; c++) {
            k += crossingsBetween(c);
        }
        return k;
    }

    /** Pairs of segments between column c and c + 1 whose ends are in opposite orders. */
    private int crossingsBetween(int c) {
        List<int[]> segments = new ArrayList<>();
        for (int item : layers.get(c)) {
            for (int s : successors.get(item)) {
                segments.add(new int[] {pos[item], pos[s]});
            }
        }
        int k = 0;
        for (int i = 0; i < segments.size(); i++) {
            for (int j = i + 1; j < segments.size(); j++) {
                int[] a = segments.get(i);
                int[] b = segments.get(j);
                if ((a[0] - b[0]) * (a[1] - b[1]) < 0) {
                    k++;
                }
            }
        }
        return k;
    }
}
