package backproplab.lessons;

import backproplab.math.DetMath;
import backproplab.nn.Activation;
import backproplab.state.HashParams;
import backproplab.text.Fmt;
import backproplab.text.JsNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * What the activations page shows, as its link carries it: {@code #fn=gelu&derivative=true&slope=0.1}.
 *
 * @param kind       the activation plotted large
 * @param derivative whether its derivative σ′ is drawn too
 * @param slope      LeakyReLU's slope for x &lt; 0, {@link #SLOPE_MIN} … {@link #SLOPE_MAX}
 */
public record ActivationSettings(Activation.Kind kind, boolean derivative, double slope) {
    public static final double SLOPE_MIN = 0;
    public static final double SLOPE_MAX = 1;

    /** A settings value read from a link, with a readable note for each part that was refused. */
    public record Parsed(ActivationSettings settings, List<String> notices) {
    }

    /** Sigmoid, the lecture's first activation, without its derivative; LeakyReLU's slope as on the slide. */
    public static ActivationSettings defaults() {
        return new ActivationSettings(Activation.Kind.SIGMOID, false, Activation.DEFAULT_LEAKY_SLOPE);
    }

    /** The activation to evaluate: {@code kind}, with {@code slope} if it is LeakyReLU. */
    public Activation activation() {
        return activation(kind);
    }

    /** Any activation as this page shows it (LeakyReLU with this page's slope). */
    public Activation activation(Activation.Kind k) {
        return k == Activation.Kind.LEAKY_RELU ? Activation.leakyRelu(slope) : Activation.of(k);
    }

    public ActivationSettings withKind(Activation.Kind k) {
        return new ActivationSettings(k, derivative, slope);
    }

    public ActivationSettings withDerivative(boolean on) {
        return new ActivationSettings(kind, on, slope);
    }

    /** Another slope, clamped to SLOPE_MIN … SLOPE_MAX and kept to 2 decimals as the slider gives it. */
    public ActivationSettings withSlope(double s) {
        double clamped = Math.max(SLOPE_MIN, Math.min(SLOPE_MAX, s));
        return new ActivationSettings(kind, derivative, DetMath.hundredths(clamped));
    }

    /** The link text, without {@code #}. */
    public String toHash() {
        return HashParams.write(List.of(
                new HashParams.Entry("fn", kind.id()),
                new HashParams.Entry("derivative", Boolean.toString(derivative)),
                new HashParams.Entry("slope", JsNumber.format(slope))));
    }

    /** Reads a link (with or without {@code #}); never throws: refused parts get a notice and the default. */
    public static Parsed parse(String hash) {
        List<String> notices = new ArrayList<>();
        ActivationSettings s = defaults();
        for (HashParams.Entry e : HashParams.parse(hash)) {
            String key = e.key();
            String value = e.value();
            switch (key) {
                case "fn": {
                    Activation.Kind k = Activation.Kind.byId(value);
                    if (k == null) {
                        notices.add(LinkValues.refused(key, value, "not one of " + kindIds(), s.kind.id()));
                    } else {
                        s = s.withKind(k);
                    }
                    break;
                }
                case "derivative":
                    if (value.equals("true") || value.equals("false")) {
                        s = s.withDerivative(value.equals("true"));
                    } else {
                        notices.add(LinkValues.refused(key, value, "neither true nor false", "false"));
                    }
                    break;
                case "slope": {
                    Double v = LinkValues.number(value);
                    if (v == null || v < SLOPE_MIN || v > SLOPE_MAX) {
                        notices.add(LinkValues.refused(key, value, "not a slope from " + Fmt.num(SLOPE_MIN, 2)
                                + " to " + Fmt.num(SLOPE_MAX, 2), Fmt.num(s.slope, 3)));
                    } else {
                        s = s.withSlope(v);
                    }
                    break;
                }
                case HashParams.EMBED: // the site's key (SiteChrome), not this page's
                    break;
                default:
                    notices.add(LinkValues.unknown(key));
            }
        }
        return new Parsed(s, notices);
    }

    private static String kindIds() {
        StringBuilder s = new StringBuilder();
        for (Activation a : Activation.all()) {
            s.append(s.length() == 0 ? "" : ", ").append(a.id());
        }
        return s.toString();
    }
}
