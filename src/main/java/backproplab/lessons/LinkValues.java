package backproplab.lessons;

import backproplab.text.Texts;
import backproplab.text.JsNumber;

/**
 * Reading the values of a lesson page's link ({@code state.HashParams} splits it): numbers as
 * JavaScript reads them, and the notice for a value that is refused.
 */
final class LinkValues {
    private LinkValues() {
    }

    /**
     * A finite number, or null; unlike JavaScript's {@code +""}, an empty value is not 0. −0 is
     * read as 0, as links write it, so a state read from a link writes the same link back.
     */
    static Double number(String text) {
        if (text.trim().isEmpty()) {
            return null;
        }
        double v = JsNumber.parse(text);
        return v - v == 0 ? v + 0.0 : null; // v − v is NaN for NaN and ±∞
    }

    /** A whole number, or null. */
    static Integer whole(String text) {
        Double v = number(text);
        return v == null || v != Math.floor(v) || Math.abs(v) > 1e9 ? null : (int) (double) v;
    }

    /** The notice for a refused value (shortened: a link can hold anything). */
    static String refused(String key, String value, String why, String used) {
        return "The link's " + key + "=" + shown(value) + " is " + why + "; using " + used + ".";
    }

    /** The notice for a key the page does not know. */
    static String unknown(String key) {
        return "The link's “" + shown(key) + "” is not a setting of this page; it was ignored.";
    }

    /** A key or value as a notice quotes it: at most 40 characters, as a link can hold anything. */
    static String shown(String text) {
        return Texts.shorten(text, 40);
    }
}
