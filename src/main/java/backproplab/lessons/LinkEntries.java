package backproplab.lessons;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code #key=value&…} text of a lesson page's link, read and written. The lesson pages'
 * keys and values are plain ids and numbers, so no percent-coding is needed; a value that is
 * not one of them is refused by the page's settings with a notice.
 * (Stands in for {@code state.HashParams} until that is on main.)
 */
final class LinkEntries {
    private LinkEntries() {
    }

    /** The {@code {key, value}} pairs in order, with or without the leading {@code #}; empty entries skipped. */
    static List<String[]> parse(String hash) {
        List<String[]> entries = new ArrayList<>();
        if (hash == null) {
            return entries;
        }
        int start = hash.startsWith("#") ? 1 : 0;
        while (start < hash.length()) {
            int end = hash.indexOf('&', start);
            if (end < 0) {
                end = hash.length();
            }
            if (end > start) {
                int eq = hash.indexOf('=', start);
                if (eq < 0 || eq > end) {
                    entries.add(new String[] {hash.substring(start, end), ""});
                } else {
                    entries.add(new String[] {hash.substring(start, eq), hash.substring(eq + 1, end)});
                }
            }
            start = end + 1;
        }
        return entries;
    }

    /** A finite number, or null. */
    static Double number(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number, or null. */
    static Integer whole(String text) {
        Double v = number(text);
        return v == null || v != Math.floor(v) || Math.abs(v) > 1e9 ? null : (int) (double) v;
    }
}
