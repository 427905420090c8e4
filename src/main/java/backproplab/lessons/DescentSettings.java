package backproplab.lessons;

import backproplab.math.DetMath;
import backproplab.state.HashParams;
import backproplab.text.Fmt;
import backproplab.text.JsNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * What the gradient-descent page shows, as one value that its link carries:
 * {@code #curve=quadratic&alpha=0.1&w0=-1.5&t=5&alpha2=0.05&w1=-1.5&w2=2&t2=50}.
 * The 1-D picture: the curve, α, w₀ and the step t shown. The 2-D picture: its own α (the
 * log-loss surface is steeper than the curves), the start (w₁, w₂) and the steps shown.
 *
 * @param curve  the loss curve L(w)
 * @param alpha  the 1-D learning rate α
 * @param w0     the 1-D start w₀, within the curve's plotting range
 * @param t      the 1-D step shown, 0 … {@link Descent1D#STEPS}
 * @param alpha2 the 2-D learning rate, one of {@link #ALPHAS_2D}
 * @param start1 the 2-D start w₁
 * @param start2 the 2-D start w₂
 * @param t2     the 2-D steps shown, 0 … {@link #STEPS_2D}
 */
public record DescentSettings(Curve1D curve, double alpha, double w0, int t,
                              double alpha2, double start1, double start2, int t2) {

    /** The 2-D learning rates offered: from too slow for plain gradient descent to past its 2/λ_max ≈ 0.33. */
    public static final double[] ALPHAS_2D = {0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5};
    /** Most steps the 2-D paths take. */
    public static final int STEPS_2D = 200;

    /** A settings value read from a link, with a readable note for each part that was refused. */
    public record Parsed(DescentSettings settings, List<String> notices) {
    }

    /** The page as it opens without a link: the quadratic at α = 0.1, the paths from (−1.5, 2) at α = 0.05. */
    public static DescentSettings defaults() {
        Curve1D curve = Curve1D.all()[0];
        return new DescentSettings(curve, 0.1, curve.start(), 0, 0.05, -1.5, 2, 50);
    }

    /** Another curve, started from its own w₀ at t = 0. */
    public DescentSettings withCurve(Curve1D c) {
        return new DescentSettings(c, alpha, c.start(), 0, alpha2, start1, start2, t2);
    }

    /** Another α: a new run, shown from t = 0. */
    public DescentSettings withAlpha(double a) {
        return new DescentSettings(curve, a, w0, 0, alpha2, start1, start2, t2);
    }

    /** Another w₀ (to hundredths, clamped to the plotting range): a new run, shown from t = 0. */
    public DescentSettings withW0(double w) {
        return new DescentSettings(curve, alpha, clamp(DetMath.hundredths(w), curve.wFrom(), curve.wTo()), 0,
                alpha2, start1, start2, t2);
    }

    public DescentSettings withT(int step) {
        return new DescentSettings(curve, alpha, w0, Math.max(0, Math.min(Descent1D.STEPS, step)),
                alpha2, start1, start2, t2);
    }

    public DescentSettings withAlpha2(double a) {
        return new DescentSettings(curve, alpha, w0, t, a, start1, start2, t2);
    }

    /** Another 2-D start (to hundredths, clamped to the surface's plotting box), its paths shown from t = 0. */
    public DescentSettings withStart(LogisticSurface2D surface, double w1, double w2) {
        return new DescentSettings(curve, alpha, w0, t, alpha2,
                clamp(DetMath.hundredths(w1), surface.w1From(), surface.w1To()),
                clamp(DetMath.hundredths(w2), surface.w2From(), surface.w2To()), 0);
    }

    public DescentSettings withT2(int steps) {
        return new DescentSettings(curve, alpha, w0, t, alpha2, start1, start2, Math.max(0, Math.min(STEPS_2D, steps)));
    }

    /** The link text, without {@code #}. */
    public String toHash() {
        return HashParams.write(List.of(
                new HashParams.Entry("curve", curve.id()),
                new HashParams.Entry("alpha", JsNumber.format(alpha)),
                new HashParams.Entry("w0", JsNumber.format(w0)),
                new HashParams.Entry("t", Integer.toString(t)),
                new HashParams.Entry("alpha2", JsNumber.format(alpha2)),
                new HashParams.Entry("w1", JsNumber.format(start1)),
                new HashParams.Entry("w2", JsNumber.format(start2)),
                new HashParams.Entry("t2", Integer.toString(t2))));
    }

    /**
     * Reads a link (with or without {@code #}). Never throws: each key that is unknown or whose
     * value is not acceptable gets a notice and the default; keys may come in any order.
     */
    public static Parsed parse(String hash, LogisticSurface2D surface) {
        List<String> notices = new ArrayList<>();
        DescentSettings d = defaults();
        String curveId = null;
        String alphaText = null;
        String w0Text = null;
        String tText = null;
        String alpha2Text = null;
        String w1Text = null;
        String w2Text = null;
        String t2Text = null;
        for (HashParams.Entry e : HashParams.parse(hash)) { // a repeated key: the last one counts
            String v = e.value();
            switch (e.key()) {
                case "curve": curveId = v; break;
                case "alpha": alphaText = v; break;
                case "w0": w0Text = v; break;
                case "t": tText = v; break;
                case "alpha2": alpha2Text = v; break;
                case "w1": w1Text = v; break;
                case "w2": w2Text = v; break;
                case "t2": t2Text = v; break;
                case HashParams.EMBED: break; // the site's key (SiteChrome), not this page's
                default: notices.add(LinkValues.unknown(e.key()));
            }
        }
        Curve1D curve = d.curve;
        if (curveId != null) {
            Curve1D c = Curve1D.byId(curveId);
            if (c == null) {
                notices.add(LinkValues.refused("curve", curveId, "not one of " + curveIds(), d.curve.id()));
            } else {
                curve = c;
            }
        }
        double alpha = d.alpha;
        if (alphaText != null) {
            Double a = LearningRateScale.parse(alphaText);
            if (a == null) {
                notices.add(LinkValues.refused("alpha", alphaText, "not a learning rate between 0 and "
                        + Fmt.num(LearningRateScale.TYPED_MAX, 3), Fmt.num(alpha, 3)));
            } else {
                alpha = a;
            }
        }
        double w0 = curve.start();
        if (w0Text != null) {
            Double w = LinkValues.number(w0Text);
            if (w == null || w < curve.wFrom() || w > curve.wTo()) {
                notices.add(LinkValues.refused("w0", w0Text, "not a number from " + Fmt.num(curve.wFrom(), 3) + " to "
                        + Fmt.num(curve.wTo(), 3), Fmt.num(w0, 3)));
            } else {
                w0 = w;
            }
        }
        int t = wholeIn("t", tText, 0, Descent1D.STEPS, d.t, notices);
        double alpha2 = d.alpha2;
        if (alpha2Text != null) {
            Double a = LinkValues.number(alpha2Text);
            if (a == null || indexOf(ALPHAS_2D, a) < 0) {
                notices.add(LinkValues.refused("alpha2", alpha2Text, "not one of the offered rates", Fmt.num(alpha2, 3)));
            } else {
                alpha2 = a;
            }
        }
        double start1 = numberIn("w1", w1Text, surface.w1From(), surface.w1To(), d.start1, notices);
        double start2 = numberIn("w2", w2Text, surface.w2From(), surface.w2To(), d.start2, notices);
        int t2 = wholeIn("t2", t2Text, 0, STEPS_2D, d.t2, notices);
        return new Parsed(new DescentSettings(curve, alpha, w0, t, alpha2, start1, start2, t2), notices);
    }

    private static double numberIn(String key, String text, double from, double to, double fallback,
                                   List<String> notices) {
        if (text == null) {
            return fallback;
        }
        Double v = LinkValues.number(text);
        if (v == null || v < from || v > to) {
            notices.add(LinkValues.refused(key, text, "not a number from " + Fmt.num(from, 3) + " to " + Fmt.num(to, 3),
                    Fmt.num(fallback, 3)));
            return fallback;
        }
        return v;
    }

    private static int wholeIn(String key, String text, int from, int to, int fallback, List<String> notices) {
        if (text == null) {
            return fallback;
        }
        Integer v = LinkValues.whole(text);
        if (v == null || v < from || v > to) {
            notices.add(LinkValues.refused(key, text, "not a whole number from " + from + " to " + to, Integer.toString(fallback)));
            return fallback;
        }
        return v;
    }

    private static String curveIds() {
        StringBuilder s = new StringBuilder();
        for (Curve1D c : Curve1D.all()) {
            s.append(s.length() == 0 ? "" : ", ").append(c.id());
        }
        return s.toString();
    }

    /** The index of v in values, or −1. */
    public static int indexOf(double[] values, double v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == v) {
                return i;
            }
        }
        return -1;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
