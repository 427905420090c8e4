package backproplab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a student types into a number box: a number, or a reason in words, never a silent guess. */
class TypedNumberTest {
    @Test
    void numbersAreReadAsJavaScriptReadsThem() {
        assertEquals(-0.5, TypedNumber.read(" -0.5 ").value());
        assertEquals(1e-3, TypedNumber.read("1e-3").value());
        assertEquals(1e308, TypedNumber.read("1e308").value());
        assertTrue(TypedNumber.read("5").ok());
    }

    @Test
    void whatIsNotAFiniteNumberGetsAReasonInsteadOfAValue() {
        assertEquals("“abc” is not a number", TypedNumber.read("abc").problem());
        assertEquals("1e400 is too large for a number (the largest is about 1.8e308)", TypedNumber.read("1e400").problem());
        assertEquals("use a point for decimals: 1.5, not 1,5", TypedNumber.read("1,5").problem());
        assertEquals("“1,000,000” is not a number", TypedNumber.read("1,000,000").problem());
        assertEquals("no number given", TypedNumber.read("  ").problem());
        assertEquals("“1e” is not a number", TypedNumber.read("1e").problem());
        assertFalse(TypedNumber.read("NaN").ok());
        assertFalse(TypedNumber.read("-Infinity").ok());
    }
}
