package backproplab.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.autodiff.GradientCheck.Verdict;
import backproplab.math.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the central difference cannot judge backprop: at a kink (relu at 0, abs at 0, a tie of
 * max or min) the slope differs left and right and backprop's rule picks one; within h of a
 * pole the difference is meaningless. Neither is marked ✗, but a wrong gradient still is.
 */
class KinksAndPolesTest {
    private static List<GradientCheck.Entry> check(String program) {
        return GradientCheck.of(Trace.of(Program.compile(program)));
    }

    private static GradientCheck.Entry only(String program) {
        List<GradientCheck.Entry> all = check(program);
        assertEquals(1, all.size());
        return all.get(0);
    }

    private static void kink(GradientCheck.Entry e, String left, String right, String picks) {
        assertEquals(Verdict.KINK, e.verdict(), e.text());
        assertFalse(e.comparable(), "neither ✓ nor ✗: " + e.text());
        assertEquals("—", e.errorText());
        assertEquals("a kink here: the slope is " + left + " on the left and " + right + " on the right; "
                + "backprop's rule picks " + picks, e.note());
    }

    @Test
    void reluAtZeroIsAKinkWhereTheCentralDifferenceAveragesBothSides() {
        GradientCheck.Entry e = only("z = relu(a); a = 0");
        assertEquals(0, e.backprop()); // relu′(0) = 0, as the network engine has it
        assertEquals(0.5, e.numeric(), 1e-9);
        kink(e, "0", "1", "0");
        kink(only("z = relu(a) * exp(a); a = 0"), "0", "1", "0"); // smooth on each side, not linear
    }

    @Test
    void absAtZeroAndTiesOfMaxAndMinAreKinksToo() {
        kink(only("z = abs(a); a = 0"), "-1", "1", "0"); // the central difference 0 agrees, but f′(0) does not exist
        List<GradientCheck.Entry> max = check("z = max(a, b); a = 1; b = 1");
        kink(max.get(0), "0", "1", "1"); // the first operand wins a tie
        kink(max.get(1), "0", "1", "0");
        List<GradientCheck.Entry> min = check("z = min(a, b); a = 1; b = 1");
        kink(min.get(0), "1", "0", "1");
        kink(min.get(1), "1", "0", "0");
        List<GradientCheck.Entry> shifted = check("z = relu(a - b); a = 2; b = 2");
        kink(shifted.get(0), "0", "1", "0");
        kink(shifted.get(1), "-1", "0", "0");
    }

    @Test
    void aKinkWithinHOfTheInputIsOneToo() {
        // relu at a = 3·10⁻⁶: backprop's 1 is right, the central difference (0.65) straddles the kink
        GradientCheck.Entry e = only("z = relu(a); a = 0.000003");
        assertEquals(0.65, e.numeric(), 1e-9);
        kink(e, "0", "1", "1");
    }

    @Test
    void aWrongGradientIsStillFlaggedAtAKinkAndWhereTheFunctionIsSmooth() {
        Trace relu = Trace.of(Program.compile("z = relu(a); a = 0"));
        assertEquals(Verdict.DISAGREE, GradientCheck.entry(relu, 0, 2).verdict(), "2 is neither side's slope");
        assertEquals(Verdict.DISAGREE, GradientCheck.entry(relu, 0, -1).verdict());
        Trace square = Trace.of(Program.compile("z = u^2; u = 3"));
        assertEquals(Verdict.AGREE, GradientCheck.entry(square, 0, 6).verdict());
        assertEquals(Verdict.DISAGREE, GradientCheck.entry(square, 0, 7).verdict());
        Trace inverse = Trace.of(Program.compile("z = 1 / b; b = 1"));
        assertEquals(Verdict.DISAGREE, GradientCheck.entry(inverse, 0, 1).verdict(), "the sign is wrong");
    }

    @Test
    void smoothFunctionsAreNeverKinksEvenWhereTheirSlopeChangesSign() {
        for (String p : new String[] {"z = u^2; u = 0", "z = cos(a); a = 0", "z = sin(a); a = 0", "z = tanh(a); a = 0",
                Program.WORKED_EXAMPLE, Program.LOG_LOSS_EXAMPLE}) {
            for (GradientCheck.Entry e : check(p)) {
                assertEquals(Verdict.AGREE, e.verdict(), p + ": " + e.text());
            }
        }
    }

    @Test
    void aPoleWithinHIsSaidNotToBeCheckable() {
        for (String p : new String[] {"z = 1 / b; b = 0.000001", "z = 1 / b; b = -0.000001", "z = 1 / b^2; b = 0.000001",
                "z = 1 / b; b = 0.000005"}) {
            GradientCheck.Entry e = only(p);
            assertEquals(Verdict.CANNOT_CHECK, e.verdict(), p + ": " + e.text());
            assertFalse(e.comparable());
            assertEquals("—", e.errorText());
            assertTrue(e.note().startsWith("the function blows up between b − h and b + h (h = 1e-5)"), e.note());
            assertTrue(e.note().endsWith("the check cannot be made this close to where it is undefined"), e.note());
        }
        assertEquals(Verdict.AGREE, only("z = 1 / b; b = 1").verdict());
        // |f| larger near a than 3h away by chance, from an oscillation faster than h: no pole
        GradientCheck.Entry wiggle = only("z = sin(100000 * a); a = 1");
        assertEquals(Verdict.CANNOT_CHECK, wiggle.verdict(), wiggle.text());
        assertTrue(wiggle.note().startsWith("the slope changes too fast around a for h = 1e-5"), wiggle.note());
    }

    @Test
    void nearAPoleOrTheEdgeOfTheDomainTheCheckSaysItCannotTell() {
        // b − 2h < 0 < b − h: defined at b ± h, not at b − 2h and b − 3h
        GradientCheck.Entry edge = only("z = 1 / b; b = 0.00002");
        assertEquals(Verdict.CANNOT_CHECK, edge.verdict(), edge.text());
        assertTrue(edge.note().startsWith("the function is not defined everywhere within b ± 3h"), edge.note());
        assertEquals(Verdict.CANNOT_CHECK, only("z = sqrt(a); a = 0.00002").verdict());
        // 1/b at b = 10⁻³: the central difference's own error, h²/b² ≈ 10⁻⁴, is far above the
        // tolerance but a small part of the gradient, so it still confirms backprop
        GradientCheck.Entry close = only("z = 1 / b; b = 0.001");
        assertTrue(close.relativeError() > GradientCheck.TOLERANCE, close.text());
        assertEquals(Verdict.AGREE, close.verdict(), close.text());
        assertEquals("agrees within the central difference's own error: its h² term (doubling h moves it by 300.2) "
                + "leaves it good to only ±150.1 (h = 1e-5)", close.note());
        assertEquals(Verdict.DISAGREE, GradientCheck.entry(Trace.of(Program.compile("z = 1 / b; b = 0.001")), 0,
                -1.01e6).verdict(), "1% off is more than ±150");
        // at b = 10⁻⁴ the error is h²/b² ≈ 1% of the gradient: too coarse to judge
        GradientCheck.Entry steep = only("z = 1 / b; b = 0.0001");
        assertTrue(steep.relativeError() > GradientCheck.TOLERANCE, steep.text());
        assertEquals(Verdict.CANNOT_CHECK, steep.verdict(), steep.text());
        assertTrue(steep.note().startsWith("the slope changes too fast around b for h = 1e-5: doubling h moves"),
                steep.note());
    }

    @Test
    void roundingAndTheHSquaredTermAreNotMistakesButTheyLimitWhatTheCheckCanSee() {
        // f(1 ± h) ≈ 10⁸ are rounded to 1.5·10⁻⁸, which moves the difference by 10⁻³: 2 against 2.0003
        Trace big = Trace.of(Program.compile("z = a^2 + 1e8; a = 1"));
        GradientCheck.Entry e = GradientCheck.of(big).get(0);
        assertTrue(e.relativeError() > GradientCheck.TOLERANCE, e.text());
        assertEquals(Verdict.AGREE, e.verdict(), e.text());
        assertEquals("agrees within the central difference's own error: with numbers up to 1e8 in the computation, "
                + "rounding leaves it good to only ±0.008882 (h = 1e-5)", e.note());
        assertEquals(Verdict.DISAGREE, GradientCheck.entry(big, 0, 2.1).verdict());
        // at 10¹² rounding swamps the change of f: neither ✓ nor ✗
        GradientCheck.Entry huge = only("z = a^2 + 1e12; a = 1");
        assertEquals(Verdict.CANNOT_CHECK, huge.verdict(), huge.text());
        assertEquals("—", huge.errorText());
        assertTrue(huge.note().startsWith("rounding hides the change: with numbers up to 1e12 in the computation"),
                huge.note());
        // a³ at 0: backprop's 0 is exact, the central difference is h² = 10⁻¹⁰ off
        Trace cube = Trace.of(Program.compile("z = a^3; a = 0"));
        GradientCheck.Entry c = GradientCheck.of(cube).get(0);
        assertEquals(1e-10, c.numeric(), 1e-20);
        assertEquals(Verdict.AGREE, c.verdict(), c.text());
        assertTrue(c.note().startsWith("agrees within the central difference's own error: its h² term"), c.note());
        assertEquals(Verdict.DISAGREE, GradientCheck.entry(cube, 0, 1e-3).verdict());
        // a saturated tanh: both gradients ≈ 5·10⁻¹⁰, differing in the fourth digit by rounding
        for (GradientCheck.Entry t : check("z = tanh(2 * a * 3 + c); a = 1.812; c = 1.395")) {
            assertTrue(Math.abs(t.backprop()) < 1e-9 && t.relativeError() > GradientCheck.TOLERANCE, t.text());
            assertEquals(Verdict.AGREE, t.verdict(), t.text());
        }
    }

    @Test
    void onRandomSmoothExpressionsBackpropIsNeverMarkedWrongAndAWrongGradientAlwaysIs() {
        RandomExpressions random = new RandomExpressions(Rng.fromString("rounding"));
        int checked = 0;
        for (Graph g : random.graphs(3000)) {
            if (!RandomExpressions.smoothEnough(g)) {
                continue;
            }
            Trace t = Trace.of(g);
            double[] backprop = t.inputGradients();
            for (int k = 0; k < backprop.length; k++) {
                GradientCheck.Entry right = GradientCheck.entry(t, k, backprop[k]);
                assertTrue(right.verdict() != Verdict.DISAGREE, right.text());
                double off = backprop[k] + 0.02 * Math.max(1, Math.abs(backprop[k])); // 2% or 0.02 off
                GradientCheck.Entry wrong = GradientCheck.entry(t, k, off);
                assertTrue(wrong.verdict() != Verdict.AGREE, wrong.text());
                checked++;
            }
        }
        assertTrue(checked > 2000, checked + " gradients");
    }

    @Test
    void onRandomExpressionsOnlyWhatWouldBeACrossChangesAndSmoothOnesHaveNoKinks() {
        // a pole or a too coarse h only ever replaces ✗; a kink only where f is not smooth
        RandomExpressions random = new RandomExpressions(Rng.fromString("kinks"));
        int smooth = 0;
        for (Graph g : random.graphs(3000)) {
            boolean smoothEnough = RandomExpressions.smoothEnough(g);
            smooth += smoothEnough ? 1 : 0;
            for (GradientCheck.Entry e : GradientCheck.of(Trace.of(g))) {
                if (e.verdict() != Verdict.UNDEFINED && e.verdict() != Verdict.KINK
                        && e.relativeError() <= GradientCheck.TOLERANCE) {
                    assertEquals(Verdict.AGREE, e.verdict(), e.text());
                }
                if (smoothEnough) {
                    assertTrue(e.verdict() != Verdict.KINK, e.text());
                }
            }
        }
        assertTrue(smooth > 1000, smooth + " smooth expressions");
    }
}
