package backproplab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import org.junit.jupiter.api.Test;

/** The deterministic tanh and sigmoid (built on DetMath) are as accurate as the JDK's; the pictures' tanh as accurate as it says. */
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

    /** The pictures' tanh: within 5.9·10⁻⁶ everywhere, exact at its knots, never decreasing, and ±1 beyond ±11. */
    @Test
    void tanhForPicturesIsWithinTheStatedErrorOnTheWholeLine() {
        Rng rng = new Rng(7);
        double worst = 0;
        for (int i = 0; i < 400_000; i++) {
            double a = i % 2 == 0 ? rng.uniform(-16, 16) : rng.uniform(-1, 1) * Math.pow(10, -rng.nextInt(15));
            worst = Math.max(worst, Math.abs(tanhForPictures(a) - StrictMath.tanh(a)));
        }
        System.out.println("tanh for pictures: worst error " + worst);
        assertTrue(worst < 5.9e-6, "worst " + worst);
        assertTrue(worst > 5e-6, "worst " + worst + ": the stated error is the real one, not a loose bound");
        for (int i = 1; i < 22 * 128; i++) { // the knots inside ±11
            double knot = -11 + i / 128.0;
            assertEquals(Activation.tanh(knot), tanhForPictures(knot), "at " + knot);
        }
        double previous = -1;
        for (double a = -12; a <= 12; a += 1.0 / 4096) {
            double fast = tanhForPictures(a);
            assertTrue(fast >= previous, "decreases at " + a);
            previous = fast;
        }
        assertEquals(0.0, tanhForPictures(0));
        assertEquals(1.0, tanhForPictures(11));
        assertEquals(-1.0, tanhForPictures(-11));
        assertEquals(-1.0, tanhForPictures(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(tanhForPictures(Double.NaN)));
    }

    private static double tanhForPictures(double a) {
        double[] z = {a};
        Activation.TANH.applyForPictures(z, z, 0, 1);
        return z[0];
    }

    /** Pictures take the fast tanh for tanh and sigmoid units, and exactly apply's numbers for every other kind. */
    @Test
    void applyForPicturesDiffersFromApplyOnlyWithinTheStatedErrorOfTanhAndSigmoid() {
        Rng rng = new Rng(8);
        double[] a = new double[2000];
        for (int k = 0; k < a.length; k++) {
            a[k] = rng.uniform(-15, 15);
        }
        for (Activation f : Activation.all()) {
            double[] exact = new double[a.length];
            double[] picture = new double[a.length];
            f.apply(a, exact, 0, a.length);
            f.applyForPictures(a, picture, 0, a.length);
            boolean approximated = f.kind() == Activation.Kind.TANH || f.kind() == Activation.Kind.SIGMOID;
            for (int k = 0; k < a.length; k++) {
                if (approximated) {
                    assertEquals(exact[k], picture[k], 5.9e-6, f.id() + " at " + a[k]);
                } else {
                    assertEquals(Double.doubleToRawLongBits(exact[k]), Double.doubleToRawLongBits(picture[k]), f.id() + " at " + a[k]);
                }
            }
        }
    }
}
