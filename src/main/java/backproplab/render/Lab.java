package backproplab.render;

/**
 * A colour in CIELAB (D65 white): L is perceived lightness 0..100, equal distances are roughly
 * equally noticeable differences. Used to build colour scales whose steps look even, and to
 * measure how far apart two colours look (ΔE*ab, CIE 1976). Not for per-frame use.
 */
public record Lab(double l, double a, double b) {

    private static final double XN = 0.95047;
    private static final double ZN = 1.08883;

    /** The Lab coordinates of an sRGB colour. */
    public static Lab of(int argb) {
        return fromLinear(linear(Rgb.red(argb)), linear(Rgb.green(argb)), linear(Rgb.blue(argb)));
    }

    /** The Lab coordinates of a linear-light RGB triple (each 0..1). */
    public static Lab fromLinear(double r, double g, double b) {
        double x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / XN;
        double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        double z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / ZN;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new Lab(116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }

    /** Back to an opaque sRGB colour, channels clipped to the gamut. */
    public int rgb() {
        double fy = (l + 16) / 116;
        double x = XN * fInverse(fy + a / 500);
        double y = fInverse(fy);
        double z = ZN * fInverse(fy - b / 200);
        double r = 3.2404542 * x - 1.5371385 * y - 0.4985314 * z;
        double g = -0.9692660 * x + 1.8760108 * y + 0.0415560 * z;
        double bl = 0.0556434 * x - 0.2040259 * y + 1.0572252 * z;
        return Rgb.of(encode(r), encode(g), encode(bl));
    }

    /** The colour a fraction {@code t} of the way from this one to {@code other}. */
    public Lab mix(Lab other, double t) {
        return new Lab(l + (other.l - l) * t, a + (other.a - a) * t, b + (other.b - b) * t);
    }

    /** ΔE*ab: about 2.3 is just noticeable, above 20 reads as clearly different colours. */
    public double distance(Lab other) {
        double dl = l - other.l;
        double da = a - other.a;
        double db = b - other.b;
        return Math.sqrt(dl * dl + da * da + db * db);
    }

    /** sRGB channel 0..255 to linear light 0..1 (the sRGB transfer curve). */
    public static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int encode(double linear) {
        double c = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
        return (int) Math.round(c * 255);
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    private static double fInverse(double t) {
        return t > 6.0 / 29 ? t * t * t : (116 * t - 16) * 27 / 24389;
    }
}
