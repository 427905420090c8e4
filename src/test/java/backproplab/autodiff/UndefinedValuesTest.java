package backproplab.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Inputs outside a function's domain: the trace says in words what is wrong at the node
 * concerned, and the numerical check calls the derivative undefined there instead of
 * saying backprop is wrong ("✗" is kept for two finite gradients that disagree).
 */
class UndefinedValuesTest {
    private static Trace trace(String program) {
        return Trace.of(Program.compile(program));
    }

    /** The check says "not comparable" for every input, each with {@code why} in its reason. */
    private static void undefinedEverywhere(Trace t, String why) {
        List<GradientCheck.Entry> check = GradientCheck.of(t);
        assertFalse(check.isEmpty());
        for (GradientCheck.Entry e : check) {
            assertFalse(e.comparable(), e.text());
            assertFalse(e.agrees(), e.text());
            assertTrue(e.note().contains(why), e.note());
            assertEquals("—", e.errorText());
        }
    }

    @Test
    void logOfANegativeNumberIsExplainedAtItsNodeAndHasNoDerivative() {
        Trace t = trace("z = log(a); a = -1");
        Node z = t.graph().find("z");
        assertTrue(Double.isNaN(t.value(z.id())));
        assertEquals("z = log(a): log needs a positive argument: a = -1", t.problem(z.id()));
        assertNull(t.problem(t.graph().find("a").id()), "the input itself is a number");
        assertFalse(t.valuesFinite());
        undefinedEverywhere(t, "log needs a positive argument: a = -1");
    }

    @Test
    void divisionByZeroIsNotABackpropError() {
        Trace t = trace("z = a / b; a = 1; b = 0");
        assertEquals("z = a / b: division by b = 0", t.problem());
        undefinedEverywhere(t, "division by b = 0");
        assertEquals("t1 = 1 / b: division by b = 0", trace("z = 1 / b + a; a = 1; b = 0").problem());
    }

    @Test
    void sqrtAtZeroHasAValueButNoFiniteSlope() {
        Trace t = trace("z = sqrt(a); a = 0");
        assertTrue(t.valuesFinite(), "sqrt(0) = 0");
        String why = t.problem(t.graph().find("z").id());
        assertTrue(why.startsWith("z = sqrt(a): the local derivative ∂z/∂a = 1 / (2 · sqrt(a)) is ∞ at a = 0"), why);
        undefinedEverywhere(t, "no finite slope");
    }

    @Test
    void aNegativeNumberToAFractionalPowerAndAnOverflowAreNamed() {
        undefinedEverywhere(trace("z = a^0.5; a = -4"),
                "a negative number to a fractional power is not a real number: a = -4, power 0.5");
        undefinedEverywhere(trace("z = exp(a); a = 1000"), "exp(1000) overflows");
        undefinedEverywhere(trace("z = a^-1; a = 0"), "0 to a negative power is a division by 0: a = 0");
    }

    @Test
    void onlyTheFirstNodeThatIsNotANumberIsBlamed() {
        Trace t = trace("z = 2 * t; t = log(a); a = -1");
        assertEquals("t = log(a): log needs a positive argument: a = -1", t.problem());
        assertNull(t.problem(t.graph().find("z").id()), "z inherits the NaN; its cause is t");
    }

    @Test
    void fixingTheInputBringsTheCheckBack() {
        Trace t = trace("z = log(a); a = -1").withInputs(Map.of("a", 2.0));
        assertNull(t.problem());
        assertTrue(GradientCheck.of(t).get(0).agrees(), GradientCheck.of(t).get(0).text());
    }

    @Test
    void aCentralDifferenceThatStepsOutOfTheDomainIsNotComparable() {
        // log(a) at a = 10⁻⁶ is defined, its derivative 10⁶ too, but a − h < 0
        Trace t = trace("z = log(a); a = 0.000001");
        assertNull(t.problem());
        GradientCheck.Entry e = GradientCheck.of(t).get(0);
        assertFalse(e.comparable(), e.text());
        assertTrue(e.note().contains("central difference needs the function at a ± h"), e.note());
    }

    @Test
    void numbersTooLargeOrUndefinedInTheTextAreErrorsWhereTheyStand() {
        ExpressionError big = assertThrows(ExpressionError.class, () -> Program.compile("z = 2 * a; a = 1e400"));
        assertEquals("1e400 is too large for a number (the largest is about 1.8e308) at column 16", big.getMessage());
        ExpressionError log = assertThrows(ExpressionError.class, () -> Program.compile("z = a + log(-1); a = 1"));
        assertEquals("log needs a positive argument: -1 at column 9", log.getMessage());
        ExpressionError over = assertThrows(ExpressionError.class, () -> Program.compile("z = a; a = 1e300 * 1e300"));
        assertTrue(over.getMessage().startsWith("1e300 · 1e300 overflows"), over.getMessage());
    }
}
