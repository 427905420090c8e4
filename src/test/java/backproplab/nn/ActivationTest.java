package backproplab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.Rng;
import org.junit.jupiter.api.Test;

/** The deterministic tanh and sigmoid (built on DetMath) are as accurate as the JDK's. */
class ActivationTest {
    @Test
    void tanhAndSigmoidAgreeWithStrictMathAcrossTheirRangeAndNearZero() {
        Rng rng = new Rng(5);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double a = i % 2 == 0 ? rng.uniform(-25, 25) : rng.uniform(-1, 1) * Math.pow(10, -rng.nextInt(15));
            double tanh = StrictMath.tanh(a);
            worst = Math.max(worst, Math.abs(Activation.tanh(a) - tanh) / Math.abs(tanh));
            double sigmoid = 1 / (1 + StrictMath.exp(-a));
            worst = Math.max(worst, Math.abs(Activation.sigmoid(a) - sigmoid) / sigmoid);
        }
        System.out.println("tanh/sigmoid worst relative error: " + worst);
        assertTrue(worst < 3e-14, "worst " + worst); // small a keep their relative accuracy (expm1), not only the absolute
        assertEquals(0.0, Activation.tanh(0));
        assertEquals(1.0, Activation.tanh(20.5));
        assertEquals(-1.0, Activation.tanh(-20.5));
    }
}
