package backproplab.render;

/**
 * Sizes and colours shared by the renderers, in CSS pixels. The surface already handles the
 * device pixel ratio; {@code scale} is the page's choice on top (1 on a laptop or phone, larger
 * for a projector or a big classroom display).
 */
public record Style(Palette palette, double fontPx, double lineWidth, double pointRadius) {

    public static Style of(Palette palette, double scale) {
        return new Style(palette, 11 * scale, scale * palette.lineScale, 3.5 * scale);
    }

    public static final Style STANDARD = of(Palette.STANDARD, 1);
}
