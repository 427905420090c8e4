package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void theScaleRunsFromTfPlaygroundsOrangeThroughGreyToBlue() {
        Palette p = Palette.STANDARD;
        assertEquals(0xfff59322, p.color(-1));
        assertEquals(0xffe8eaeb, p.color(0));
        assertEquals(0xff0877bd, p.color(1));
        assertEquals(0xfff59322, p.color(-7), "clamped below −1");
        assertEquals(0xff0877bd, p.color(3), "clamped above +1");
    }

    @Test
    void theMiddleOfEachHalfIsAMixtureNotAnEnd() {
        Palette p = Palette.STANDARD;
        int half = p.color(0.5);
        assertTrue(Rgb.blue(half) > Rgb.blue(p.color(1)) && Rgb.red(half) > Rgb.red(p.color(1)), Rgb.css(half));
        assertTrue(Rgb.red(half) < Rgb.red(p.color(0)), Rgb.css(half));
    }

    @Test
    void lightnessRisesSteadilyFromEitherEndTowardsZero() {
        for (Palette p : Palette.values()) {
            double previous = Lab.of(p.color(-1)).l();
            for (int k = -99; k <= 0; k++) {
                double l = Lab.of(p.color(k / 100.0)).l();
                assertTrue(l >= previous - 0.5, p + " at " + k / 100.0);
                previous = l;
            }
            for (int k = 1; k <= 100; k++) {
                double l = Lab.of(p.color(k / 100.0)).l();
                assertTrue(l <= previous + 0.5, p + " at " + k / 100.0);
                previous = l;
            }
        }
    }

    @Test
    void nanAndInfinityAreGreyNotAClassColour() {
        for (Palette p : Palette.values()) {
            for (double v : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                assertEquals(p.invalid, p.color(v), p + " " + v);
                assertEquals(p.invalid, p.discrete(v), p + " " + v);
            }
            int grey = p.invalid;
            assertEquals(Rgb.red(grey), Rgb.green(grey));
            assertEquals(Rgb.green(grey), Rgb.blue(grey));
            assertTrue(Pixels.difference(grey, p.zero) > 40, "grey must not pass for the 0 colour");
        }
    }

    @Test
    void discretizeKeepsOnlyTheSignAsTfPlayground() {
        Palette p = Palette.STANDARD;
        assertEquals(p.positive, p.discrete(0.01));
        assertEquals(p.positive, p.discrete(0), "TF Playground: value >= 0 is +1");
        assertEquals(p.negative, p.discrete(-0.01));
        assertEquals(p.negative, p.discrete(-1));
    }

    @Test
    void highContrastHasDarkerEndsAndInk() {
        assertTrue(Lab.of(Palette.HIGH_CONTRAST.negative).l() < Lab.of(Palette.STANDARD.negative).l());
        assertTrue(Lab.of(Palette.HIGH_CONTRAST.positive).l() < Lab.of(Palette.STANDARD.positive).l());
        assertTrue(Lab.of(Palette.HIGH_CONTRAST.ink).l() < Lab.of(Palette.STANDARD.ink).l());
        assertTrue(Palette.HIGH_CONTRAST.lineScale > Palette.STANDARD.lineScale);
    }

    @Test
    void labMatchesPublishedValues() {
        // CIELAB of sRGB white is (100, 0, 0); of #777777 (119/255 grey) L* = 50.03 (e.g. colormine.org)
        Lab white = Lab.of(0xffffffff);
        assertEquals(100, white.l(), 0.01);
        assertEquals(0, white.a(), 0.01);
        assertEquals(0, white.b(), 0.01);
        assertEquals(50.03, Lab.of(0xff777777).l(), 0.01);
        assertEquals(0xfff59322, Lab.of(0xfff59322).rgb(), "round trip");
    }

    /*
     * Colour-vision-deficiency check. Machado, Oliveira & Fernandes (2009), "A Physiologically-
     * based Model for Simulation of Color Vision Deficiency", severity 1.0 matrices, applied to
     * linear RGB. A ΔE*ab above ~20 reads as clearly different colours.
     */
    private static final double[][] PROTANOPIA = {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    private static final double[][] DEUTERANOPIA = {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};

    private static Lab seenWith(double[][] m, int argb) {
        double r = Lab.linear(Rgb.red(argb));
        double g = Lab.linear(Rgb.green(argb));
        double b = Lab.linear(Rgb.blue(argb));
        return Lab.fromLinear(m[0][0] * r + m[0][1] * g + m[0][2] * b,
                m[1][0] * r + m[1][1] * g + m[1][2] * b,
                m[2][0] * r + m[2][1] * g + m[2][2] * b);
    }

    @Test
    void theSimulationCatchesARedGreenPairThatColourBlindStudentsConfuse() {
        // matplotlib's red #d62728 and green #2ca02c: far apart for normal vision, close for deuteranopia
        assertTrue(Lab.of(0xffd62728).distance(Lab.of(0xff2ca02c)) > 100);
        assertTrue(seenWith(DEUTERANOPIA, 0xffd62728).distance(seenWith(DEUTERANOPIA, 0xff2ca02c)) < 15);
    }

    @Test
    void orangeAndBlueStayFarApartForProtanopiaAndDeuteranopia() {
        for (Palette p : Palette.values()) {
            for (double[][] m : new double[][][] {PROTANOPIA, DEUTERANOPIA}) {
                double seen = seenWith(m, p.negative).distance(seenWith(m, p.positive));
                assertTrue(seen > 80, p + ": ΔE " + seen);
                // and half-way values on either side of 0 stay apart too
                double halfway = seenWith(m, p.color(-0.5)).distance(seenWith(m, p.color(0.5)));
                assertTrue(halfway > 40, p + ": ΔE at ±0.5 " + halfway);
            }
        }
    }
}
