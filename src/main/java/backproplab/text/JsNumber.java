package backproplab.text;

import backproplab.Platform;

/**
 * Numbers read and written the way JavaScript does it, so that links mean the same to us as to
 * TF Playground (which reads every number with {@code +value}).
 *
 * <p>Compiled (to JavaScript or WebAssembly), the two conversions are the browser's own ({@link #useBrowser}):
 * Java's {@code Double.toString} and {@code Double.parseDouble} would bring their large tables into
 * the script (docs/benchmarks.md has the bytes). On the JVM they are emulated below, and CrossPlatformIT checks that both agree.
 */
public final class JsNumber {
    /** The browser's {@code +s} for a plain decimal and {@code String(x)}. */
    public interface Native {
        double parseDecimal(String s);

        String format(double x);
    }

    private static Native browser;

    private JsNumber() {
    }

    /** Called first thing by the page: from then on the browser converts numbers. */
    public static void useBrowser(Native conversions) {
        browser = conversions;
    }

    /** A plain decimal such as "-1.5e3" (already checked by the caller) as the nearest double. */
    public static double decimal(String s) {
        return Platform.inJavaScript() || Platform.inWebAssembly() ? browser.parseDecimal(s) : Double.parseDouble(s);
    }

    /**
     * JavaScript's {@code +s}: surrounding white space is ignored, the empty string is 0,
     * {@code 0x}/{@code 0o}/{@code 0b} prefixes and {@code ±Infinity} are understood, and
     * anything else that is not a plain decimal is NaN. Never throws.
     */
    public static double parse(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        if (a == b) {
            return 0;
        }
        if (b - a > 2 && s.charAt(a) == '0') {
            char p = s.charAt(a + 1);
            int radix = p == 'x' || p == 'X' ? 16 : p == 'o' || p == 'O' ? 8 : p == 'b' || p == 'B' ? 2 : 0;
            if (radix != 0) {
                return integer(s, a + 2, b, radix);
            }
        }
        int i = a;
        boolean negative = false;
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (s.startsWith("Infinity", i) && i + 8 == b) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        int digits = 0;
        while (i < b && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < b && s.charAt(i) == '.') {
            i++;
            while (i < b && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < b && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < b && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < b && isDigit(s.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
        }
        if (i != b) {
            return Double.NaN;
        }
        return decimal(s.substring(a, b)); // the syntax checked above is a subset of Java's
    }

    /**
     * The shortest text that reads back as x, in JavaScript's {@code Number#toString} layout:
     * plain decimals from 1e-7 up to 1e21 ("0.03", "0.00001", "250"), exponent form outside
     * ("1e-8", "1.5e+300"); −0 is written "0", as JavaScript does.
     */
    public static String format(double x) {
        if (Platform.inJavaScript() || Platform.inWebAssembly()) {
            return browser.format(x);
        }
        if (x != x) {
            return "NaN";
        }
        if (x == 0) {
            return "0";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        // x = ±0.d1d2…dk · 10^n, digits from Java's round-trip representation
        String java = Double.toString(Math.abs(x));
        int e = java.indexOf('E');
        String mantissa = e < 0 ? java : java.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = dot < 0 ? mantissa : mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int n = (dot < 0 ? mantissa.length() : dot) + exponent;
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
            n--;
        }
        int end = digits.length();
        while (end > start + 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(start, end);
        // Java 17 sometimes prints more digits than needed (4.9E-324 for 5e-324): try shorter roundings
        for (int p = 1; p < digits.length(); p++) {
            String shorter = roundDigits(digits, p);
            int shift = shorter.length() > p ? 1 : 0; // 99… rounded up to 100…
            if (Double.parseDouble("0." + shorter + "E" + (n + shift)) == Math.abs(x)) {
                digits = shift == 1 ? shorter.substring(0, 1) : stripZeros(shorter);
                n += shift;
                break;
            }
        }
        int k = digits.length();
        StringBuilder out = new StringBuilder(x < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            out.append(digits);
            for (int i = k; i < n; i++) {
                out.append('0');
            }
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.");
            for (int i = n; i < 0; i++) {
                out.append('0');
            }
            out.append(digits);
        } else {
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
        }
        return out.toString();
    }

    /** The first p digits of {@code digits}, rounded half up; one digit longer when it carries out. */
    private static String roundDigits(String digits, int p) {
        char[] d = digits.substring(0, p).toCharArray();
        if (digits.charAt(p) >= '5') {
            int i = p - 1;
            while (i >= 0 && d[i] == '9') {
                d[i] = '0';
                i--;
            }
            if (i < 0) {
                return "1" + new String(d);
            }
            d[i]++;
        }
        return new String(d);
    }

    private static String stripZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }

    private static double integer(String s, int from, int to, int radix) {
        double v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
            if (d >= radix) {
                return Double.NaN;
            }
            v = v * radix + d;
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** JavaScript's WhiteSpace and LineTerminator characters. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }
}
