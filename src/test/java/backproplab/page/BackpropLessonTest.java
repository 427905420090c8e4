package backproplab.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.autodiff.Notation;
import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Network;
import backproplab.page.BackpropLesson.AlgorithmLine;
import backproplab.page.BackpropLesson.CheckRow;
import backproplab.page.BackpropLesson.Detail;
import backproplab.page.BackpropLesson.Mark;
import backproplab.page.BackpropLesson.Now;
import backproplab.page.BackpropLesson.Piece;
import backproplab.page.BackpropLesson.Term;
import backproplab.page.BackpropLesson.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every sentence and number of backprop.html, from its model: the lecture's worked example
 * (docs/notation.md §6) and the network view step by step, with the numbers worked out here.
 */
class BackpropLessonTest {
    private static final String WORKED_RULE = "∂z/∂u = Σᵢ ∂vᵢ/∂u · ∂z/∂vᵢ";
    private static final String BEFORE_BACKWARD = "For every child vᵢ of u: the backward pass uses this once the forward pass is done.";
    private static final String AT_SEED = "Each backward step adds one term of this sum into a parent's gradient.";

    private static BackpropLesson worked() {
        BackpropLesson l = new BackpropLesson();
        assertEquals(List.of(), l.open(null, Map.of(), -1, false));
        return l;
    }

    private static BackpropLesson network() {
        BackpropLesson l = new BackpropLesson();
        assertEquals(List.of(), l.open(null, Map.of(), -1, true));
        return l;
    }

    private static Line note(String text) {
        return new Line(Line.Role.NOTE, text);
    }

    private static Line result(String text) {
        return new Line(Line.Role.RESULT, text);
    }

    private static Now forward(String label, List<Line> lines) {
        return new Now("Forward pass: compute " + label, List.of(), lines);
    }

    private static Now backward(String child, String parent, String out, String local, String upstream, String product,
            String sum, Line... lines) {
        return new Now("Backward pass: edge " + child + " → " + parent, List.of(new Term("local derivative", local),
                new Term("upstream gradient", upstream), new Term("product", product),
                new Term("add into ∂" + out + "/∂" + parent, sum)), List.of(lines));
    }

    private static BackpropLesson.Rule rule(String general, String note, Piece... pieces) {
        return new BackpropLesson.Rule(general, List.of(pieces), note);
    }

    private static Piece plain(String text) {
        return new Piece(text, Mark.PLAIN);
    }

    private static void assertAt(BackpropLesson l, int step, String progress, String phase, Now now, String caption,
            BackpropLesson.Rule rule) {
        l.goTo(step);
        assertEquals(progress, l.progress(), "step " + step);
        assertEquals(phase, l.phase(), "step " + step);
        assertEquals(now, l.now(), "step " + step);
        assertEquals(caption, l.caption(), "step " + step);
        assertEquals(rule, l.chainRule(), "step " + step);
        assertNull(l.problem(), "step " + step);
    }

    /** u = 5; v = u² = 25; w = u·v = 125; z = 10·w = 1250, then ∂z/∂w = 10, ∂z/∂v = u·10 = 50, ∂z/∂u = 2u·50 + v·10 = 750. */
    @Test
    void theWorkedExampleSaysEverySentenceAtEveryStep() {
        BackpropLesson l = worked();
        assertFalse(l.network());
        assertNull(l.about());
        assertEquals(List.of(), l.algorithm());
        assertEquals(List.of(new BackpropLesson.Input("u", "u", "5")), l.inputs());
        assertEquals(List.of(new Choice("-1", "—"), new Choice("0", "u (input)"), new Choice("2", "v = u²"),
                new Choice("3", "w = u · v"), new Choice("5", "z = 10 · w")), l.nodeChoices());
        assertAt(l, 0, "Step 0 of 9", "· nothing computed yet", new Now("Ready", List.of(), List.of(
                Line.text("Nothing is computed yet. Press Step ▶ (or →) to compute the first node."),
                note("The forward pass computes each node's value, inputs first; then the backward pass sends ∂z/∂(node) back along every edge."))),
                "Press Step ▶ to compute the first node.", rule(WORKED_RULE, BEFORE_BACKWARD));
        assertAt(l, 1, "Step 1 of 9", "· forward pass", forward("u", List.of(Line.formula("u = 5"),
                note("u is an input: its value is given."))), "u = 5", rule(WORKED_RULE, BEFORE_BACKWARD));
        assertAt(l, 2, "Step 2 of 9", "· forward pass", forward("v", List.of(Line.formula("v = u²"),
                Line.text("= 5²   (the operands' values)"), result("= 25"))), "v = u² = 5² = 25", rule(WORKED_RULE, BEFORE_BACKWARD));
        assertAt(l, 3, "Step 3 of 9", "· forward pass", forward("w", List.of(Line.formula("w = u · v"),
                Line.text("= 5 · 25   (the operands' values)"), result("= 125"))), "w = u · v = 5 · 25 = 125",
                rule(WORKED_RULE, BEFORE_BACKWARD));
        assertAt(l, 4, "Step 4 of 9", "· forward pass", forward("z", List.of(Line.formula("z = 10 · w"),
                Line.text("= 10 · 125   (the operands' values)"), result("= 1250"),
                note("The forward pass is complete: z = 1250. Next: the backward pass."))), "z = 10 · w = 10 · 125 = 1250",
                rule(WORKED_RULE, BEFORE_BACKWARD));
        assertAt(l, 5, "Step 5 of 9", "· backward pass", new Now("Backward pass starts at the output", List.of(), List.of(
                Line.formula("∂z/∂z = 1"),
                note("z changes one-for-one with itself. From here every gradient ∂z/∂(node) is built from its children's, in reverse order."))),
                "∂z/∂z = 1", rule(WORKED_RULE, AT_SEED));
        assertAt(l, 6, "Step 6 of 9", "· backward pass", backward("z", "w", "z", "∂z/∂w = 10", "∂z/∂z = 1",
                "10 · 1 = 10 (the local derivative times the seed)", "∂z/∂w = 10"),
                "10 · 1 = 10 (the local derivative times the seed); ∂z/∂w = 10",
                rule(WORKED_RULE, "This term's child is the output: its gradient is the seed ∂z/∂z = 1, so the term is just the local "
                        + "derivative ∂(10 · w)/∂w, z's own formula differentiated by w. w has 1 child: the highlighted term is this step's.",
                        plain("∂z/∂w = "), new Piece("∂(10 · w)/∂w · ∂z/∂z", Mark.NOW)));
        assertAt(l, 7, "Step 7 of 9", "· backward pass", backward("w", "v", "z", "∂w/∂v = u = 5", "∂z/∂w = 10",
                "∂w/∂v · ∂z/∂w = 5 · 10 = 50", "∂z/∂v = 50"), "∂w/∂v · ∂z/∂w = 5 · 10 = 50; ∂z/∂v = 50",
                rule(WORKED_RULE, "v has 1 child: the highlighted term is this step's. In it, ∂(u · v)/∂v is the local derivative "
                        + "(w's own formula differentiated by v, its other operands held fixed) and ∂z/∂w is w's gradient.",
                        plain("∂z/∂v = "), new Piece("∂(u · v)/∂v · ∂z/∂w", Mark.NOW)));
        assertAt(l, 8, "Step 8 of 9", "· backward pass", backward("v", "u", "z", "∂v/∂u = 2 · u = 10", "∂z/∂v = 50",
                "∂v/∂u · ∂z/∂v = 10 · 50 = 500", "∂z/∂u = 500 + …", note("u has more children: their terms are added next.")),
                "∂v/∂u · ∂z/∂v = 10 · 50 = 500; ∂z/∂u = 500 + …",
                rule(WORKED_RULE, "u has 2 children: the highlighted term is this step's; the sum is complete after the last. In it, "
                        + "∂(u²)/∂u is the local derivative (v's own formula differentiated by u, its other operands held fixed) "
                        + "and ∂z/∂v is v's gradient.",
                        plain("∂z/∂u = "), new Piece("∂(u²)/∂u · ∂z/∂v", Mark.NOW), plain(" + "),
                        new Piece("∂(u · v)/∂u · ∂z/∂w", Mark.TODO)));
        assertAt(l, 9, "Step 9 of 9", "· backward pass finished", backward("w", "u", "z", "∂w/∂u = v = 25", "∂z/∂w = 10",
                "∂w/∂u · ∂z/∂w = 25 · 10 = 250", "∂z/∂u = 500 + 250 = 750",
                note("u has 2 children: its gradient is the sum of one term from each."),
                new Line(Line.Role.GOOD, "Backward pass finished: every node's ∂z/∂(node) is known.")),
                "∂w/∂u · ∂z/∂w = 25 · 10 = 250; ∂z/∂u = 500 + 250 = 750",
                rule(WORKED_RULE, "u has 2 children: the highlighted term is this step's; the sum is complete after the last. In it, "
                        + "∂(u · v)/∂u is the local derivative (w's own formula differentiated by u, its other operands held fixed) "
                        + "and ∂z/∂w is w's gradient.",
                        plain("∂z/∂u = "), new Piece("∂(u²)/∂u · ∂z/∂v", Mark.DONE), plain(" + "),
                        new Piece("∂(u · v)/∂u · ∂z/∂w", Mark.NOW)));
        assertFalse(l.hasNext());
    }

    @Test
    void theWorkedExamplesCheckWaitsForTheBackwardPassAndDetailsShowEveryTerm() {
        BackpropLesson l = worked();
        assertTrue(l.checkAbout().startsWith("Each input's gradient from the backward pass against the definition of the derivative"),
                l.checkAbout());
        for (int k = 0; k < 9; k++) { // ∂z/∂u is complete only with its last term
            l.goTo(k);
            assertEquals(List.of(new CheckRow("∂z/∂u", "… (backward pass)", "750", "…", "…", Verdict.OPEN)), l.checkRows(), "step " + k);
        }
        l.endOfBackward();
        CheckRow row = l.checkRows().get(0);
        assertEquals(List.of("∂z/∂u", "750", "750", "✓ yes", Verdict.YES),
                List.of(row.symbol(), row.backprop(), row.numeric(), row.mark(), row.verdict()));
        assertTrue(row.error().matches("0|\\d(\\.\\d)?e-\\d+"), row.error());
        assertEquals(new Line(Line.Role.NOTE, ""), l.checkWhy());

        assertEquals(List.of(), l.details());
        assertEquals("Click a node in the graph, or pick one above, to see all its numbers.", l.detailsPrompt());
        l.select(0);
        assertEquals(List.of(new Detail("Node", "u — input"), new Detail("Value", "5"), new Detail("Operands", "none"),
                new Detail("Used by", "v, w"), new Detail("∂z/∂u", "∂z/∂u = 500 + 250 = 750"),
                new Detail("via v", "∂v/∂u · ∂z/∂v = 10 · 50 = 500   (local: ∂v/∂u = 2 · u)"),
                new Detail("via w", "∂w/∂u · ∂z/∂w = 25 · 10 = 250   (local: ∂w/∂u = v)")), l.details());
        l.goTo(8);
        assertEquals(List.of(new Detail("Node", "u — input"), new Detail("Value", "5"), new Detail("Operands", "none"),
                new Detail("Used by", "v, w"), new Detail("∂z/∂u", "∂z/∂u = 500 + …"),
                new Detail("via v", "∂v/∂u · ∂z/∂v = 10 · 50 = 500   (local: ∂v/∂u = 2 · u)"),
                new Detail("via w", "not yet   (local: ∂w/∂u = v)")), l.details());
        l.select(5);
        l.goTo(3);
        assertEquals(List.of(new Detail("Node", "z — output (operation)"), new Detail("Formula", "z = 10 · w"),
                new Detail("Value", "not computed yet"), new Detail("Operands", "10, w"), new Detail("Used by", "none"),
                new Detail("∂z/∂z", "not yet known")), l.details());
        assertEquals("Computation graph. u = 5. v = u² = 25. w = u · v = 125. z = 10 · w (not computed). ", l.canvasLabel());
        l.click(5);
        assertEquals(-1, l.selected(), "a second click on the picked node drops the pick");
    }

    /** Input values: what a box says while its text is no number, and a number that changes every step's numbers. */
    @Test
    void anInputBoxSaysWhatIsWrongAndANumberReachesTheGraph() {
        BackpropLesson l = worked();
        l.goTo(9);
        assertEquals(new BackpropLesson.Typed("“abc” is not a number: the graph still uses u = 5.", false), l.type("u", "abc", true));
        assertEquals(new BackpropLesson.Typed(null, false), l.type("u", "2", false), "not while typing");
        assertEquals("∂z/∂u = 500 + 250 = 750", l.now().terms().get(3).text());
        assertEquals(new BackpropLesson.Typed(null, true), l.type("u", "2", true));
        // z = 10u³ at u = 2: ∂z/∂u = 2u · 10u + u² · 10 = 80 + 40 = 120
        assertEquals(9, l.step(), "the step stays");
        assertEquals("∂z/∂u = 80 + 40 = 120", l.now().terms().get(3).text());
        assertEquals(Map.of("u", 2.0), l.linkInputs());
        assertEquals(new BackpropLesson.Typed(null, false), l.type("u", "2", true), "the same number changes nothing");
    }

    @Test
    void aLinkThatCannotBeUsedFallsBackWithNotices() {
        BackpropLesson l = new BackpropLesson();
        assertEquals(List.of("The expression in the link could not be read (expected ')' at column 11): the lecture's worked example is shown instead."),
                l.open("z = (a + b", Map.of(), 3, false));
        assertEquals("Step 3 of 9", l.progress());
        assertEquals("u = 5; v = u^2; w = u*v; z = 10*w", l.program());
        BackpropLesson.ProgramError e = l.error();
        assertEquals("z = (a + b", e.text());
        assertEquals("expected ')' at column 11. The graph below is the lecture's worked example, shown in its place.", e.message());
        assertEquals("z = (a + b\n          ^", e.where()); // column 11: just after the text

        assertEquals(List.of("The link asks for step 40, but this graph has 9 steps: showing the last."),
                l.open(null, Map.of(), 40, false));
        assertEquals("Step 9 of 9", l.progress());
        assertNull(l.error());

        assertEquals(List.of("The label y in the link (2) is not between 0 and 1: using 1."),
                l.open(null, Map.of("x1", 3.0, "y", 2.0), 0, true));
        assertEquals(Map.of("x1", 3.0), l.linkInputs());
        assertEquals(new BackpropLesson.Typed("the label y is a probability, from 0 to 1: the graph still uses y = 1.", false),
                l.type("y", "1.5", true));
    }

    @Test
    void theBuildButtonKeepsTheOldGraphOnAMistakeAndTheViewsKeepTheirState() {
        BackpropLesson l = worked();
        l.goTo(4);
        assertFalse(l.typed("z = (a + b * (b + 1; a = 2; b = 1"));
        assertEquals("Step 4 of 9", l.progress(), "the old graph stays");
        assertTrue(l.error().message().endsWith("The graph below is still the previous one."), l.error().message());
        assertTrue(l.typed("z = (a + b) * (b + 1); a = 2; b = 1"));
        assertNull(l.error());
        assertEquals("Step 0 of 11", l.progress());
        assertEquals(new BackpropLesson.Typed(null, true), l.type("a", "3", true));

        l.showNetworkView();
        assertTrue(l.network());
        assertEquals("Step 0 of 23", l.progress());
        assertEquals(new BackpropLesson.Typed(null, true), l.type("x2", "2", true));
        l.showExpression();
        assertEquals("z = (a + b) * (b + 1); a = 2; b = 1", l.program());
        assertEquals(Map.of("a", 3.0), l.linkInputs(), "the expression's own input comes back with it");
        l.showNetworkView();
        assertEquals(Map.of("x2", 2.0), l.linkInputs(), "and so does the network's example");
        assertEquals("z = (a + b) * (b + 1); a = 2; b = 1", l.program(), "the link keeps the program to go back to");
    }

    @Test
    void playShowsEachStepForItsDwellAtTheChosenSpeed() {
        BackpropLesson l = worked();
        assertEquals(200, l.dwellMs(), "play starts soon");
        l.next();
        assertEquals(1300, l.dwellMs(), "a forward step");
        l.goTo(6);
        assertEquals(2200, l.dwellMs(), "a backward step is longer");
        l.setSpeed(2);
        assertEquals(1100, l.dwellMs());
        assertEquals(325, l.animationMs());
        l.setSpeed(0);
        assertEquals(650, l.animationMs(), "no speed is normal speed");
        l.endOfForward();
        assertEquals(4, l.step());
        l.endOfBackward();
        assertFalse(l.hasNext());
        l.rewind();
        assertEquals(0, l.step());
    }

    // ---- the network view ----

    private static String n(double x) {
        return Notation.number(x);
    }

    /** A number beside an operator as the page writes it: a negative one in parentheses. */
    private static String atom(double x) {
        return x < 0 ? "(" + n(x) + ")" : n(x);
    }

    private static double sigmoid(double a) {
        return 1 / (1 + Math.exp(-a));
    }

    /**
     * The network's numbers for x = (1, 0.5), y = 1 by the formulas of docs/notation.md §6, from
     * the engine's initial weights (Xavier, seed 1).
     */
    private static final class Hand {
        final double[] w1;
        final double[] b1;
        final double[] w2;
        final double b2;
        final double a11;
        final double a12;
        final double z11;
        final double z12;
        final double a2;
        final double z2;
        final double loss;
        final double dz2;
        final double d2;
        final double dz11;
        final double dz12;
        final double d11;
        final double d12;

        Hand() {
            Network net = new Network(new int[] {2, 2, 1}, Activation.SIGMOID, Activation.SIGMOID);
            net.init(Init.XAVIER, new Rng(1));
            w1 = net.W[1].clone();
            b1 = net.b[1].clone();
            w2 = net.W[2].clone();
            b2 = net.b[2][0];
            a11 = w1[0] * 1 + w1[1] * 0.5 + b1[0];
            a12 = w1[2] * 1 + w1[3] * 0.5 + b1[1];
            z11 = sigmoid(a11);
            z12 = sigmoid(a12);
            a2 = w2[0] * z11 + w2[1] * z12 + b2;
            z2 = sigmoid(a2);
            loss = -Math.log(z2); // y = 1
            dz2 = -1 / z2;
            d2 = z2 * (1 - z2) * dz2; // δ[2] = ∂ℓ/∂z[2] ⊙ σ′(a[2])
            dz11 = w2[0] * d2;
            dz12 = w2[1] * d2;
            d11 = z11 * (1 - z11) * dz11; // δ[1] = (W[2])ᵀ δ[2] ⊙ σ′(a[1])
            d12 = z12 * (1 - z12) * dz12;
        }
    }

    private static String affine(String w1, String w2, String x1, String x2, String b) {
        return w1 + "·" + x1 + " + " + w2 + "·" + x2 + " + " + b;
    }

    /** One backward step through the network: child → parent, local derivative (symbol, formula), and the product. */
    private static void assertBackward(BackpropLesson l, int step, String child, String parent, String childFormula,
            String localFormula, double local, double upstream, int line, int layer) {
        l.goTo(step);
        String localSymbol = "∂" + child + "/∂" + parent;
        String product = localSymbol + " · ∂ℓ/∂" + child + " = " + n(local) + " · " + atom(upstream) + " = " + n(local * upstream);
        String sum = "∂ℓ/∂" + parent + " = " + n(local * upstream);
        String localText = localSymbol + (localFormula.isEmpty() ? "" : " = " + localFormula) + " = " + n(local);
        List<Line> lines = step == 23 ? List.of(new Line(Line.Role.GOOD, "Backward pass finished: every node's ∂ℓ/∂(node) is known."))
                : List.of();
        assertEquals(new Now("Backward pass: edge " + child + " → " + parent, List.of(new Term("local derivative", localText),
                new Term("upstream gradient", "∂ℓ/∂" + child + " = " + n(upstream)), new Term("product", product),
                new Term("add into ∂ℓ/∂" + parent, sum)), lines), l.now(), "step " + step);
        assertEquals(product + "; " + sum, l.caption(), "step " + step);
        String localInRule = "∂(" + childFormula + ")/∂" + parent;
        assertEquals(rule("∂ℓ/∂u = Σᵢ ∂vᵢ/∂u · ∂ℓ/∂vᵢ", parent + " has 1 child: the highlighted term is this step's. In it, "
                + localInRule + " is the local derivative (" + child + "'s own formula differentiated by " + parent
                + ", its other operands held fixed) and ∂ℓ/∂" + child + " is " + child + "'s gradient.",
                plain("∂ℓ/∂" + parent + " = "), new Piece(localInRule + " · ∂ℓ/∂" + child, Mark.NOW)), l.chainRule(), "step " + step);
        assertCurrentLine(l, line, layer, step);
    }

    /** The algorithm's line {@code line} (from 1) is the one marked, with its layer when it is in a loop. */
    private static void assertCurrentLine(BackpropLesson l, int line, int layer, int step) {
        List<AlgorithmLine> lines = l.algorithm();
        for (int k = 0; k < lines.size(); k++) {
            assertEquals(k == line - 1, lines.get(k).current(), "step " + step + ", line " + (k + 1));
        }
        AlgorithmLine now = lines.get(line - 1);
        assertEquals(now.body(), now.text().endsWith("   (l\u00a0=\u00a0" + layer + ")"), "step " + step + ": " + now.text());
    }

    private static void assertForward(BackpropLesson l, int step, String label, String formula, String substituted, double value,
            int line, int layer) {
        l.goTo(step);
        List<Line> lines = new ArrayList<>(List.of(note("Line " + line + " of the algorithm, l = " + layer + ":"),
                Line.formula(label + " = " + formula), Line.text("= " + substituted + "   (the operands' values)"),
                result("= " + n(value))));
        if (step == 7) {
            lines.add(note("The forward pass is complete: ℓ = " + n(value) + ". Next: the backward pass."));
        }
        assertEquals(forward(label, lines), l.now(), "step " + step);
        assertEquals(label + " = " + formula + " = " + substituted + " = " + n(value), l.caption(), "step " + step);
        assertEquals(rule("∂ℓ/∂u = Σᵢ ∂vᵢ/∂u · ∂ℓ/∂vᵢ", BEFORE_BACKWARD), l.chainRule(), "step " + step);
        assertEquals("· forward pass", l.phase());
        assertCurrentLine(l, line, layer, step);
    }

    @Test
    void theNetworkViewSaysEverySentenceAtEveryStep() {
        Hand h = new Hand();
        BackpropLesson l = network();
        assertTrue(l.network());
        assertEquals("One training example x = (x₁, x₂) with label y through a 2 → 2 → 1 network: sigmoid units, log loss "
                + "ℓ = −[y log z[2] + (1 − y) log(1 − z[2])]. The weights and every number come from the playground's network "
                + "engine. ∂ℓ/∂a[l] is δ[l]; ∂ℓ/∂W[l] and ∂ℓ/∂b[l] are dW and db.", l.about());
        assertEquals(List.of(new BackpropLesson.Input("x1", "x₁", "1"), new BackpropLesson.Input("x2", "x₂", "0.5"),
                new BackpropLesson.Input("y", "y", "1")), l.inputs());
        assertEquals("Step 0 of 23", l.progress());
        assertEquals(new Now("Ready", List.of(), List.of(
                Line.text("Nothing is computed yet. Press Step ▶ (or →) to compute the first node."),
                note("The forward pass computes each node's value, inputs first; then the backward pass sends ∂ℓ/∂(node) back along every edge."))),
                l.now());
        assertTrue(l.algorithm().stream().noneMatch(AlgorithmLine::current));

        assertForward(l, 1, "a[1]₁", affine("W[1]₁₁", "W[1]₁₂", "x₁", "x₂", "b[1]₁"), affine(atom(h.w1[0]), atom(h.w1[1]), "1", "0.5",
                atom(h.b1[0])), h.a11, 3, 1);
        assertForward(l, 2, "a[1]₂", affine("W[1]₂₁", "W[1]₂₂", "x₁", "x₂", "b[1]₂"), affine(atom(h.w1[2]), atom(h.w1[3]), "1", "0.5",
                atom(h.b1[1])), h.a12, 3, 1);
        assertForward(l, 3, "z[1]₁", "σ(a[1]₁)", "σ(" + n(h.a11) + ")", h.z11, 4, 1);
        assertForward(l, 4, "z[1]₂", "σ(a[1]₂)", "σ(" + n(h.a12) + ")", h.z12, 4, 1);
        assertForward(l, 5, "a[2]", affine("W[2]₁", "W[2]₂", "z[1]₁", "z[1]₂", "b[2]"), affine(atom(h.w2[0]), atom(h.w2[1]),
                n(h.z11), n(h.z12), atom(h.b2)), h.a2, 3, 2);
        assertForward(l, 6, "z[2]", "σ(a[2])", "σ(" + n(h.a2) + ")", h.z2, 4, 2);
        assertForward(l, 7, "ℓ", "−log(z[2])", "−log(" + n(h.z2) + ")", h.loss, 5, 2);

        l.goTo(8);
        assertEquals(new Now("Backward pass starts at the output", List.of(), List.of(Line.formula("∂ℓ/∂ℓ = 1"),
                note("ℓ changes one-for-one with itself. From here every gradient ∂ℓ/∂(node) is built from its children's, in reverse order."))),
                l.now());
        assertEquals(rule("∂ℓ/∂u = Σᵢ ∂vᵢ/∂u · ∂ℓ/∂vᵢ", AT_SEED), l.chainRule());
        assertCurrentLine(l, 6, 2, 8);

        l.goTo(9); // from the seed: the local derivative alone
        String localLoss = "∂ℓ/∂z[2] = −1 / z[2] = " + n(h.dz2);
        assertEquals(new Now("Backward pass: edge ℓ → z[2]", List.of(new Term("local derivative", localLoss),
                new Term("upstream gradient", "∂ℓ/∂ℓ = 1"),
                new Term("product", n(h.dz2) + " · 1 = " + n(h.dz2) + " (the local derivative times the seed)"),
                new Term("add into ∂ℓ/∂z[2]", "∂ℓ/∂z[2] = " + n(h.dz2))), List.of()), l.now());
        assertEquals(rule("∂ℓ/∂u = Σᵢ ∂vᵢ/∂u · ∂ℓ/∂vᵢ", "This term's child is the output: its gradient is the seed ∂ℓ/∂ℓ = 1, "
                + "so the term is just the local derivative ∂(−log(z[2]))/∂z[2], ℓ's own formula differentiated by z[2]. "
                + "z[2] has 1 child: the highlighted term is this step's.",
                plain("∂ℓ/∂z[2] = "), new Piece("∂(−log(z[2]))/∂z[2] · ∂ℓ/∂ℓ", Mark.NOW)), l.chainRule());
        assertCurrentLine(l, 6, 2, 9);

        String a2 = affine("W[2]₁", "W[2]₂", "z[1]₁", "z[1]₂", "b[2]");
        String a11 = affine("W[1]₁₁", "W[1]₁₂", "x₁", "x₂", "b[1]₁");
        String a12 = affine("W[1]₂₁", "W[1]₂₂", "x₁", "x₂", "b[1]₂");
        assertBackward(l, 10, "z[2]", "a[2]", "σ(a[2])", "σ′(a[2])", h.z2 * (1 - h.z2), h.dz2, 6, 2);
        assertBackward(l, 11, "a[2]", "W[2]₂", a2, "z[1]₂", h.z12, h.d2, 8, 2);
        assertBackward(l, 12, "a[2]", "W[2]₁", a2, "z[1]₁", h.z11, h.d2, 8, 2);
        assertBackward(l, 13, "a[2]", "b[2]", a2, "", 1, h.d2, 9, 2);
        assertBackward(l, 14, "a[2]", "z[1]₂", a2, "W[2]₂", h.w2[1], h.d2, 10, 2);
        assertBackward(l, 15, "a[2]", "z[1]₁", a2, "W[2]₁", h.w2[0], h.d2, 10, 2);
        assertBackward(l, 16, "z[1]₂", "a[1]₂", "σ(a[1]₂)", "σ′(a[1]₂)", h.z12 * (1 - h.z12), h.dz12, 10, 1);
        assertBackward(l, 17, "z[1]₁", "a[1]₁", "σ(a[1]₁)", "σ′(a[1]₁)", h.z11 * (1 - h.z11), h.dz11, 10, 1);
        assertBackward(l, 18, "a[1]₂", "W[1]₂₂", a12, "x₂", 0.5, h.d12, 8, 1);
        assertBackward(l, 19, "a[1]₂", "W[1]₂₁", a12, "x₁", 1, h.d12, 8, 1);
        assertBackward(l, 20, "a[1]₁", "W[1]₁₂", a11, "x₂", 0.5, h.d11, 8, 1);
        assertBackward(l, 21, "a[1]₁", "W[1]₁₁", a11, "x₁", 1, h.d11, 8, 1);
        assertBackward(l, 22, "a[1]₂", "b[1]₂", a12, "", 1, h.d12, 9, 1);
        assertBackward(l, 23, "a[1]₁", "b[1]₁", a11, "", 1, h.d11, 9, 1);
        assertEquals("· backward pass finished", l.phase());
        assertFalse(l.hasNext());
    }

    @Test
    void theNetworksCheckFillsInAsEachParametersGradientIsComplete() {
        Hand h = new Hand();
        BackpropLesson l = network();
        String[] symbols = {"∂ℓ/∂b[1]₁", "∂ℓ/∂b[1]₂", "∂ℓ/∂W[1]₁₁", "∂ℓ/∂W[1]₁₂", "∂ℓ/∂W[1]₂₁", "∂ℓ/∂W[1]₂₂", "∂ℓ/∂b[2]",
            "∂ℓ/∂W[2]₁", "∂ℓ/∂W[2]₂"};
        double[] gradients = {h.d11, h.d12, h.d11, 0.5 * h.d11, h.d12, 0.5 * h.d12, h.d2, h.z11 * h.d2, h.z12 * h.d2};
        int[] completeAt = {23, 22, 21, 20, 19, 18, 13, 12, 11};
        for (int step = 0; step <= 23; step++) {
            l.goTo(step);
            List<CheckRow> rows = l.checkRows();
            assertEquals(symbols.length, rows.size());
            for (int k = 0; k < symbols.length; k++) {
                CheckRow r = rows.get(k);
                boolean known = step >= completeAt[k];
                assertEquals(symbols[k], r.symbol());
                assertEquals(n(gradients[k]), r.numeric(), symbols[k]);
                assertEquals(known ? n(gradients[k]) : "… (backward pass)", r.backprop(), symbols[k] + " at step " + step);
                assertEquals(known ? "✓ yes" : "…", r.mark(), symbols[k] + " at step " + step);
                assertEquals(known ? Verdict.YES : Verdict.OPEN, r.verdict(), symbols[k] + " at step " + step);
            }
            assertEquals("", l.checkWhy().text());
        }
    }

    // ---- issue 29: the notation ----

    /** Every text the page shows at the current step. */
    private static List<String> everything(BackpropLesson l) {
        List<String> all = new ArrayList<>(List.of(l.progress(), l.phase(), l.caption(), l.now().kind()));
        l.now().terms().forEach(t -> all.add(t.what() + " " + t.text()));
        l.now().lines().forEach(line -> all.add(line.text()));
        BackpropLesson.Rule rule = l.chainRule();
        all.add(rule.general());
        all.add(rule.note());
        all.add(written(rule));
        l.algorithm().forEach(a -> all.add(a.text()));
        l.details().forEach(d -> all.add(d.term() + " " + d.value()));
        l.checkRows().forEach(r -> all.add(r.symbol()));
        all.add(l.checkWhy().text());
        all.add(l.canvasLabel());
        l.nodeChoices().forEach(c -> all.add(c.label()));
        return all;
    }

    private static String written(BackpropLesson.Rule rule) {
        StringBuilder s = new StringBuilder();
        rule.node().forEach(p -> s.append(p.text()));
        return s.toString();
    }

    @Test
    void theNetworkWritesTheLossOfOneExampleAsEllAndLOnlyForTheNumberOfLayers() {
        BackpropLesson l = network();
        assertEquals(List.of("z[0] = x", "for l = 1 … L:", "a[l] = W[l] z[l−1] + b[l]", "z[l] = σ[l](a[l])", "ℓ = ℓ(y, z[L])",
                "δ[L] = ∂ℓ/∂z[L] ⊙ σ[L]′(a[L])", "for l = L … 1:", "∂ℓ/∂W[l] = δ[l] (z[l−1])ᵀ", "∂ℓ/∂b[l] = δ[l]",
                "δ[l−1] = (W[l])ᵀ δ[l] ⊙ σ[l−1]′(a[l−1])"), l.algorithm().stream().map(AlgorithmLine::text).toList());
        for (int id = -1; id < l.trace().graph().size(); id++) {
            l.select(id);
            for (int step = 0; step <= l.size(); step++) {
                l.goTo(step);
                for (String text : everything(l)) {
                    // L only as the last layer's index or the loop's bound, never the loss
                    assertFalse(text.contains("∂L") || text.contains("L =") || text.contains("loss L"), "step " + step + ": " + text);
                }
            }
        }
        // the expression view keeps the output's own name, here the student's L
        l.showExpression();
        l.example("neuron");
        l.goTo(l.trace().forwardSteps() + 1);
        assertEquals(Line.formula("∂L/∂L = 1"), l.now().lines().get(0));
    }

    @Test
    void onceTheBackwardPassIsDoneEveryNodeShowsItsDerivative() {
        Hand h = new Hand();
        for (BackpropLesson l : List.of(worked(), network())) {
            l.endOfBackward();
            for (Choice c : l.nodeChoices()) {
                l.select(Integer.parseInt(c.value()));
                for (Detail d : l.details()) {
                    assertFalse(d.value().contains("not yet"), c.label() + ": " + d);
                }
            }
        }
        BackpropLesson l = network();
        l.select(0);
        l.goTo(22);
        assertTrue(l.details().contains(new Detail("∂ℓ/∂x₁", "not yet known")), "the sum waits for the pass: " + l.details());
        l.endOfBackward();
        double via1 = h.w1[0] * h.d11;
        double via2 = h.w1[2] * h.d12;
        assertEquals(List.of(new Detail("Node", "x₁ — input"), new Detail("Value", "1"), new Detail("Operands", "none"),
                new Detail("Used by", "a[1]₁, a[1]₂"),
                new Detail("∂ℓ/∂x₁", "∂ℓ/∂x₁ = " + n(via1) + " + " + atom(via2) + " = " + n(via1 + via2)),
                new Detail("via a[1]₁", "∂a[1]₁/∂x₁ · ∂ℓ/∂a[1]₁ = " + n(h.w1[0]) + " · " + atom(h.d11) + " = " + n(via1)
                        + "   (local: ∂a[1]₁/∂x₁ = W[1]₁₁)"),
                new Detail("via a[1]₂", "∂a[1]₂/∂x₁ · ∂ℓ/∂a[1]₂ = " + n(h.w1[2]) + " · " + atom(h.d12) + " = " + n(via2)
                        + "   (local: ∂a[1]₂/∂x₁ = W[1]₂₁)"),
                new Detail("Note", "x₁ is the example's data, not a parameter: the backward pass does not need its gradient, "
                        + "so it is added up here from its children's.")), l.details());
    }

    @Test
    void weightsAndBiasesAreNamedParametersNotInputs() {
        BackpropLesson l = network();
        List<String> picks = l.nodeChoices().stream().map(Choice::label).toList();
        assertEquals(List.of("—", "x₁ (input)", "x₂ (input)", "b[1]₁ (bias, a parameter)", "b[1]₂ (bias, a parameter)",
                "W[1]₁₁ (weight, a parameter)", "W[1]₁₂ (weight, a parameter)", "W[1]₂₁ (weight, a parameter)",
                "W[1]₂₂ (weight, a parameter)", "a[1]₁ = W[1]₁₁·x₁ + W[1]₁₂·x₂ + b[1]₁", "a[1]₂ = W[1]₂₁·x₁ + W[1]₂₂·x₂ + b[1]₂",
                "z[1]₁ = σ(a[1]₁)", "z[1]₂ = σ(a[1]₂)", "b[2] (bias, a parameter)", "W[2]₁ (weight, a parameter)",
                "W[2]₂ (weight, a parameter)", "a[2] = W[2]₁·z[1]₁ + W[2]₂·z[1]₂ + b[2]", "z[2] = σ(a[2])", "ℓ = −log(z[2])"), picks);
        l.select(4);
        assertEquals(new Detail("Node", "W[1]₁₁ — weight, a parameter"), l.details().get(0));
        l.select(12);
        assertEquals(new Detail("Node", "b[2] — bias, a parameter"), l.details().get(0));
    }

    @Test
    void theChainRuleWritesEachLocalDerivativeApartFromTheGradientItMultiplies() {
        BackpropLesson l = worked();
        l.goTo(6);
        assertEquals("∂z/∂w = ∂(10 · w)/∂w · ∂z/∂z", written(l.chainRule()));
        l.goTo(9);
        assertEquals("∂z/∂u = ∂(u²)/∂u · ∂z/∂v + ∂(u · v)/∂u · ∂z/∂w", written(l.chainRule()));
        for (BackpropLesson view : List.of(worked(), network())) {
            for (int step = view.trace().forwardSteps() + 2; step <= view.size(); step++) {
                view.goTo(step);
                String rule = written(view.chainRule());
                String total = rule.substring(0, rule.indexOf(" = "));
                assertFalse(rule.substring(rule.indexOf(" = ")).contains(total), "the same symbol on both sides: " + rule);
            }
        }
    }
}
