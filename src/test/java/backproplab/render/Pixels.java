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
}
