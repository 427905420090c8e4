package backproplab.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import org.junit.jupiter.api.Test;

class GradientTest {
    @Test
    void backpropagationAgreesWithCentralDifferencesOnAThousandRandomExpressions() {
        RandomExpressions random = new RandomExpressions(Rng.fromString("autodiff"));
        int checked = 0;
        int attempts = 0;
        double worst = 0;
        while (checked < 1000) {
            assertTrue(++attempts < 20_000, "too few smooth random expressions");
            String text = random.program();
            Graph g;
            try {
                g = Program.compile(text);
            } catch (ExpressionError e) {
                continue; // e.g. an expression without any input, such as 2 * 3
            }
            if (!RandomExpressions.smoothEnough(g)) {
                continue;
            }
            Trace t = Trace.of(g);
            double[] grad = t.inputGradients();
            for (int k = 0; k < grad.length; k++) {
                double numeric = GradientCheck.centralDifference(g, k);
                double error = Math.abs(grad[k] - numeric) / Math.max(1, Math.abs(grad[k]));
                worst = Math.max(worst, error);
                assertTrue(error < 1e-4, text + ": ∂z/∂" + g.inputs().get(k).label() + " backprop " + grad[k]
                        + " vs central difference " + numeric);
            }
            checked++;
        }
        System.out.println("random expressions: 1000 checked of " + attempts + " drawn, worst error " + worst);
    }

    @Test
    void theStepsAddUpToTheFinalGradients() {
        // the running totals the page shows end at the gradients the check uses
        RandomExpressions random = new RandomExpressions(new Rng(7));
        for (Graph g : random.graphs(200)) {
            Trace t = Trace.of(g);
            Trace.State end = t.stateAt(t.size());
            for (Node n : g.nodes()) {
                if (!n.isConstant()) {
                    assertTrue(end.gradientComplete(n.id()));
                    double sum = 0;
                    for (Contribution c : end.contributions(n.id())) {
                        sum += c.product();
                    }
                    double expected = n.id() == g.output().id() ? 1 : sum;
                    assertEquals(expected, end.gradient(n.id()), 0.0);
                    assertEquals(t.gradient(n.id()), end.gradient(n.id()), 0.0);
                }
            }
        }
    }

    @Test
    void theLogLossGradientsAreTheTextbookOnes() {
        // ∂L/∂w = (σ(wx + b) − y)·x and ∂L/∂b = σ(wx + b) − y (docs/notation.md §2–3)
        Trace t = Trace.of(Program.compile(Program.LOG_LOSS_EXAMPLE));
        double s = 1 / (1 + Math.exp(-(0.5 * 2 - 0.5)));
        Graph g = t.graph();
        assertEquals((s - 1) * 2, t.gradient(g.find("w").id()), 1e-12);
        assertEquals(s - 1, t.gradient(g.find("b").id()), 1e-12);
        for (GradientCheck.Entry e : GradientCheck.of(t)) {
            assertTrue(e.agrees(), e.text());
        }
    }

    @Test
    void aWrongGradientIsFlagged() {
        assertTrue(GradientCheck.relativeError(750, 750.0000001) < GradientCheck.TOLERANCE);
        assertTrue(GradientCheck.relativeError(750, 500) > GradientCheck.TOLERANCE);
        assertEquals(0, GradientCheck.relativeError(0, 0));
    }
}
