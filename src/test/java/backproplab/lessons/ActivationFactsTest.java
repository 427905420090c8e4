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
            assertTrue(ActivationFacts.formula(a).startsWith(name + "(a) = "), ActivationFacts.formula(a));
            assertTrue(ActivationFacts.derivativeFormula(a).startsWith(name + "′(a) = "),
                    ActivationFacts.derivativeFormula(a));
            assertTrue(ActivationFacts.note(a).length() > 40, a.id());
        }
    }

    @Test
    void theSlidesFormulasAreShownAsOnTheSlides() {
        assertEquals("σ(a) = 1/(1 + e^(−a))", ActivationFacts.formula(Activation.SIGMOID));
        assertEquals("ReLU(a) = max(0, a)", ActivationFacts.formula(Activation.RELU));
        assertEquals("LeakyReLU(a) = max(0.1a, a)", ActivationFacts.formula(Activation.LEAKY_RELU));
        assertEquals("LeakyReLU(a) = max(0.25a, a)", ActivationFacts.formula(Activation.leakyRelu(0.25)));
        assertEquals("SiLU(a) = a·σ(a)", ActivationFacts.formula(Activation.SILU));
        assertEquals("step(a) = 1 if a > 0 else 0", ActivationFacts.formula(Activation.STEP));
        assertEquals("linear(a) = a", ActivationFacts.formula(Activation.LINEAR));
    }

    @Test
    void theTanhIdentityShownHoldsForTheEnginesFunctions() {
        assertEquals("tanh(a) = 2σ(2a) − 1", ActivationFacts.identity(Activation.TANH));
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
