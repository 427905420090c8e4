package backproplab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import org.junit.jupiter.api.Test;

class JsNumberTest {
    @Test
    void parsesWhatJavaScriptsUnaryPlusAccepts() {
        // expected values are those of +"…" in any JavaScript console (ECMA-262 StringToNumber)
        assertEquals(0.03, JsNumber.parse("0.03"));
        assertEquals(0.0, JsNumber.parse(""));
        assertEquals(0.0, JsNumber.parse("  \t\n"));
        assertEquals(5.0, JsNumber.parse(" 5 "));
        assertEquals(0.5, JsNumber.parse(".5"));
        assertEquals(5.0, JsNumber.parse("5."));
        assertEquals(5.0, JsNumber.parse("+5"));
        assertEquals(-1e-5, JsNumber.parse("-1E-5"));
        assertEquals(16.0, JsNumber.parse("0x10"));
        assertEquals(7.0, JsNumber.parse("0o7"));
        assertEquals(3.0, JsNumber.parse("0b11"));
        assertEquals(1e308, JsNumber.parse("1e308"));
        assertEquals(Double.POSITIVE_INFINITY, JsNumber.parse("1e400"));
        assertEquals(Double.NEGATIVE_INFINITY, JsNumber.parse("-Infinity"));
        assertEquals(4.0, JsNumber.parse("\u00A04\uFEFF"));
        for (String nan : new String[] {"abc", "NaN", "1d", "1f", "0x", "0xG", "-0x10", "1e", "1e+", ".", "+", "1,5", "1_000",
                "infinity", "0x1p3", "٣", "1 2", "--1", "5e3.2"}) {
            assertTrue(Double.isNaN(JsNumber.parse(nan)), nan);
        }
    }

    @Test
    void writesNumbersTheWayJavaScriptPrintsThem() {
        // expected texts are String(x) in JavaScript
        assertEquals("0.03", JsNumber.format(0.03));
        assertEquals("0.00001", JsNumber.format(0.00001));
        assertEquals("0.000001", JsNumber.format(1e-6));
        assertEquals("1e-7", JsNumber.format(1e-7));
        assertEquals("10", JsNumber.format(10));
        assertEquals("250", JsNumber.format(250));
        assertEquals("-2.5", JsNumber.format(-2.5));
        assertEquals("123456789012345680000", JsNumber.format(1.2345678901234568e20));
        assertEquals("1e+21", JsNumber.format(1e21));
        assertEquals("1.7976931348623157e+308", JsNumber.format(Double.MAX_VALUE));
        assertEquals("5e-324", JsNumber.format(Double.MIN_VALUE));
        assertEquals("0", JsNumber.format(-0.0));
        assertEquals("NaN", JsNumber.format(Double.NaN));
    }

    @Test
    void everyFiniteDoubleSurvivesFormatThenParse() {
        Rng rng = new Rng(7);
        for (int i = 0; i < 100_000; i++) {
            double x = Double.longBitsToDouble(((long) rng.nextInt() << 32) | (rng.nextInt() & 0xFFFFFFFFL));
            if (Double.isNaN(x)) {
                continue;
            }
            double back = JsNumber.parse(JsNumber.format(x));
            assertEquals(x == 0 ? 0.0 : x, back, JsNumber.format(x));
        }
    }
}
