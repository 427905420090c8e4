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

    /** {@code singular} for one, its plural (an "s" added) for any other count: "1 hidden layer", "2 hidden layers". */
    public static String noun(int count, String singular) {
        return count == 1 ? singular : singular + "s";
    }

    /** The number in subscript digits, 12 → "₁₂": unit and layer indices in the lecture's notation. */
    public static String subscript(int k) {
        String digits = Integer.toString(k);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            s.append(c == '-' ? '₋' : (char) ('₀' + (c - '0')));
        }
        return s.toString();
    }

    /** base₁, base₂, … for {@code count} things, the base alone for one: the inputs x₁, x₂ of a network. */
    public static String[] indexed(String base, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = count == 1 ? base : base + subscript(i + 1);
        }
        return names;
    }
}
