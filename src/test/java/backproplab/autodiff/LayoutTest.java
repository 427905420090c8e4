package backproplab.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import org.junit.jupiter.api.Test;

class LayoutTest {
    private static void assertWellFormed(Graph g, Layout l) {
        for (Node n : g.nodes()) {
            if (n.isConstant()) {
                assertFalse(l.shown(n.id()));
                continue;
            }
            assertTrue(l.x(n.id()) >= 0 && l.x(n.id()) <= 1 && l.y(n.id()) > 0 && l.y(n.id()) < 1);
            for (Node m : g.nodes()) { // no two nodes on the same spot
                if (m.id() < n.id() && !m.isConstant()) {
                    assertFalse(l.x(m.id()) == l.x(n.id()) && l.y(m.id()) == l.y(n.id()), n + " on " + m);
                }
            }
        }
        for (Edge e : g.edges()) {
            if (!g.node(e.parent()).isConstant()) {
                assertTrue(l.column(e.parent()) < l.column(e.child()), "edges run left to right");
                Layout.Route r = l.route(e.parent(), e.child());
                assertEquals(l.column(e.child()) - l.column(e.parent()) + 1, r.xs().length); // a point per column
                assertEquals(l.x(e.parent()), r.xs()[0]);
                assertEquals(l.y(e.child()), r.ys()[r.ys().length - 1]);
            }
        }
    }

    @Test
    void theWorkedExampleRunsFromUToZWithoutCrossings() {
        Graph g = Program.compile(Program.WORKED_EXAMPLE);
        Layout l = Layout.of(g);
        assertWellFormed(g, l);
        assertEquals(0, l.crossings());
        assertEquals(4, l.columns());
        assertEquals(0, l.x(g.find("u").id()));
        assertEquals(1, l.x(g.find("z").id()));
        assertFalse(l.shown(g.find("10").id())); // constants live in the formulas
        // the edge u → w bends around v instead of running through it
        Layout.Route uw = l.route(g.find("u").id(), g.find("w").id());
        assertEquals(3, uw.xs().length);
        assertNotEquals(l.y(g.find("v").id()), uw.ys()[1]);
    }

    @Test
    void theLogLossIsDrawnWithoutCrossings() {
        Graph g = Program.compile(Program.LOG_LOSS_EXAMPLE);
        Layout l = Layout.of(g);
        assertWellFormed(g, l);
        assertEquals(0, l.crossings());
        assertEquals(1, l.x(g.find("L").id()));
    }

    @Test
    void randomExpressionsGetWellFormedLayouts() {
        RandomExpressions random = new RandomExpressions(new Rng(3));
        int crossingFree = 0;
        int laidOut = 0;
        for (Graph g : random.graphs(200)) {
            Layout l = Layout.of(g);
            assertWellFormed(g, l);
            laidOut++;
            crossingFree += l.crossings() == 0 ? 1 : 0;
        }
        System.out.println("random expressions: " + crossingFree + " of " + laidOut + " laid out without crossings");
    }
}
