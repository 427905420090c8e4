package backproplab.web;

import backproplab.Platform;
import backproplab.render.Rgb;
import backproplab.render.Surface;
import backproplab.text.Fmt;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.canvas.ImageData;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSNumber;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.typedarrays.Int32Array;

/**
 * {@link Surface} on an HTML canvas. Renderers draw in CSS pixels; the canvas's backing store
 * has CSS size × devicePixelRatio pixels and the context is scaled by that ratio, so lines and
 * text are sharp on phones, retina screens and zoomed projector pages alike. Call
 * {@link #resize} again when the layout or the ratio (browser zoom, another screen) changes.
 *
 * <p>Style strings are built only when a colour or font actually changes, so a frame that
 * draws many points of two colours makes no strings.
 */
public final class CanvasSurface implements Surface {

    /** An offscreen canvas of one image size, with the buffers that fill it. */
    private static final class Blit {
        final int w;
        final int h;
        final HTMLCanvasElement canvas;
        final CanvasRenderingContext2D ctx;
        final ImageData image;
        final Int32Array view;
        /** The JavaScript build's pixels: there an int[] is an Int32Array, which {@code set} reads as it is. */
        final int[] rgba;
        /** The WebAssembly build's pixels, in its linear memory, which JavaScript reads without a copy. */
        final IntBuffer direct;

        Blit(int w, int h) {
            this.w = w;
            this.h = h;
            canvas = (HTMLCanvasElement) HTMLDocument.current().createElement("canvas");
            canvas.setWidth(w);
            canvas.setHeight(h);
            ctx = (CanvasRenderingContext2D) canvas.getContext("2d");
            image = ctx.createImageData(w, h);
            view = new Int32Array(image.getData().getBuffer());
            boolean wasm = Platform.inWebAssembly();
            rgba = wasm ? null : new int[w * h];
            direct = wasm ? ByteBuffer.allocateDirect(4 * w * h).order(ByteOrder.nativeOrder()).asIntBuffer() : null;
        }
    }

    private final HTMLCanvasElement canvas;
    private final CanvasRenderingContext2D ctx;
    private final JSArray<JSObject> dash = JSArray.create();
    private final JSArray<JSObject> solid = JSArray.create();
    private final List<Blit> blits = new ArrayList<>();
    // CSS text of recently used colours (direct-mapped by a hash), so alternating colours make no strings
    private final int[] cssKeys = new int[64];
    private final String[] cssTexts = new String[64];
    private double width;
    private double height;
    private double ratio = 1;

    // what the context is known to hold; forgotten on restore(), which may change it behind our back
    private boolean fillKnown;
    private boolean strokeKnown;
    private boolean fontKnown;
    private int fill;
    private int stroke;
    private double fontSize;
    private boolean fontBold;

    public CanvasSurface(HTMLCanvasElement canvas) {
        this.canvas = canvas;
        this.ctx = (CanvasRenderingContext2D) canvas.getContext("2d");
    }

    /** Gives the canvas a CSS size and a backing store of that size × devicePixelRatio. */
    public void resize(double cssWidth, double cssHeight) {
        ratio = Window.current().getDevicePixelRatio();
        width = cssWidth;
        height = cssHeight;
        canvas.setWidth((int) Math.round(cssWidth * ratio));
        canvas.setHeight((int) Math.round(cssHeight * ratio));
        canvas.getStyle().setProperty("width", Fmt.num(cssWidth, 6) + "px");
        canvas.getStyle().setProperty("height", Fmt.num(cssHeight, 6) + "px");
        // setting the size resets the whole context state
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        ctx.setLineJoin("round");
        forgetStyles();
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public double pixelRatio() {
        return ratio;
    }

    @Override
    public void fillColor(int argb) {
        if (!fillKnown || argb != fill) {
            fillKnown = true;
            fill = argb;
            ctx.setFillStyle(css(argb));
        }
    }

    @Override
    public void strokeColor(int argb) {
        if (!strokeKnown || argb != stroke) {
            strokeKnown = true;
            stroke = argb;
            ctx.setStrokeStyle(css(argb));
        }
    }

    @Override
    public void lineWidth(double w) {
        ctx.setLineWidth(w);
    }

    @Override
    public void lineDash(double on, double off) {
        if (on > 0) {
            dash.set(0, JSNumber.valueOf(on));
            dash.set(1, JSNumber.valueOf(off));
            ctx.setLineDash(dash);
        } else {
            ctx.setLineDash(solid);
        }
    }

    @Override
    public void globalAlpha(double alpha) {
        ctx.setGlobalAlpha(alpha);
    }

    @Override
    public void beginPath() {
        ctx.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        ctx.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        ctx.lineTo(x, y);
    }

    @Override
    public void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        ctx.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void arc(double cx, double cy, double r, double startAngle, double endAngle) {
        ctx.arc(cx, cy, r, startAngle, endAngle);
    }

    @Override
    public void closePath() {
        ctx.closePath();
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        ctx.rect(x, y, w, h);
    }

    @Override
    public void fill() {
        ctx.fill();
    }

    @Override
    public void stroke() {
        ctx.stroke();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        ctx.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        ctx.strokeRect(x, y, w, h);
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        ctx.clearRect(x, y, w, h);
    }

    @Override
    public void font(double sizePx, boolean bold) {
        if (!fontKnown || sizePx != fontSize || bold != fontBold) {
            fontKnown = true;
            fontSize = sizePx;
            fontBold = bold;
            ctx.setFont((bold ? "bold " : "") + Fmt.num(sizePx, 4) + "px sans-serif");
        }
    }

    @Override
    public void textAlign(Align align) {
        ctx.setTextAlign(align.css);
    }

    @Override
    public void textBaseline(Baseline baseline) {
        ctx.setTextBaseline(baseline.css);
    }

    @Override
    public void fillText(String text, double x, double y) {
        ctx.fillText(text, x, y);
    }

    @Override
    public double measureText(String text) {
        return ctx.measureText(text).getWidth();
    }

    @Override
    public void save() {
        ctx.save();
    }

    @Override
    public void restore() {
        ctx.restore();
        forgetStyles();
    }

    @Override
    public void translate(double dx, double dy) {
        ctx.translate(dx, dy);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        // through the current path, not a Path2D: HtmlUnit's Path2D has no rect()
        ctx.beginPath();
        ctx.rect(x, y, w, h);
        ctx.clip();
        ctx.beginPath();
    }

    /**
     * Converts ARGB to the canvas's RGBA bytes, puts them into an offscreen canvas of the
     * image's size (kept for reuse) and draws that scaled. Writing whole 32-bit words assumes a
     * little-endian machine, as every browser platform is: bytes R, G, B, A = word 0xAABBGGRR.
     * The WebAssembly build writes the words into its linear memory, not into an int[]: TeaVM
     * would copy an int[] into a new Int32Array on every call, garbage the size of the picture
     * while playing (docs/benchmarks.md: the heap).
     */
    @Override
    public void putPixels(int[] argb, int w, int h, double x, double y, double drawW, double drawH, boolean smooth) {
        Blit b = blit(w, h);
        int n = w * h;
        if (Platform.inWebAssembly()) {
            IntBuffer direct = b.direct;
            for (int i = 0; i < n; i++) {
                direct.put(i, rgba(argb[i]));
            }
            b.view.set(Int32Array.fromJavaBuffer(direct));
        } else {
            int[] rgba = b.rgba;
            for (int i = 0; i < n; i++) {
                rgba[i] = rgba(argb[i]);
            }
            b.view.set(rgba);
        }
        b.ctx.putImageData(b.image, 0, 0);
        setImageSmoothing(ctx, smooth);
        ctx.drawImage(b.canvas, x, y, drawW, drawH);
    }

    private static int rgba(int argb) {
        return argb & 0xff00ff00 | (argb >> 16 & 0xff) | (argb & 0xff) << 16;
    }

    private Blit blit(int w, int h) {
        for (int i = 0; i < blits.size(); i++) { // indexed: a for-each would allocate an iterator per frame
            Blit b = blits.get(i);
            if (b.w == w && b.h == h) {
                return b;
            }
        }
        Blit b = new Blit(w, h);
        blits.add(b);
        return b;
    }

    private String css(int argb) {
        int slot = (argb ^ argb >>> 8 ^ argb >>> 16) & 63;
        if (cssTexts[slot] == null || cssKeys[slot] != argb) {
            cssKeys[slot] = argb;
            cssTexts[slot] = Rgb.css(argb);
        }
        return cssTexts[slot];
    }

    private void forgetStyles() {
        fillKnown = false;
        strokeKnown = false;
        fontKnown = false;
    }

    @JSBody(params = {"ctx", "on"}, script = "ctx.imageSmoothingEnabled = on;")
    private static native void setImageSmoothing(CanvasRenderingContext2D ctx, boolean on);
}
