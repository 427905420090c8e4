package backproplab.render;

import backproplab.text.JsNumber;

/** Colours as packed ints 0xAARRGGBB, the form every {@link Surface} takes. */
public final class Rgb {
    private Rgb() {
    }

    /** An opaque colour from its 0xRRGGBB hex value, e.g. {@code of(0xf59322)}. */
    public static int of(int rrggbb) {
        return 0xff000000 | rrggbb;
    }

    public static int of(int r, int g, int b) {
        return 0xff000000 | clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    /** The same colour with opacity {@code alpha} in [0, 1]. */
    public static int withAlpha(int argb, double alpha) {
        return clamp((int) Math.round(alpha * 255)) << 24 | (argb & 0xffffff);
    }

    public static int alpha(int argb) {
        return argb >>> 24;
    }

    public static int red(int argb) {
        return argb >> 16 & 0xff;
    }

    public static int green(int argb) {
        return argb >> 8 & 0xff;
    }

    public static int blue(int argb) {
        return argb & 0xff;
    }

    /** CSS text for a canvas style: "#rrggbb" when opaque, else "rgba(r,g,b,a)". */
    public static String css(int argb) {
        int a = alpha(argb);
        if (a == 255) {
            String hex = Integer.toHexString(argb & 0xffffff);
            return "#000000".substring(0, 7 - hex.length()) + hex;
        }
        return "rgba(" + red(argb) + "," + green(argb) + "," + blue(argb) + "," + JsNumber.format(a / 255.0) + ")";
    }

    private static int clamp(int channel) {
        return channel < 0 ? 0 : Math.min(channel, 255);
    }
}
