package backproplab.text;

/**
 * A number a student typed into a box, read as JavaScript reads it ({@link JsNumber#parse}), but
 * with a reason in words instead of a silent NaN, ∞ or guess: "abc" is not a number, "1e400" is
 * too large, "1,5" has a comma for a decimal point, and a blank has no number. The reasons are
 * clauses, so that the weight editor, the CSV reader and the backprop page's boxes each name what
 * they read before them.
 *
 * @param value   the number, when {@code problem} is null
 * @param problem what is wrong with the text, or null
 */
public record TypedNumber(double value, String problem) {
    /** The largest double, as the pages write it when a number is beyond it. */
    public static final String LARGEST = "1.8e308";

    /** What {@code text} says, or why it says no number. */
    public static TypedNumber read(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return refused("no number given");
        }
        double v = JsNumber.parse(t);
        if (Double.isInfinite(v)) {
            return refused(tooLarge(Texts.shorten(t, 20)));
        }
        if (Double.isNaN(v)) {
            int comma = t.indexOf(',');
            if (comma >= 0 && comma == t.lastIndexOf(',') && !Double.isNaN(JsNumber.parse(t.replace(',', '.')))) {
                return refused("use a point for decimals: " + t.replace(',', '.') + ", not " + t);
            }
            return refused("“" + Texts.shorten(t, 20) + "” is not a number");
        }
        return new TypedNumber(v, null);
    }

    /** "1e400 is too large for a number (…)": also said of a number written in a program. */
    public static String tooLarge(String written) {
        return written + " is too large for a number (the largest is about " + LARGEST + ")";
    }

    /** Whether the text was a finite number. */
    public boolean ok() {
        return problem == null;
    }

    private static TypedNumber refused(String why) {
        return new TypedNumber(Double.NaN, why);
    }
}
