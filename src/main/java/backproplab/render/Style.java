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

    /** Text size of the playground's canvases on a projector, CSS px. */
    private static final double PROJECTOR_FONT_PX = 16;

    /**
     * The playground's style. On a projector its lines and points are 1.2× and its text is 16 px
     * (the loss chart's tick labels 0.9 of that, 14.4 px): text at 1.2× the 11 px base, 13.2 px
     * and 11.9 px on the chart, was too small to read from the back of a lecture hall.
     */
    public static Style playground(boolean projector) {
        if (!projector) {
            return STANDARD;
        }
        Style s = of(Palette.HIGH_CONTRAST, 1.2);
        return new Style(s.palette, PROJECTOR_FONT_PX, s.lineWidth, s.pointRadius);
    }
}
