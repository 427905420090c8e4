package backproplab.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/notation.md §6, step by step: u = 5, v = u², w = u·v, z = 10·w. */
class TraceTest {
    private final Trace trace = Trace.of(Program.compile(Program.WORKED_EXAMPLE));
    private final Graph g = trace.graph();
    private final int u = g.find("u").id();
    private final int v = g.find("v").id();
    private final int w = g.find("w").id();
    private final int z = g.find("z").id();

    private Step.Backward backward(int k) {
        return assertInstanceOf(Step.Backward.class, trace.step(k));
    }

    @Test
    void theForwardPassComputesTheLecturesValuesOneNodeAtATime() {
        assertEquals(4, trace.forwardSteps());
        String[] texts = {"u = 5", "v = u² = 5² = 25", "w = u · v = 5 · 25 = 125", "z = 10 · w = 10 · 125 = 1250"};
        double[] values = {5, 25, 125, 1250};
        int[] nodes = {u, v, w, z};
        for (int k = 0; k < 4; k++) {
            Step.Forward f = assertInstanceOf(Step.Forward.class, trace.step(k));
            assertEquals(nodes[k], f.node());
            assertEquals(values[k], f.value());
            assertEquals(texts[k], f.text());
        }
    }

    @Test
    void theBackwardPassStartsFromDzDzAndSendsOneEdgePerStep() {
        Step.Seed seed = assertInstanceOf(Step.Seed.class, trace.step(4));
        assertEquals("∂z/∂z = 1", seed.text());
        assertEquals(9, trace.size()); // 4 values, the seed, 4 edges: z→w, w→v, v→u, w→u

        Step.Backward zw = backward(5); // ∂z/∂w = 10
        assertEquals(new Edge(w, z, 1), zw.edge());
        assertEquals("∂z/∂w = 10", zw.localText());
        assertEquals("∂z/∂z = 1", zw.upstreamText());
        assertEquals(10, zw.after());
        // "∂z/∂w · ∂z/∂z = 10 · 1 = 10; ∂z/∂w = 10" read as ∂z/∂w = ∂z/∂w · ∂z/∂z: the step says what the factors are
        assertTrue(zw.fromSeed());
        assertEquals("10 · 1 = 10 (the local derivative times the seed)", zw.productText());
        assertEquals("10 · 1 = 10 (the local derivative times the seed); ∂z/∂w = 10", zw.text());

        Step.Backward wv = backward(6); // ∂z/∂v = (∂w/∂v)(∂z/∂w) = u · 10 = 50
        assertEquals(new Edge(v, w, 1), wv.edge());
        assertEquals("∂w/∂v = u = 5", wv.localText());
        assertEquals("∂z/∂w = 10", wv.upstreamText());
        assertFalse(wv.fromSeed());
        assertEquals("∂w/∂v · ∂z/∂w = 5 · 10 = 50", wv.productText());
        assertEquals(0, wv.before());
        assertEquals(50, wv.after());
        assertTrue(wv.completes());
        assertEquals("∂z/∂v = 50", wv.sumText());
    }

    @Test
    void bothEdgesOfASquareLeaveTheSeed() {
        Trace t = Trace.of(Program.compile("z = u * u; u = 3"));
        Step.Backward first = assertInstanceOf(Step.Backward.class, t.step(t.size() - 2));
        Step.Backward second = assertInstanceOf(Step.Backward.class, t.step(t.size() - 1));
        assertEquals("3 · 1 = 3 (the local derivative times the seed); ∂z/∂u = 3 + …", first.text());
        assertEquals("3 · 1 = 3 (the local derivative times the seed); ∂z/∂u = 3 + 3 = 6", second.text());
    }

    @Test
    void aVariableUsedManyTimesHasItsSumAbridged() {
        // z = x·x·…·x (12 factors) at x = 2: each of the 12 edges out of x brings 2¹¹ = 2048
        Trace t = Trace.of(Program.compile("z = " + "x*".repeat(11) + "x; x = 2"));
        Step.Backward last = assertInstanceOf(Step.Backward.class, t.step(t.size() - 1));
        assertEquals(12, last.contributions().size());
        assertEquals("∂z/∂x = 2048 + 2048 + 2048 + ⋯ + 2048 + 2048 (12 terms) = 24576", last.sumText());
        Step.Backward partial = assertInstanceOf(Step.Backward.class, t.step(t.size() - 2));
        assertEquals("∂z/∂x = 2048 + 2048 + 2048 + ⋯ + 2048 + 2048 (11 terms) + …", partial.sumText());
        Step.Backward six = assertInstanceOf(Step.Backward.class, t.step(t.size() - 7));
        assertEquals("∂z/∂x = 2048 + 2048 + 2048 + 2048 + 2048 + 2048 + …", six.sumText(), "six terms are written out");

        // the chain rule's terms on the page: the first two, the current one between its neighbours, the last two
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, Notation.termsShown(6, 3));
        assertArrayEquals(new int[] {0, 1, 5, 6, 7, 10, 11}, Notation.termsShown(12, 6));
        assertArrayEquals(new int[] {0, 1, 2, 10, 11}, Notation.termsShown(12, 1));
        assertArrayEquals(new int[] {0, 1, 10, 11}, Notation.termsShown(12, 11));
    }

    @Test
    void uHasTwoChildrenAndItsGradientIsTheirSum() {
        assertEquals(2, g.children(u).size());
        Step.Backward vu = backward(7); // (∂v/∂u)(∂z/∂v) = 2u · 50 = 500
        assertEquals(new Edge(u, v, 0), vu.edge());
        assertEquals("∂v/∂u = 2 · u = 10", vu.localText());
        assertEquals(500, vu.product());
        assertFalse(vu.completes());
        assertEquals("∂z/∂u = 500 + …", vu.sumText());

        Step.Backward wu = backward(8); // (∂w/∂u)(∂z/∂w) = v · 10 = 250
        assertEquals(new Edge(u, w, 0), wu.edge());
        assertEquals("∂w/∂u = v = 25", wu.localText());
        assertEquals(250, wu.product());
        assertEquals(500, wu.before());
        assertEquals(750, wu.after());
        assertTrue(wu.completes());
        assertEquals("∂z/∂u = 500 + 250 = 750", wu.sumText());
        assertEquals(2, wu.contributions().size());

        assertEquals(750, trace.gradient(u)); // closed form: z = 10u³, dz/du = 30u² = 750
        assertEquals("∂z/∂u = ∂v/∂u · ∂z/∂v + ∂w/∂u · ∂z/∂w", trace.chainRule(u));
        assertEquals("∂z/∂u = Σᵢ ∂vᵢ/∂u · ∂z/∂vᵢ", trace.chainRule());
    }

    @Test
    void everyStepsStateCanBeReachedDirectlyForSteppingBackAndJumping() {
        Trace.State start = trace.stateAt(0);
        assertNull(start.last());
        assertFalse(start.hasValue(u));
        assertTrue(start.inForwardPass());

        Trace.State forwardDone = trace.stateAt(trace.forwardSteps());
        assertEquals(1250, forwardDone.value(z));
        assertFalse(forwardDone.hasGradient(z));

        Trace.State half = trace.stateAt(8); // v → u done, w → u not yet
        assertEquals(500, half.gradient(u));
        assertFalse(half.gradientComplete(u));
        assertEquals("∂z/∂u = 500 + …", half.gradientText(u));
        assertEquals(new Edge(u, v, 0), half.activeEdge());
        assertEquals(50, half.gradient(v));
        assertTrue(half.gradientComplete(v));

        Trace.State end = trace.stateAt(trace.size());
        assertTrue(end.atEnd());
        assertEquals("∂z/∂u = 500 + 250 = 750", end.gradientText(u));
        assertEquals("∂z/∂z = 1", end.gradientText(z));
        List<Contribution> terms = end.contributions(u);
        assertEquals(500, terms.get(0).product());
        assertEquals(250, terms.get(1).product());

        // going back one step gives the same state as having stopped there
        assertEquals(trace.stateAt(7).gradient(u), trace.stateAt(8).gradient(u) - 500);
    }

    @Test
    void newInputValuesRecomputeEveryNumber() {
        Trace t = trace.withInputValues(new double[] {2});
        assertEquals(80, t.value(z));                 // 10 · 2³
        assertEquals(120, t.gradient(u));             // 30 · 2²
        assertEquals("w = u · v = 2 · 4 = 8", t.step(2).text());
        assertEquals(120, trace.withInputs(java.util.Map.of("u", 2.0)).gradient(u));
    }

    @Test
    void theNumericalCheckAgreesWithBackpropagation() {
        List<GradientCheck.Entry> check = GradientCheck.of(trace);
        assertEquals(1, check.size());
        assertEquals(750, check.get(0).numeric(), 1e-4);
        assertTrue(check.get(0).agrees());
        assertTrue(check.get(0).text().startsWith("∂z/∂u: backprop 750, central difference 750, relative error "));
    }

    @Test
    void programmaticGraphsCarryTheirOwnNames() {
        // one sigmoid unit, written as the MLP view would build it: a[1] = w·x + b, z[1] = σ(a[1])
        Graph.Builder b = new Graph.Builder();
        int x = b.input("x", 2);
        int wt = b.input("w", 0.5);
        int bias = b.input("b", -1);
        int a = b.name(b.apply(Op.SUM, b.apply(Op.MUL, wt, x), bias), "a[1]");
        int out = b.name(b.apply(Op.SIGMOID, a), "z[1]");
        Trace t = Trace.of(b.build(out));
        assertEquals(0.5, t.value(t.graph().find("z[1]").id()));           // σ(0) = ½
        assertEquals(0.25 * 2, t.gradient(t.graph().find("w").id()), 1e-15); // σ′(0) · x
        assertEquals("z[1] = σ(a[1]) = σ(0) = 0.5", t.step(t.forwardSteps() - 1).text());
        assertEquals("∂z[1]/∂a[1] = σ(a[1]) · (1 − σ(a[1])) = 0.25",
                ((Step.Backward) t.step(t.forwardSteps() + 1)).localText());
    }
}
