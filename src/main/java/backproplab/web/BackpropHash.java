package backproplab.web;

import backproplab.text.Texts;
import backproplab.state.HashParams;
import backproplab.state.NetworkLink;
import backproplab.text.JsNumber;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backpropagation page's state in the URL hash, so that an instructor can link "step 7 of
 * the worked example": {@code #expr=<program>&in=u:6,b:2&step=7&view=expr}. Every key is
 * optional ({@code #step=7} is the worked example at step 7). Pure Java, no browser types.
 *
 * <p>Reading never throws: a part that cannot be used is skipped with a readable notice, and the
 * rest still applies. Percent-coding is {@link HashParams}'s (lenient decoding, readable links).
 *
 * @param program the program text, or null for the page's default
 * @param inputs  input values that override the program's, by name, in order
 * @param step    the number of steps taken (0 = nothing computed yet); -1 when not given
 * @param view    "expr" (any expression) or "mlp" (one training example through a network)
 * @param network a playground network's keys as the link spells them, read by {@link NetworkLink}
 *                (empty: the lecture's network)
 */
public record BackpropHash(String program, Map<String, Double> inputs, int step, String view,
        Map<NetworkLink.Key, String> network) {
    public static final String EXPRESSION = "expr";
    public static final String MLP = NetworkLink.VIEW;

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
        Map<NetworkLink.Key, String> network = new EnumMap<>(NetworkLink.Key.class);
        for (HashParams.Entry entry : HashParams.parse(hash)) {
            String key = entry.key();
            String value = entry.value();
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
                        notices.add("The step in the link (\"" + Texts.shorten(value, 40) + "\") is not a step number: "
                                + "starting at the beginning.");
                    }
                    break;
                case "view":
                    if (value.equals(EXPRESSION) || value.equals(MLP)) {
                        view = value;
                    } else {
                        notices.add("The link asks for an unknown view (\"" + Texts.shorten(value, 40)
                                + "\"): showing the expression view.");
                    }
                    break;
                case HashParams.EMBED: // the site's key (SiteChrome), not this page's
                    break;
                default:
                    if (NetworkLink.Key.byId(key) != null) {
                        network.put(NetworkLink.Key.byId(key), value);
                        break;
                    }
                    notices.add("The link's setting \"" + Texts.shorten(key, 40) + "\" is not known here and was ignored.");
            }
        }
        return new Parsed(new BackpropHash(program, Collections.unmodifiableMap(inputs), step, view,
                Collections.unmodifiableMap(network)),
                Collections.unmodifiableList(notices));
    }

    /** "u:6,b:2" into {@code inputs}; a pair without a usable number is reported and skipped. */
    private static void readInputs(String text, Map<String, Double> inputs, List<String> notices) {
        for (String item : Texts.split(text, ',')) {
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.lastIndexOf(':');
            String name = colon < 0 ? "" : item.substring(0, colon).trim();
            Double value = colon < 0 ? null : number(item.substring(colon + 1));
            if (name.isEmpty() || value == null) {
                notices.add("The input \"" + Texts.shorten(item, 40) + "\" in the link is not name:number and was ignored.");
            } else {
                inputs.put(name, value);
            }
        }
    }

    /** A finite number as JavaScript reads it ("6", "-0.5", "1e-3"), or null (also for blank text). */
    public static Double number(String text) {
        if (text.trim().isEmpty()) {
            return null;
        }
        double x = JsNumber.parse(text);
        return Double.isNaN(x) || Double.isInfinite(x) ? null : x;
    }

    /** The hash for this state ("" when everything is the default); keys that hold their default are left out. */
    public String toHash(String defaultProgram) {
        List<HashParams.Entry> entries = new ArrayList<>();
        if (!view.equals(EXPRESSION)) {
            entries.add(new HashParams.Entry("view", view));
        }
        if (program != null && !program.equals(defaultProgram)) {
            entries.add(new HashParams.Entry("expr", program));
        }
        if (!inputs.isEmpty()) {
            StringBuilder in = new StringBuilder();
            for (Map.Entry<String, Double> e : inputs.entrySet()) {
                in.append(in.length() == 0 ? "" : ",").append(e.getKey()).append(':').append(numberText(e.getValue()));
            }
            entries.add(new HashParams.Entry("in", in.toString()));
        }
        network.forEach((k, v) -> entries.add(new HashParams.Entry(k.id, v)));
        if (step > 0) {
            entries.add(new HashParams.Entry("step", Integer.toString(step)));
        }
        return entries.isEmpty() ? "" : "#" + HashParams.write(entries);
    }

    /** A number as JavaScript writes it, which reads back as the same value. */
    static String numberText(double x) {
        return JsNumber.format(x);
    }

}
