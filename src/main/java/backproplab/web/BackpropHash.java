package backproplab.web;

import backproplab.text.Fmt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backpropagation page's state in the URL hash, so that an instructor can link "step 7 of
 * the worked example": {@code #expr=<program>&in=u:6,b:2&step=7&view=expr}. Every key is
 * optional ({@code #step=7} is the worked example at step 7). Pure Java, no browser types.
 *
 * <p>Reading never throws: a part that cannot be used is skipped with a readable notice, and the
 * rest still applies. Percent-decoding is lenient (a stray '%' stays a '%'); writing encodes only
 * what would break the hash ('&amp;', '%', '#', '+', ',', spaces, quotes, non-ASCII), so a program
 * stays readable in the address bar: {@code #expr=z=(a%2Bb)*(b%2B1);a=2;b=1&step=3}.
 *
 * @param program the program text, or null for the page's default
 * @param inputs  input values that override the program's, by name, in order
 * @param step    the number of steps taken (0 = nothing computed yet); -1 when not given
 * @param view    "expr" (any expression) or "mlp" (one training example through a network)
 */
public record BackpropHash(String program, Map<String, Double> inputs, int step, String view) {
    public static final String EXPRESSION = "expr";
    public static final String MLP = "mlp";

    /** Programs longer than this are not read from a link (the compiler limits the size anyway). */
    public static final int MAX_PROGRAM = 4000;

    /** What a hash gave, and what could not be used. */
    public record Parsed(BackpropHash state, List<String> notices) {
    }

    /** Reads {@code hash} (with or without its leading '#'). */
    public static Parsed parse(String hash) {
        List<String> notices = new ArrayList<>();
        String program = null;
        Map<String, Double> inputs = new LinkedHashMap<>();
        int step = -1;
        String view = EXPRESSION;
        String h = hash == null ? "" : hash.startsWith("#") ? hash.substring(1) : hash;
        for (String pair : h.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            switch (key) {
                case "expr":
                    if (value.length() > MAX_PROGRAM) {
                        notices.add("The program in the link is longer than " + MAX_PROGRAM
                                + " characters: the worked example is shown instead.");
                    } else if (!value.trim().isEmpty()) {
                        program = value;
                    }
                    break;
                case "in":
                    readInputs(value, inputs, notices);
                    break;
                case "step":
                    try {
                        step = Integer.parseInt(value.trim());
                        if (step < 0) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException e) {
                        step = -1;
                        notices.add("The step in the link (\"" + shorten(value) + "\") is not a step number: "
                                + "starting at the beginning.");
                    }
                    break;
                case "view":
                    if (value.equals(EXPRESSION) || value.equals(MLP)) {
                        view = value;
                    } else {
                        notices.add("The link asks for an unknown view (\"" + shorten(value)
                                + "\"): showing the expression view.");
                    }
                    break;
                default:
                    notices.add("The link's setting \"" + shorten(key) + "\" is not known here and was ignored.");
            }
        }
        return new Parsed(new BackpropHash(program, Collections.unmodifiableMap(inputs), step, view),
                Collections.unmodifiableList(notices));
    }

    /** "u:6,b:2" into {@code inputs}; a pair without a usable number is reported and skipped. */
    private static void readInputs(String text, Map<String, Double> inputs, List<String> notices) {
        for (String item : text.split(",")) {
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.lastIndexOf(':');
            String name = colon < 0 ? "" : item.substring(0, colon).trim();
            Double value = colon < 0 ? null : number(item.substring(colon + 1));
            if (name.isEmpty() || value == null) {
                notices.add("The input \"" + shorten(item) + "\" in the link is not name:number and was ignored.");
            } else {
                inputs.put(name, value);
            }
        }
    }

    /** A finite number written as in a program ("6", "-0.5", "1e-3"), or null. */
    public static Double number(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.endsWith("d") || t.endsWith("D") || t.endsWith("f") || t.endsWith("F")) {
            return null; // Java's parser also takes "1d"; a program does not
        }
        try {
            double x = Double.parseDouble(t);
            return Double.isNaN(x) || Double.isInfinite(x) ? null : x;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The hash for this state: keys that hold their default are left out. */
    public String toHash(String defaultProgram) {
        StringBuilder s = new StringBuilder();
        if (!view.equals(EXPRESSION)) {
            s.append("view=").append(view);
        }
        if (program != null && !program.equals(defaultProgram)) {
            s.append(s.length() == 0 ? "" : "&").append("expr=").append(encode(program));
        }
        if (!inputs.isEmpty()) {
            s.append(s.length() == 0 ? "" : "&").append("in=");
            boolean first = true;
            for (Map.Entry<String, Double> e : inputs.entrySet()) {
                s.append(first ? "" : ",").append(encode(e.getKey())).append(':').append(numberText(e.getValue()));
                first = false;
            }
        }
        if (step > 0) {
            s.append(s.length() == 0 ? "" : "&").append("step=").append(step);
        }
        return s.length() == 0 ? "" : "#" + s;
    }

    /** A number with up to 15 significant digits, which reads back as the same value for typed inputs. */
    static String numberText(double x) {
        return Fmt.num(x, 15);
    }

    /** Percent-encodes what would break a hash pair, keeping programs readable. */
    static String encode(String text) {
        StringBuilder s = new StringBuilder();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xff;
            boolean plain = c > 0x20 && c < 0x7f && c != '&' && c != '%' && c != '#' && c != '+' && c != ','
                    && c != '"' && c != '<' && c != '>' && c != '`' && c != '\\';
            if (plain) {
                s.append((char) c);
            } else {
                s.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            }
        }
        return s.toString();
    }

    /** Percent-decodes as UTF-8; a '%' not followed by two hex digits stays as it is. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            int hi = i + 2 < raw.length && raw[i] == '%' ? hex(raw[i + 1]) : -1;
            int lo = hi < 0 ? -1 : hex(raw[i + 2]);
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
