package backproplab.lessons;

import backproplab.math.DetMath;
import backproplab.text.JsNumber;

/**
 * The learning-rate slider of the gradient-descent page: a logarithmic scale from α = 0.001
 * (crawling) to α = 3 (beyond the divergence threshold 2/L'' of every curve offered), so that
 * each factor of ten gets the same length of slider. Slider values are rounded to three
 * significant digits, so the α the page prints is exactly the α it uses.
 */
public final class LearningRateScale {
    public static final double MIN = 0.001;
    public static final double MAX = 3;
    /** Slider positions 0 … POSITIONS. */
    public static final int POSITIONS = 1000;
    /** A typed α may go beyond the slider, up to this (further is only a slower way to diverge). */
    public static final double TYPED_MAX = 10;

    private LearningRateScale() {
    }

    /** α at slider position p (clamped to 0 … POSITIONS): MIN·(MAX/MIN)^(p/POSITIONS), to 3 significant digits. */
    public static double alpha(int position) {
        int p = Math.max(0, Math.min(POSITIONS, position));
        return round(MIN * Math.pow(MAX / MIN, p / (double) POSITIONS), 3);
    }

    /** The slider position nearest to α (clamped to the ends for α outside [MIN, MAX]). */
    public static int position(double alpha) {
        if (!(alpha > MIN)) {
            return 0;
        }
        if (alpha >= MAX) {
            return POSITIONS;
        }
        return (int) DetMath.round(Math.log(alpha / MIN) / Math.log(MAX / MIN) * POSITIONS);
    }

    /**
     * A learning rate typed by a student or read from a link, or null if it is not one:
     * it must be a number (read as JavaScript reads one) with 0 &lt; α ≤ {@link #TYPED_MAX}. Kept to 6 significant digits.
     */
    public static Double parse(String text) {
        if (text == null) {
            return null;
        }
        double a = JsNumber.parse(text);
        if (!(a > 0 && a <= TYPED_MAX)) {
            return null; // also refuses NaN
        }
        return round(a, 6);
    }

    /** x (positive) rounded to {@code digits} significant digits. */
    static double round(double x, int digits) {
        int magnitude = (int) Math.floor(Math.log10(x));
        double scale = Math.pow(10, digits - 1 - magnitude);
        // divide by the integer scale rather than multiply by its inverse: 1/1000 is inexact, 1000 is not
        return scale >= 1 ? DetMath.round(x * scale) / scale : DetMath.round(x * scale) * Math.pow(10, magnitude - digits + 1);
    }
}
