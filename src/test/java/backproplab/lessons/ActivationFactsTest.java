package backproplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.nn.Activation;
import org.junit.jupiter.api.Test;

class ActivationFactsTest {

    @Test
    void everyFormulaDefinesItsFunctionAndItsDerivativeByName() {
        for (Activation a : Activation.all()) {
            String name = ActivationFacts.name(a);
            assertTrue(ActivationFacts.formula(a).startsWith(name + "(x) = "), ActivationFacts.formula(a));
            assertTrue(ActivationFacts.derivativeFormula(a).startsWith(name + "′(x) = "),
                    ActivationFacts.derivativeFormula(a));
            assertTrue(ActivationFacts.note(a).length() > 40, a.id());
        }
    }

    @Test
    void theSlidesFormulasAreShownAsOnTheSlides() {
        assertEquals("σ(x) = 1/(1 + e^(−x))", ActivationFacts.formula(Activation.SIGMOID));
        assertEquals("ReLU(x) = max(0, x)", ActivationFacts.formula(Activation.RELU));
        assertEquals("LeakyReLU(x) = max(0.1x, x)", ActivationFacts.formula(Activation.LEAKY_RELU));
        assertEquals("LeakyReLU(x) = max(0.25x, x)", ActivationFacts.formula(Activation.leakyRelu(0.25)));
        assertEquals("SiLU(x) = x·σ(x)", ActivationFacts.formula(Activation.SILU));
        assertEquals("step(x) = 1 if x > 0 else 0", ActivationFacts.formula(Activation.STEP));
        assertEquals("linear(x) = x", ActivationFacts.formula(Activation.LINEAR));
    }

    @Test
    void theTanhIdentityShownHoldsForTheEnginesFunctions() {
        assertEquals("tanh(x) = 2σ(2x) − 1", ActivationFacts.identity(Activation.TANH));
        for (double x = -6; x <= 6; x += 0.25) {
            assertEquals(Activation.TANH.value(x), 2 * Activation.sigmoid(2 * x) - 1, 1e-15, "x = " + x);
        }
        assertNull(ActivationFacts.identity(Activation.RELU));
    }

    @Test
    void theDerivativeFormulasAgreeWithTheEngineAndWithFiniteDifferences() {
        double h = 1e-6;
        for (double x : new double[] {-2.5, -0.7, 0.3, 1.9}) {
            double s = Activation.sigmoid(x);
            assertEquals(s * (1 - s), Activation.SIGMOID.derivative(x), 1e-15);
            double t = Activation.TANH.value(x);
            assertEquals(1 - t * t, Activation.TANH.derivative(x), 1e-15);
            assertEquals(s + x * s * (1 - s), Activation.SILU.derivative(x), 1e-15);
            assertEquals(Activation.Phi(x) + x * Activation.phi(x), Activation.GELU.derivative(x), 1e-15);
            for (Activation a : Activation.all()) {
                double numeric = (a.value(x + h) - a.value(x - h)) / (2 * h);
                assertEquals(numeric, a.derivative(x), 1e-6, a.id() + " at " + x);
            }
        }
    }
}
