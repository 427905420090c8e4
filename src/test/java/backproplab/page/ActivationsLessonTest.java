package backproplab.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.lessons.ActivationSettings;
import backproplab.nn.Activation;
import org.junit.jupiter.api.Test;

/** The formulas and the readout of activations.html, from its model, against values worked out apart. */
class ActivationsLessonTest {
    private static ActivationsLesson lesson(String hash) {
        ActivationSettings.Parsed parsed = ActivationSettings.parse(hash);
        assertEquals(java.util.List.of(), parsed.notices());
        return new ActivationsLesson(parsed.settings(), -4, 4);
    }

    private static double parse(String shown) {
        return Double.parseDouble(shown.replace('−', '-'));
    }

    /** σ(1) = 1/(1 + e⁻¹) ≈ 0.7311 and σ′(1) = σ(1)(1 − σ(1)) ≈ 0.1966, at the readout's first place. */
    @Test
    void theSigmoidOpensWithItsFormulaAndTheReadoutAtOne() {
        ActivationsLesson l = lesson("");
        assertEquals("σ(a) = 1/(1 + e^(−a))", l.formula());
        assertEquals("σ′(a) = σ(a)·(1 − σ(a))", l.derivativeFormula());
        assertNull(l.identity());
        assertFalse(l.derivativeShown());
        assertFalse(l.slopeActive());
        assertTrue(l.note().startsWith("Squashes any a into (0, 1)"), l.note());
        assertEquals("σ", l.name());
        assertEquals("1.00", l.readoutXText());
        assertEquals("σ(a)", l.readoutName());
        assertEquals("0.7311", l.readoutValue());
        assertEquals("σ′(a)", l.readoutDerivativeName());
        assertEquals("0.1966", l.readoutDerivative());
        assertTrue(l.chosen(Activation.Kind.SIGMOID));
        assertFalse(l.chosen(Activation.Kind.TANH));
        assertEquals(8, ActivationsLesson.choices().size());
        assertEquals(new Choice("tanh", "tanh"), ActivationsLesson.choices().get(0), "in the engine's order");
        assertEquals(new Choice("sigmoid", "sigmoid"), ActivationsLesson.choices().get(1));
    }

    @Test
    void tanhShowsItsIdentityWithTheSigmoid() {
        ActivationsLesson l = lesson("fn=tanh");
        assertEquals("Identity: tanh(a) = 2σ(2a) − 1", l.identity());
        // and the readout bears it out: tanh(1) = 2σ(2) − 1 ≈ 0.7616
        assertEquals(2 / (1 + Math.exp(-2)) - 1, parse(l.readoutValue()), 5e-5);
        assertEquals("0.7616", l.readoutValue());
        assertEquals("tanh′(a)", l.readoutDerivativeName());
    }

    /** The arrow keys step the readout by 0.1 (1 with Shift), in hundredths, and never off the plot. */
    @Test
    void theKeysMoveTheReadoutWithinThePlot() {
        ActivationsLesson l = lesson("fn=leakyrelu&slope=0.25");
        assertEquals("LeakyReLU(a) = max(0.25a, a)", l.formula());
        assertEquals("0.25", l.slopeText());
        assertTrue(l.slopeActive());
        for (int i = 0; i < 30; i++) {
            assertTrue(l.key("ArrowLeft", false));
        }
        assertEquals("−2.00", l.readoutXText(), "1 − 30·0.1, without the drift of adding 0.1 thirty times");
        assertEquals("−0.5000", l.readoutValue(), "0.25·(−2)");
        assertFalse(l.key("ArrowUp", false));
        assertFalse(l.key("a", true));
        assertEquals("−2.00", l.readoutXText());
        for (int i = 0; i < 10; i++) {
            l.key("ArrowRight", true);
        }
        assertEquals("4.00", l.readoutXText(), "Shift steps by 1, stopping at the plot's edge");
        l.moveReadout(-3.14159);
        assertEquals("−3.14", l.readoutXText());
        assertEquals(-3.14, l.readoutX());
        l.moveReadout(-1e9);
        assertEquals("−4.00", l.readoutXText());
    }

    /** GELU's readout: the derivative shown is the slope of the value shown (central differences). */
    @Test
    void theDerivativeReadoutIsTheSlopeOfTheValue() {
        ActivationsLesson l = lesson("fn=gelu&derivative=true");
        assertTrue(l.derivativeShown());
        assertEquals("GELU′(a) = Φ(a) + a·φ(a), φ the standard normal density", l.derivativeFormula());
        assertEquals("GELU(a) = a·Φ(a), Φ the standard normal CDF", l.formula());
        for (double x : new double[] {-2.5, -0.75, 0, 0.4, 3}) {
            l.moveReadout(x);
            double h = 1e-5;
            double slope = (Activation.GELU.value(x + h) - Activation.GELU.value(x - h)) / (2 * h);
            assertEquals(slope, parse(l.readoutDerivative()), 6e-5, "x = " + x);
            assertEquals(Activation.GELU.value(x), parse(l.readoutValue()), 5e-5, "x = " + x);
        }
        l.apply(l.settings().withKind(Activation.Kind.RELU));
        l.moveReadout(-0.5);
        assertEquals("0.0000", l.readoutValue());
        assertEquals("0.0000", l.readoutDerivative());
        assertEquals("ReLU(a) = max(0, a)", l.formula());
    }

    @Test
    void theThumbnailsUseThePagesLeakyReluSlope() {
        ActivationsLesson l = lesson("fn=sigmoid&slope=0.3");
        assertEquals(0.3, l.activation(Activation.Kind.LEAKY_RELU).slope());
        assertEquals(-0.3, l.activation(Activation.Kind.LEAKY_RELU).value(-1), 1e-15);
        assertEquals(Activation.Kind.SIGMOID, l.activation().kind());
    }

    /**
     * The page's introduction writes z = σ(a) (docs/notation.md): every formula, note and readout
     * is a function of the pre-activation a, never of an x, which the lecture keeps for the inputs.
     */
    @Test
    void everyActivationIsWrittenAsAFunctionOfThePreActivationA() {
        for (Choice c : ActivationsLesson.choices()) {
            ActivationsLesson l = lesson("fn=" + c.value());
            String[] texts = {l.formula(), l.derivativeFormula(), l.identity() == null ? "" : l.identity(), l.note(),
                l.readoutName(), l.readoutDerivativeName()};
            for (String t : texts) {
                assertFalse(java.util.regex.Pattern.compile("\\bx\\b").matcher(t).find(), c.value() + ": " + t);
            }
            assertTrue(l.formula().startsWith(l.name() + "(a) = "), l.formula());
            assertEquals(l.name() + "(a)", l.readoutName());
        }
    }
}
