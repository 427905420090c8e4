package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

/** Pixel assertions for the render tests; pictures go to target/render/ to be looked at. */
final class Pixels {
    private Pixels() {
    }

    static Path png(String name) {
        return Path.of("target", "render", name + ".png");
    }

    /** The largest difference of the R, G, B channels (alpha ignored). */
    static int difference(int argb1, int argb2) {
        return Math.max(Math.abs(Rgb.red(argb1) - Rgb.red(argb2)),
                Math.max(Math.abs(Rgb.green(argb1) - Rgb.green(argb2)), Math.abs(Rgb.blue(argb1) - Rgb.blue(argb2))));
    }

    static void assertNear(int expected, int actual, int tolerance, String what) {
        assertTrue(difference(expected, actual) <= tolerance,
                what + ": expected " + Rgb.css(expected) + " but was " + Rgb.css(actual));
    }

    static void assertFar(int unexpected, int actual, int minDifference, String what) {
        assertTrue(difference(unexpected, actual) >= minDifference,
                what + ": should not be " + Rgb.css(unexpected) + " but was " + Rgb.css(actual));
    }

    /**
     * WCAG 2's contrast ratio of a colour drawn on an opaque background (its alpha blended in
     * first): 1 for none, 21 for black on white; text a user must read needs 4.5.
     */
    static double contrast(int argb, int background) {
        double a = Rgb.alpha(argb) / 255.0;
        int shown = Rgb.of((int) Math.round(Rgb.red(argb) * a + Rgb.red(background) * (1 - a)),
                (int) Math.round(Rgb.green(argb) * a + Rgb.green(background) * (1 - a)),
                (int) Math.round(Rgb.blue(argb) * a + Rgb.blue(background) * (1 - a)));
        double l1 = luminance(shown);
        double l2 = luminance(background);
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    /** Relative luminance (WCAG 2): linear-light R, G, B weighted as the eye sees them. */
    private static double luminance(int argb) {
        return 0.2126 * Lab.linear(Rgb.red(argb)) + 0.7152 * Lab.linear(Rgb.green(argb)) + 0.0722 * Lab.linear(Rgb.blue(argb));
    }
}
