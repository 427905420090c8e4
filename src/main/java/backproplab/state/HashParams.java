package backproplab.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code #key=value&key=value} part of a link, as an ordered list of entries, for every
 * page that keeps its state in the URL. Reading never throws: a {@code %} that does not start
 * a valid escape stays a literal {@code %}, and bytes that are not UTF-8 become U+FFFD.
 */
public final class HashParams {
    private HashParams() {
    }

    /** One {@code key=value}; the value is "" when the entry has no {@code =}. */
    public record Entry(String key, String value) {
    }

    /**
     * The key that shows a page embedded in another site ({@code embed=true}, or on the
     * playground {@code embed=output,network}); every page's own reader ignores it.
     */
    public static final String EMBED = "embed";

    /**
     * The entries of a hash in order, with or without its leading {@code #}. Each entry splits at
     * its first {@code =}; key and value are percent-decoded; empty entries ({@code &&}) are
     * skipped. Repeated keys are all kept: the reader decides (TF Playground takes the last).
     */
    public static List<Entry> parse(String hash) {
        List<Entry> entries = new ArrayList<>();
        if (hash == null) {
            return entries;
        }
        int start = hash.startsWith("#") ? 1 : 0;
        while (start <= hash.length()) {
            int end = hash.indexOf('&', start);
            if (end < 0) {
                end = hash.length();
            }
            if (end > start) {
                int eq = hash.indexOf('=', start);
                if (eq < 0 || eq > end) {
                    entries.add(new Entry(decode(hash.substring(start, end)), ""));
                } else {
                    entries.add(new Entry(decode(hash.substring(start, eq)), decode(hash.substring(eq + 1, end))));
                }
            }
            start = end + 1;
        }
        return entries;
    }

    /** The hash text {@code key=value&…} (without {@code #}) for the entries in order. */
    public static String write(List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(encode(e.key())).append('=').append(encode(e.value()));
        }
        return out.toString();
    }

    /**
     * Percent-decoding: {@code %XX} runs are UTF-8 bytes; malformed escapes stay as typed and
     * invalid UTF-8 becomes U+FFFD (as a browser's TextDecoder would), so it never throws.
     */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        byte[] bytes = new byte[s.length()];
        int i = 0;
        while (i < s.length()) {
            int n = 0;
            while (i + 2 < s.length() && s.charAt(i) == '%' && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes[n++] = (byte) (hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            }
            if (n > 0) {
                utf8(bytes, n, out);
            } else {
                out.append(s.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Percent-encoding that keeps links readable: letters, digits and {@code -._~!$'()*+,;:@/?}
     * stay as they are (so {@code networkShape=4,2} and {@code learningRate=0.03} look as in
     * TF Playground's links); everything else becomes UTF-8 {@code %XX}. An unpaired surrogate
     * is written as U+FFFD.
     */
    public static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$'()*+,;:@/?".indexOf(c) >= 0) {
                out.append(c);
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                cp = 0xFFFD;
            }
            if (cp < 0x80) {
                escape(out, cp);
            } else if (cp < 0x800) {
                escape(out, 0xC0 | (cp >> 6));
                escape(out, 0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                escape(out, 0xE0 | (cp >> 12));
                escape(out, 0x80 | ((cp >> 6) & 0x3F));
                escape(out, 0x80 | (cp & 0x3F));
            } else {
                escape(out, 0xF0 | (cp >> 18));
                escape(out, 0x80 | ((cp >> 12) & 0x3F));
                escape(out, 0x80 | ((cp >> 6) & 0x3F));
                escape(out, 0x80 | (cp & 0x3F));
            }
        }
        return out.toString();
    }

    private static void escape(StringBuilder out, int b) {
        out.append('%').append("0123456789ABCDEF".charAt(b >> 4)).append("0123456789ABCDEF".charAt(b & 15));
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** UTF-8 → UTF-16; a byte that does not start a complete, shortest-form sequence becomes U+FFFD. */
    private static void utf8(byte[] bytes, int n, StringBuilder out) {
        int i = 0;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            int cp = len == 1 ? b : len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
            boolean ok = len > 0 && i + len <= n;
            for (int k = 1; ok && k < len; k++) {
                int c = bytes[i + k] & 0xFF;
                ok = (c & 0xC0) == 0x80;
                cp = (cp << 6) | (c & 0x3F);
            }
            // reject overlong forms, surrogates and code points beyond U+10FFFF
            ok = ok && !(len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) && !(len == 4 && (cp < 0x10000 || cp > 0x10FFFF));
            if (ok) {
                out.appendCodePoint(cp);
                i += len;
            } else {
                out.append('\uFFFD');
                i++;
            }
        }
    }
}
