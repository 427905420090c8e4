package backproplab.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramTest {
    /** The output's value; inputs a = 2, b = 3, c = 4 appended. */
    private static double eval(String formula) {
        Graph g = Program.compile(formula + "; a = 2; b = 3; c = 4");
        return g.values()[g.output().id()];
    }

    private static ExpressionError error(String text) {
        return assertThrows(ExpressionError.class, () -> Program.compile(text));
    }

    @Test
    void multiplicationBindsTighterThanAdditionAndParenthesesOverrideIt() {
        assertEquals(14, eval("z = a + b * c"));
        assertEquals(20, eval("z = (a + b) * c"));
        assertEquals(11, eval("z = a * b + a / a * (c + 1)"));
    }

    @Test
    void subtractionAndDivisionAssociateToTheLeft() {
        assertEquals(-5, eval("z = a - b - c"));
        assertEquals(2.0 / 3 / 4, eval("z = a / b / c"), 1e-15);
    }

    @Test
    void powerAssociatesToTheRight() {
        assertEquals(512, eval("z = a^b^a"));   // 2^(3^2), not (2^3)^2 = 64
        assertEquals(512, eval("z = a**b**a"));
        assertEquals(24, eval("z = b * a^b"));  // ^ before ·
    }

    @Test
    void unaryMinusBindsLooserThanPowerButTighterThanProducts() {
        assertEquals(-4, eval("z = -a^2"));       // −(2²)
        assertEquals(0.5, eval("z = a^-1"));      // a sign may start an exponent
        assertEquals(-6, eval("z = -a * b"));
        assertEquals(5, eval("z = b - -a"));
        assertEquals(2, eval("z = --a"));
        assertEquals(-1, eval("z = a - b"));
        assertEquals(4, eval("z = (-a)^2"));
    }

    @Test
    void namesMayBeLatinGreekOrCyrillicWithDigitsAfterTheFirstLetter() {
        Graph g = Program.compile("ℓ = (ŷ - y)^2 * α_1 + Φ + ж2; ŷ = 3; y = 1; α_1 = 0.5; Φ = 1; ж2 = 10");
        assertEquals(13, g.values()[g.output().id()]);
        assertEquals("expected an operator at column 6", error("z = 2ŷ; ŷ = 1").getMessage());
        assertEquals("unexpected character '字' at column 5", error("z = 字; 字 = 1").getMessage());
        assertEquals("unexpected character '₁' at column 6", error("z = w₁; w = 1").getMessage());
    }

    @Test
    void unicodeOperatorsAreTheAsciiOnes() {
        assertEquals(eval("z = a * b / c - a * b"), eval("z = a × b ÷ c − a · b"));
        assertEquals(eval("z = a * b"), eval("z = a ⋅ b"));
    }

    @Test
    void functionsAndConstantsComputeWhatTheirNamesSay() {
        assertEquals(Math.exp(2) + Math.log(3) + Math.sqrt(4), eval("z = exp(a) + log(b) + sqrt(c)"), 1e-12);
        assertEquals(Math.sin(2) * Math.cos(3), eval("z = sin(a) * cos(b)"), 1e-15);
        assertEquals(Math.tanh(0.5) + 1 / (1 + Math.exp(-3)), eval("z = tanh(a/c) + sigmoid(b)"), 1e-12);
        assertEquals(0 + 2 + 3 + 2 + 3, eval("z = relu(-a) + relu(a) + max(a, b) + min(a, b) + abs(-b)"));
        assertEquals(Math.PI * 2 + Math.E, eval("z = pi * a + e"), 1e-12);
        assertEquals(Math.PI * 2, eval("z = π * a"), 1e-12);
        assertEquals(Math.log(2) + 1 / (1 + Math.exp(-2)), eval("z = ln(a) + σ(a)"), 1e-12);
        assertEquals(2e-3 * 2, eval("z = 2e-3 * a"), 1e-15);
        assertEquals(0.5 * 2, eval("z = .5 * a"));
    }

    @Test
    void theWorkedExampleMayBeWrittenInAnyOrder() {
        for (String text : new String[] {"z = 10*w; w = u*v; v = u^2; u = 5", "v = u^2; w = u*v; z = 10*w; u = 5",
                "u = 5\nv = u^2\nw = u*v\nz = 10*w\n", Program.WORKED_EXAMPLE}) {
            Graph g = Program.compile(text);
            assertEquals("z", g.output().label());
            assertEquals(1, g.inputs().size());
            assertEquals("u", g.inputs().get(0).label());
            assertEquals(1250, g.values()[g.output().id()], text);
        }
    }

    @Test
    void namedIntermediatesBecomeNamedNodesAndOthersGetGeneratedLabels() {
        Graph g = Program.compile("z = (a + b) * (b + 1); a = 2; b = 1");
        assertEquals("t1", g.node(g.output().parent(0)).label());
        assertEquals("t2", g.node(g.output().parent(1)).label());
        assertNull(g.node(g.output().parent(0)).name());
        assertEquals("z", g.output().name());
        Graph named = Program.compile("s = a + b; z = s * (b + 1); a = 2; b = 1");
        assertEquals("s", named.node(named.output().parent(0)).label());
    }

    @Test
    void aNewlineInsideParenthesesOrAfterAnOperatorContinuesTheStatement() {
        Graph g = Program.compile("z = (a +\n b) *\n 2  # a comment\na = 1\nb = 2");
        assertEquals(6, g.values()[g.output().id()]);
    }

    @Test
    void aBareExpressionIsTheOutputWithItsInputsGivenSeparately() {
        Map<String, Double> inputs = new HashMap<>();
        inputs.put("a", 2.0);
        inputs.put("b", 1.0);
        inputs.put("unused", 7.0);
        Graph g = Program.compile("(a + b) * (b + 1)", inputs);
        assertEquals("z", g.output().label());
        assertEquals(6, g.values()[g.output().id()]);
        assertEquals(2, g.inputs().size()); // inputs nothing uses are dropped
        Graph f = Program.compile("z * 2; z = 3");
        assertEquals("f", f.output().label());
    }

    @Test
    void givenInputValuesOverrideTheText() {
        Map<String, Double> inputs = new HashMap<>();
        inputs.put("u", 3.0);
        Graph g = Program.compile(Program.WORKED_EXAMPLE, inputs);
        assertEquals(270, g.values()[g.output().id()]); // 10 · 3³
    }

    @Test
    void structurallyIdenticalSubexpressionsAreOneNodeWithSeveralChildren() {
        Graph g = Program.compile(Program.LOG_LOSS_EXAMPLE);
        int sigmoids = 0;
        for (Node n : g.nodes()) {
            if (n.op() == Op.SIGMOID) {
                sigmoids++;
                assertEquals(2, g.children(n.id()).size()); // log(σ) and 1 − σ
            }
        }
        assertEquals(1, sigmoids);
        int products = 0;
        for (Node n : g.nodes()) {
            products += n.op() == Op.MUL && g.node(n.parent(0)).label().equals("w") ? 1 : 0;
        }
        assertEquals(1, products); // w*x once
        // x*x: one node x with two edges into the same child
        Graph sq = Program.compile("z = x*x; x = 3");
        assertEquals(2, sq.children(sq.find("x").id()).size());
    }

    @Test
    void numbersOnlySubexpressionsAreFoldedIntoConstants() {
        Graph g = Program.compile("z = x * (2 + 3) - x / -4; x = 1");
        assertEquals(5.25, g.values()[g.output().id()]);
        assertNotNull(g.find("5"));
        assertNotNull(g.find("-4"));
    }

    @Test
    void syntaxErrorsNameWhatWasExpectedAndWhere() {
        //         123456789012345
        assertEquals("expected ')' at column 15", error("z = (a + b * 2; a = 1; b = 2").getMessage());
        assertEquals("expected ')' at column 14", error("z = max(a, b c); a = 1; b = 2").getMessage());
        assertEquals("expected ',' at column 10", error("z = max(a); a = 1").getMessage());
        assertEquals("expected an expression at column 8", error("z = a +").getMessage());
        assertEquals("expected an expression at column 9", error("z = a + * b").getMessage());
        assertEquals("expected an operator at column 6", error("z = 2u; u = 1").getMessage());
        assertEquals("unmatched ')' at column 10", error("z = (u+1)); u = 1").getMessage());
        assertEquals("unexpected character '$' at column 7", error("z = u $ 2; u = 1").getMessage());
        assertEquals("expected '(' after 'exp' at column 9", error("z = exp + 1").getMessage());
        ExpressionError e = error("u = 5\nz = u * (2 +\n\n)");
        assertEquals("expected an expression at line 4, column 1", e.getMessage());
        assertEquals(4, e.line());
        assertEquals(1, e.column());
        assertEquals("expected an expression", e.reason());
    }

    @Test
    void mistakesInNamesAreErrorsAtTheName() {
        assertEquals("unknown name 'q' at column 9", error("z = u * q; u = 1").getMessage());
        assertEquals("unknown name 'q' at line 2, column 9", error("u = 5\nz = u * q").getMessage());
        assertEquals("unknown function 'foo' at column 5", error("z = foo(u); u = 1").getMessage());
        assertEquals("'u' is defined twice at column 8", error("u = 1; u = 2; z = u").getMessage());
        assertEquals("'v' depends on itself at column 1: v → w → v", error("v = w + 1; w = 2 * v; z = v; u = 1").getMessage());
        assertEquals("'x' depends on itself at column 1: x → x", error("x = x + 1").getMessage());
        // z only uses the cycle: the error names the formula on it, where it stands
        assertEquals("'a' depends on itself at column 12: a → a", error("z = a + 1; a = 2 * a").getMessage());
        ExpressionError empty = error("u = 5");
        assertEquals("nothing to compute: write a formula such as z = u^2", empty.getMessage());
        assertTrue(!empty.placed(), "the whole program is at fault, no column");
        assertEquals("'y' is not used at column 12: only the output ('z') may be unused",
                error("z = u * 2; y = u + 1; u = 1").getMessage());
        assertEquals("'e' is a constant at column 1", error("e = 2; z = e * 2").getMessage());
        assertEquals("'exp' is a function at column 1", error("exp = 2").getMessage());
        assertEquals("the expression uses no inputs at column 1", error("2 + 3").getMessage());
    }

    @Test
    void nestingUpToTheLimitParsesAndDeeperIsACleanError() {
        int limit = Parser.MAX_DEPTH;
        assertEquals(2, eval("z = " + "(".repeat(limit) + "a" + ")".repeat(limit)));
        ExpressionError tooDeep = error("z = " + "(".repeat(limit + 1) + "a" + ")".repeat(limit + 1) + "; a = 1");
        assertEquals("nested too deeply (more than 256 levels) at column " + (4 + limit + 1), tooDeep.getMessage());
        // far beyond the limit: an error, never a StackOverflowError
        error("z = " + "(".repeat(10_000) + "a" + ")".repeat(10_000) + "; a = 1");
        error("z = " + "-".repeat(10_000) + "a; a = 1");
        error("z = " + "exp(".repeat(10_000) + "a" + ")".repeat(10_000) + "; a = 1");
        error("z = a" + "^a".repeat(10_000) + "; a = 1");
    }

    @Test
    void longFlatExpressionsNeedNoRecursion() {
        // 10,000 terms nest only one level deep but make a tree 10,000 deep
        Graph g = Program.compile("z = a" + " + 1".repeat(100) + "; a = 1");
        assertEquals(101, g.values()[g.output().id()]);
        assertEquals("too large: more than 400 nodes", error("z = a" + " + a".repeat(10_000) + "; a = 1").getMessage());
        Graph chain = Program.compile("z = 1" + " + 1".repeat(10_000) + " + a; a = 1"); // folded
        assertEquals(10_002, chain.values()[chain.output().id()]);
    }
}
