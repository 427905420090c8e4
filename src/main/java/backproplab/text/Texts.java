package backproplab.text;

import java.util.ArrayList;
import java.util.List;

/** Small string helpers the pages share (no java.util.regex: it would triple the compiled script). */
public final class Texts {
    private Texts() {
    }

    /** At most {@code max} characters of {@code s}, with "…" when cut: for quoting what a student typed or linked. */
    public static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** The pieces of {@code s} between the separators (like String.split with a plain character, keeping empty pieces). */
    public static List<String> split(String s, char separator) {
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == separator) {
                pieces.add(s.substring(from, i));
                from = i + 1;
            }
        }
        return pieces;
    }

    /**
     * Why {@code text}, read as {@code value}, is no number to use, or null when {@code value} is
     * finite: "{@code what} is empty: a number is needed", "{@code what} “1e400” is too large: …"
     * (beyond a double's range, read as ±∞) or "{@code what} “abc” is not a number".
     */
    public static String numberProblem(String what, String text, double value) {
        if (value - value == 0) {
            return null;
        }
        if (text.trim().isEmpty()) {
            return what + " is empty: a number is needed";
        }
        String quoted = what + " “" + shorten(text, 20) + "”";
        return value == value ? quoted + " is too large: numbers go up to about ±1.8e308" : quoted + " is not a number";
    }

    /** {@code singular} for one, its plural (an "s" added) for any other count: "1 hidden layer", "2 hidden layers". */
    public static String noun(int count, String singular) {
        return count == 1 ? singular : singular + "s";
    }
}
