package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.autodiff.Graph;
import backproplab.autodiff.Layout;
import backproplab.autodiff.NetworkGraph;
import backproplab.autodiff.Program;
import backproplab.autodiff.Trace;
import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/notation.md §6 drawn through the Java2D surface; pictures under target/render/. */
class GraphViewTest {
    private final Trace trace = Trace.of(Program.compile(Program.WORKED_EXAMPLE));
    private final Graph g = trace.graph();
    private final Layout layout = Layout.of(g);
    private final int u = g.find("u").id();
    private final int v = g.find("v").id();
    private final int w = g.find("w").id();
    private final int z = g.find("z").id();

    private GraphView drawn(Java2DSurface s, int step, String png) {
        GraphView view = new GraphView(Style.of(Palette.STANDARD, 1.2));
        view.draw(s, trace, trace.stateAt(step), layout, -1, 1);
        s.savePng(Pixels.png(png));
        return view;
    }

    /** A point inside a box's padding, right of its text: the box's fill colour. */
    private static int fill(Java2DSurface s, GraphView.Box b) {
        return s.argb(b.cx() + b.w() / 2 - 4, b.cy() - b.h() / 2 + 4);
    }

    @Test
    void pendingNodesAreGreyTheCurrentOneAccentAndFinishedOnesWhite() {
        Java2DSurface s = new Java2DSurface(900, 330);
        GraphView view = drawn(s, 2, "graph-forward-v"); // u and v computed, v just now
        int accent = Palette.STANDARD.negative;
        int current = fill(s, view.box(v));
        assertTrue(Rgb.red(current) > Rgb.blue(current) + 20, "v, the current node, is tinted orange: " + Rgb.css(current));
        Pixels.assertNear(0xffffffff, fill(s, view.box(u)), 2, "u is done: white");
        int pending = fill(s, view.box(z));
        Pixels.assertFar(0xffffffff, pending, 8, "z is pending: grey, not white");
        Pixels.assertFar(accent, pending, 60, "z is pending: not the accent colour");
        assertEquals("5² = 25", view.box(v).value(), "the current node shows its formula with the operand's number");
        assertEquals("?", view.box(w).value());
    }

    @Test
    void theBackwardEdgeIsDrawnInTheAccentColourWithItsTermAsABadge() {
        Java2DSurface s = new Java2DSurface(900, 330);
        GraphView view = drawn(s, 8, "graph-backward-vu"); // v → u: 10 · 50 = 500
        GraphView.Box from = view.box(u);
        GraphView.Box to = view.box(v);
        // the badge sits half way along the edge, between u's right side and v's left side
        double x = (from.cx() + from.w() / 2 + to.cx() - to.w() / 2) / 2;
        double y = (from.cy() + to.cy()) / 2;
        boolean accentNear = false;
        for (int dx = -6; dx <= 6 && !accentNear; dx++) {
            for (int dy = -6; dy <= 6 && !accentNear; dy++) {
                accentNear = Pixels.difference(Palette.STANDARD.negative, s.argb(x + dx, y + dy)) < 40;
            }
        }
        assertTrue(accentNear, "the active edge's badge is drawn in the accent colour near (" + x + ", " + y + ")");
        assertEquals("∂z/∂u = 500 + …", view.box(u).gradient());
        assertEquals("∂z/∂v = 50", view.box(v).gradient());
    }

    @Test
    void finishedGraphShowsTheSumOfBothChildrensTerms() {
        Java2DSurface s = new Java2DSurface(900, 330);
        GraphView view = drawn(s, trace.size(), "graph-finished");
        assertEquals("∂z/∂u = 500 + 250 = 750", view.box(u).gradient());
        assertEquals("1250", view.box(z).value());
    }

    @Test
    void wideSurfacesRunLeftToRightAndPhonesTopToBottomWithoutOverlaps() {
        GraphView wide = drawn(new Java2DSurface(1280, 330), trace.size(), "graph-wide");
        assertFalse(wide.vertical());
        assertTrue(wide.box(u).cx() < wide.box(v).cx() && wide.box(w).cx() < wide.box(z).cx(), "inputs left, output right");
        GraphView phone = drawn(new Java2DSurface(360, 560), trace.size(), "graph-phone");
        assertTrue(phone.vertical());
        assertTrue(phone.box(u).cy() < phone.box(v).cy() && phone.box(w).cy() < phone.box(z).cy(), "inputs on top");
        for (GraphView view : new GraphView[] {wide, phone}) {
            assertTrue(view.fontPx() >= GraphView.MIN_FONT_PX);
            int[] ids = {u, v, w, z};
            for (int i = 0; i < ids.length; i++) {
                for (int j = i + 1; j < ids.length; j++) {
                    GraphView.Box a = view.box(ids[i]);
                    GraphView.Box b = view.box(ids[j]);
                    assertTrue(apart(a.cx(), a.cy(), a.w(), a.h(), b.cx(), b.cy(), b.w(), b.h()),
                            a.title() + " and " + b.title() + " overlap");
                }
            }
        }
    }

    @Test
    void aClickFindsTheNodeUnderThePointer() {
        GraphView view = drawn(new Java2DSurface(900, 330), 0, "graph-start");
        GraphView.Box b = view.box(w);
        assertEquals(w, view.nodeAt(b.cx(), b.cy()));
        assertEquals(w, view.nodeAt(b.cx() + b.w() / 2 - 1, b.cy() - b.h() / 2 + 1));
        assertEquals(-1, view.nodeAt(2, 2), "the corner of the surface is empty");
    }

    /** The backprop page's network view: 2-2-1 sigmoid, Xavier from seed 1, the example x = (1, 0.5), y = 1. */
    private static Trace mlpTrace() {
        Network net = new Network(new int[] {2, 2, 1}, Activation.SIGMOID, Activation.SIGMOID);
        net.init(Init.XAVIER, new Rng(1));
        return NetworkGraph.of(net, new double[] {1, 0.5}, 1).trace();
    }

    /**
     * The space the page gives the graph at a 375, 480, 768 px phone or tablet and a 1920 px
     * screen, in both colour schemes: the drawing may be wider than that space (it then scrolls
     * in its box) but never has small text, cut text, boxes on boxes or badges on one another.
     */
    @Test
    void everyTextFitsItsBoxAndNoBadgeCoversAnotherOrABoxAtPhoneWidths() {
        Trace mlp = mlpTrace();
        for (Trace t : new Trace[] {mlp, trace}) {
            Layout lay = Layout.of(t.graph());
            for (double width : widths()) {
                for (boolean projector : new boolean[] {false, true}) {
                    GraphView view = GraphView.forWidth(width, projector);
                    double[] size = view.preferredSize(new Java2DSurface(10, 10), t, lay, width);
                    assertTrue(size[0] >= width, "the drawing fills its space");
                    for (int step : new int[] {t.forwardSteps(), 21, t.size()}) {
                        String name = (t == mlp ? "mlp" : "worked") + "-" + (int) width + (projector ? "-projector" : "")
                                + "-step" + step;
                        Java2DSurface s = new Java2DSurface((int) Math.ceil(size[0]), (int) Math.ceil(size[1]));
                        view.draw(s, t, t.stateAt(Math.min(step, t.size())), lay, -1, 1);
                        if (width == 331 || width == 436 || width == 700 || width == 1418) { // pictures to look at
                            s.savePng(Pixels.png("graph-" + name));
                        }
                        assertLegible(s, view, t.graph(), name);
                    }
                }
            }
        }
    }

    /** The page's space for the graph at 375, 480, 768 and 1920 px, and every 37 px from 300 to 1500. */
    private static double[] widths() {
        double[] w = new double[4 + 33];
        w[0] = 331;
        w[1] = 436;
        w[2] = 700;
        w[3] = 1418;
        for (int k = 0; k < 33; k++) {
            w[4 + k] = 300 + 37 * k;
        }
        return w;
    }

    private static void assertLegible(Java2DSurface s, GraphView view, Graph graph, String name) {
        assertTrue(view.fontPx() >= GraphView.MIN_FONT_PX, name + ": font " + view.fontPx());
        for (Java2DSurface.Text text : s.texts) {
            assertFalse(text.text().contains("…"), name + ": \"" + text.text() + "\" is cut");
        }
        double f = view.fontPx();
        for (int i = 0; i < graph.size(); i++) {
            GraphView.Box a = view.box(i);
            if (a == null) {
                continue;
            }
            double inner = a.w() - f; // the text's padding, half an em each side
            s.font(f, true);
            assertTrue(s.measureText(a.title()) <= inner, name + ": " + a.title() + " wider than its box");
            s.font(f, false);
            assertTrue(s.measureText(a.value()) <= inner, name + ": " + a.value() + " wider than its box");
            s.font(f, true);
            int cut = a.gradient().indexOf(" = ");
            for (String line : a.splitGradient() && cut > 0 ? List.of(a.gradient().substring(0, cut + 2), a.gradient().substring(cut + 3))
                    : List.of(a.gradient())) {
                assertTrue(s.measureText(line) <= inner, name + ": " + line + " wider than " + a.title() + "'s box");
            }
            assertTrue(a.cx() - a.w() / 2 >= 0 && a.cx() + a.w() / 2 <= s.width()
                    && a.cy() - a.h() / 2 >= 0 && a.cy() + a.h() / 2 <= s.height(), name + ": " + a.title() + " off the surface");
            for (int j = i + 1; j < graph.size(); j++) {
                GraphView.Box b = view.box(j);
                if (b != null) {
                    assertTrue(apart(a.cx(), a.cy(), a.w(), a.h(), b.cx(), b.cy(), b.w(), b.h()),
                            name + ": " + a.title() + " and " + b.title() + " overlap");
                }
            }
        }
        List<GraphView.Label> labels = view.labels();
        for (int i = 0; i < labels.size(); i++) {
            GraphView.Label a = labels.get(i);
            String edge = graph.node(a.parent()).label() + " → " + graph.node(a.child()).label();
            for (int j = i + 1; j < labels.size(); j++) {
                GraphView.Label b = labels.get(j);
                assertTrue(apart(a.cx(), a.cy(), a.w(), a.h(), b.cx(), b.cy(), b.w(), b.h()), name + ": the badges of "
                        + edge + " and " + graph.node(b.parent()).label() + " → " + graph.node(b.child()).label() + " overlap");
            }
            for (int id = 0; id < graph.size(); id++) {
                GraphView.Box b = view.box(id);
                if (b != null) {
                    assertTrue(apart(a.cx(), a.cy(), a.w(), a.h(), b.cx(), b.cy(), b.w(), b.h()),
                            name + ": the badge of " + edge + " covers " + b.title());
                }
            }
        }
    }

    private static boolean apart(double ax, double ay, double aw, double ah, double bx, double by, double bw, double bh) {
        return Math.abs(ax - bx) >= (aw + bw) / 2 || Math.abs(ay - by) >= (ah + bh) / 2;
    }
}
