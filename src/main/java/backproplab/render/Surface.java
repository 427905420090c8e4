package backproplab.render;

/**
 * The subset of the HTML canvas 2D API that the renderers draw with. The browser implements it
 * on a canvas ({@code web.CanvasSurface}); JVM tests implement it on a Java2D image, so every
 * picture can be checked pixel by pixel without a browser.
 *
 * <p>Coordinates are CSS pixels, origin top left, y down. The implementation maps them to device
 * pixels (devicePixelRatio, browser zoom), so renderers never deal with the pixel ratio
 * themselves and stay sharp on phones and projectors alike.
 *
 * <p>Colours are packed ints 0xAARRGGBB (see {@link Rgb}): cheap to pass, compare and store in
 * lookup tables. As in the canvas API, colours, line width, dash, alpha, font, alignment, the
 * translation and the clip belong to the state kept by {@link #save()} and {@link #restore()};
 * the current path does not.
 */
public interface Surface {

    /** Horizontal text anchor, as canvas {@code textAlign}. */
    enum Align {
        LEFT("left"), CENTER("center"), RIGHT("right");

        public final String css;

        Align(String css) {
            this.css = css;
        }
    }

    /** Vertical text anchor, as canvas {@code textBaseline}. */
    enum Baseline {
        TOP("top"), MIDDLE("middle"), ALPHABETIC("alphabetic"), BOTTOM("bottom");

        public final String css;

        Baseline(String css) {
            this.css = css;
        }
    }

    /** Width in CSS pixels. */
    double width();

    /** Height in CSS pixels. */
    double height();

    /** Device pixels per CSS pixel (the browser's devicePixelRatio when the surface was sized). */
    double pixelRatio();

    void fillColor(int argb);

    void strokeColor(int argb);

    void lineWidth(double width);

    /** Dashed lines: {@code on} pixels drawn, {@code off} pixels skipped; (0, 0) is solid. */
    void lineDash(double on, double off);

    void globalAlpha(double alpha);

    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    /** A cubic Bézier from the current point to (x, y), as canvas {@code bezierCurveTo}. */
    void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y);

    /** Circular arc as canvas {@code arc}: angles in radians, clockwise on screen (y down). */
    void arc(double cx, double cy, double r, double startAngle, double endAngle);

    void closePath();

    void rect(double x, double y, double w, double h);

    void fill();

    void stroke();

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    /** Makes the rectangle transparent. */
    void clearRect(double x, double y, double w, double h);

    /** A system sans-serif font (no web fonts: the page must work offline from file://). */
    void font(double sizePx, boolean bold);

    void textAlign(Align align);

    void textBaseline(Baseline baseline);

    void fillText(String text, double x, double y);

    /** Advance width of {@code text} in the current font, CSS pixels. */
    double measureText(String text);

    void save();

    void restore();

    void translate(double dx, double dy);

    /** Intersects the clip with a rectangle (undone by {@link #restore()}); discards the current path. */
    void clipRect(double x, double y, double w, double h);

    /**
     * Draws a small ARGB image (row-major, {@code w × h}, row 0 at the top) scaled to
     * {@code drawW × drawH} at (x, y), with smooth (bilinear) or blocky (nearest) scaling.
     * This is how the 100×100 heatmap becomes a 500×500 picture in one call.
     */
    void putPixels(int[] argb, int w, int h, double x, double y, double drawW, double drawH, boolean smooth);
}
