package backproplab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DetMathTest {
    /** |a − b| in units of b's magnitude, with an absolute floor for results near zero. */
    private static double err(double a, double b) {
        return Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
    }

    @Test
    void sinAndCosAgreeWithStrictMathToOneUlpAcrossTheDomainAndBeyond() {
        Rng rng = new Rng(1);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double range = i < 100_000 ? 8 : (i < 150_000 ? 1000 : 800_000);
            double x = rng.uniform(-range, range);
            // relative to the value, but near a zero of sin compare against the scale of x's ulp
            double floor = Math.ulp(x);
            worst = Math.max(worst, Math.abs(DetMath.sin(x) - StrictMath.sin(x)) / Math.max(Math.abs(StrictMath.sin(x)), floor));
            worst = Math.max(worst, Math.abs(DetMath.cos(x) - StrictMath.cos(x)) / Math.max(Math.abs(StrictMath.cos(x)), floor));
        }
        System.out.println("DetMath sin/cos worst relative error: " + worst);
        assertTrue(worst < 1e-15, "worst " + worst);
    }

    @Test
    void sinAndCosAreAccurateAtTheirZerosAndSpecialAngles() {
        assertEquals(0.0, DetMath.sin(0.0));
        assertEquals(1.0, DetMath.cos(0.0));
        assertEquals(1.0, DetMath.sin(Math.PI / 2));
        assertEquals(-1.0, DetMath.cos(Math.PI));
        // sin(double(π)) = π − double(π) ≈ 1.2246467991473532e-16 (closed form: the representation error of π)
        assertTrue(err(DetMath.sin(Math.PI), 1.2246467991473532e-16) < 1e-14);
        assertTrue(err(DetMath.sin(6 * Math.PI), StrictMath.sin(6 * Math.PI)) < 1e-12);
        assertEquals(Math.sqrt(0.5), DetMath.sin(Math.PI / 4), 1.2e-16);
        assertEquals(0.5, DetMath.cos(Math.PI / 3), 1.2e-16);
        assertTrue(Double.isNaN(DetMath.sin(Double.NaN)));
        assertTrue(Double.isNaN(DetMath.cos(Double.POSITIVE_INFINITY)));
        assertEquals(-DetMath.sin(2.5), DetMath.sin(-2.5)); // odd
        assertEquals(DetMath.cos(2.5), DetMath.cos(-2.5)); // even
    }

    @Test
    void expAgreesWithStrictMathToOneUlp() {
        Rng rng = new Rng(2);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double x = i < 100_000 ? rng.uniform(-40, 40) : rng.uniform(-745, 709);
            worst = Math.max(worst, err(DetMath.exp(x), StrictMath.exp(x)));
        }
        System.out.println("DetMath exp worst relative error: " + worst);
        assertTrue(worst < 1e-15, "worst " + worst);
        assertEquals(1.0, DetMath.exp(0));
        assertEquals(Math.E, DetMath.exp(1), 4.5e-16);
        assertEquals(Double.POSITIVE_INFINITY, DetMath.exp(710));
        assertEquals(0.0, DetMath.exp(-746));
        assertTrue(DetMath.exp(-740) > 0); // subnormal results survive
    }

    @Test
    void expNearOverflowAndInTheSubnormalRangeIsWithinOneUnitInTheLastPlace() {
        Rng rng = new Rng(3);
        for (int i = 0; i < 20_000; i++) {
            double x = i % 2 == 0 ? rng.uniform(709, 709.782712893384) : rng.uniform(-745.1332191019412, -708);
            double want = StrictMath.exp(x);
            assertTrue(Math.abs(DetMath.exp(x) - want) <= Math.ulp(want), "exp(" + x + ") = " + DetMath.exp(x) + ", not " + want);
        }
        assertEquals(StrictMath.exp(709.782712893384), DetMath.exp(709.782712893384)); // the largest finite result
        assertEquals(Double.MIN_VALUE, DetMath.exp(-744.44)); // the smallest subnormal
    }

    @Test
    void expm1KeepsItsRelativeAccuracyForSmallArgumentsWhereExpMinusOneCancels() {
        Rng rng = new Rng(4);
        double worstSmall = 0;
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double small = rng.uniform(-0.0108, 0.0108) * Math.pow(10, -rng.nextInt(12));
            worstSmall = Math.max(worstSmall, err(DetMath.expm1(small), StrictMath.expm1(small)));
            double x = rng.uniform(-40, 40);
            worst = Math.max(worst, err(DetMath.expm1(x), StrictMath.expm1(x)));
        }
        System.out.println("DetMath expm1 worst relative error: " + worstSmall + " for |x| ≤ ln2/64, " + worst + " on [−40, 40]");
        assertTrue(worstSmall < 1e-15, "small " + worstSmall);
        assertTrue(worst < 2e-14, "worst " + worst); // e^x − 1 just above ln2/64 loses up to log2(1/0.0108) ≈ 6.5 bits
        assertEquals(0.0, DetMath.expm1(0));
        assertEquals(1e-300, DetMath.expm1(1e-300));
        assertEquals(-1.0, DetMath.expm1(-800));
    }

    @Test
    void logAgreesWithStrictMathToOneUlpFromSubnormalsToTheLargestDouble() {
        Rng rng = new Rng(3);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double x = i < 100_000 ? rng.nextDouble() * 4 : DetMath.exp(rng.uniform(-744, 709));
            if (x == 0 || Math.abs(x - 1) < 1e-3) {
                continue; // near 1 the result is near 0: checked absolutely below
            }
            worst = Math.max(worst, err(DetMath.log(x), StrictMath.log(x)));
        }
        for (int i = 0; i < 10_000; i++) {
            double x = 1 + rng.uniform(-1e-3, 1e-3);
            worst = Math.max(worst, Math.abs(DetMath.log(x) - StrictMath.log(x)) / Math.abs(x - 1));
        }
        System.out.println("DetMath log worst relative error: " + worst);
        assertTrue(worst < 1e-15, "worst " + worst);
        assertEquals(0.0, DetMath.log(1));
        assertEquals(1.0, DetMath.log(Math.E), 2.3e-16);
        assertEquals(StrictMath.log(Double.MIN_VALUE), DetMath.log(Double.MIN_VALUE), 1e-12);
        assertEquals(StrictMath.log(Double.MAX_VALUE), DetMath.log(Double.MAX_VALUE), 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, DetMath.log(0));
        assertTrue(Double.isNaN(DetMath.log(-1)));
    }

    @Test
    void roundTakesHalvesUpAsTheJvmDoesAndHundredthsNeverGivesMinusZero() {
        // TeaVM 0.16's Math.round takes −2.5 to −3; these are the JVM's answers, which DetMath gives in both
        double[][] cases = {{2.5, 3}, {-2.5, -2}, {-0.5, 0}, {0.49999999999999994, 0}, {-3.7, -4}, {1e15 + 0.5, 1e15 + 1}};
        for (double[] c : cases) {
            assertEquals(c[1], DetMath.round(c[0]), "round(" + c[0] + ")");
            assertEquals((double) Math.round(c[0]), DetMath.round(c[0]), "as Math.round on the JVM: " + c[0]);
        }
        assertEquals(-0.12, DetMath.hundredths(-0.125)); // −12.5 hundredths: halves go up
        assertEquals(0.13, DetMath.hundredths(0.125));
        assertEquals(1.23, DetMath.hundredths(1.2345));
        assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(DetMath.hundredths(-0.001)), "0, not −0");
    }
}
