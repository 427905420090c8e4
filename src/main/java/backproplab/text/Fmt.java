package backproplab.text;

/**
 * Number formatting without {@code String.format}, which would pull the whole formatter into the
 * compiled page (docs/benchmarks.md has the bytes). Gives the same text on the JVM and in the browser.
 */
public final class Fmt {
    /**
     * What a page shows for a figure that does not exist (no points to compute it on, a diverged
     * network): an em dash, the same for every figure.
     */
    public static final String MISSING = "—";

    private Fmt() {
    }

    /** A fraction as a percentage with {@code digits} decimals, e.g. percent(0.6523, 1) = "65.2%"; {@link #MISSING} for NaN. */
    public static String percent(double fraction, int digits) {
        return fraction == fraction ? fixed(100 * fraction, digits) + "%" : MISSING;
    }

    /** {@code x} rounded to {@code digits} decimals, e.g. fixed(0.12345, 3) = "0.123". */
    public static String fixed(double x, int digits) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "−∞";
        }
        double scale = 1;
        for (int i = 0; i < digits; i++) {
            scale *= 10;
        }
        double r = Math.abs(x) * scale;
        if (r >= 9.0e15) {
            return sci(x, 3);
        }
        double rounded = Math.floor(r + 0.5);
        String digitsText = Long.toString((long) rounded);
        while (digitsText.length() <= digits) {
            digitsText = "0" + digitsText;
        }
        int point = digitsText.length() - digits;
        String body = digits == 0 ? digitsText : digitsText.substring(0, point) + "." + digitsText.substring(point);
        return (x < 0 && rounded != 0 ? "-" : "") + body;
    }

    /** {@code x} with about {@code significant} significant digits, trailing zeros dropped. */
    public static String num(double x, int significant) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return fixed(x, 0);
        }
        if (x == 0) {
            return "0";
        }
        double a = Math.abs(x);
        if (a >= 1e6 || a < 1e-4) {
            return sci(x, significant);
        }
        int magnitude = (int) Math.floor(Math.log10(a));
        int decimals = Math.max(0, significant - 1 - magnitude);
        return trimZeros(fixed(x, decimals));
    }

    /** A formatted number as the slides print it, with a real minus sign (U+2212) for the hyphen: "−0.5", "1e−5". */
    public static String minus(String number) {
        return number.replace('-', '−');
    }

    /** Scientific notation, e.g. sci(12345, 3) = "1.23e4". */
    public static String sci(double x, int significant) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return fixed(x, 0);
        }
        int exp = (int) Math.floor(Math.log10(Math.abs(x)));
        double mantissa = x / Math.pow(10, exp);
        String m = trimZeros(fixed(mantissa, Math.max(0, significant - 1)));
        if (m.equals("10") || m.equals("-10")) {
            m = x < 0 ? "-1" : "1";
            exp++;
        }
        return m + "e" + exp;
    }

    private static String trimZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        String t = s.substring(0, end);
        return t.equals("-0") ? "0" : t;
    }

    /** The epoch counter: 1234 → "001,234", six digits at least, as TF Playground shows it. */
    public static String epochCounter(int epochs) {
        String digits = Integer.toString(epochs);
        while (digits.length() < 6) {
            digits = "0" + digits;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
