package backproplab.render;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * {@link Surface} on a Java2D image, for tests: the renderers draw exactly what they draw in the
 * browser, and the test asserts on pixels and saves a PNG to look at. {@code pixelRatio} plays
 * the browser's devicePixelRatio: the image has width × pixelRatio pixels.
 */
final class Java2DSurface implements Surface {

    /** The canvas drawing state that save()/restore() keep (transform and clip live in Graphics2D). */
    private static final class State {
        int fill = 0xff000000;
        int stroke = 0xff000000;
        double lineWidth = 1;
        double dashOn;
        double dashOff;
        double alpha = 1;
        Font font;
        Align align = Align.LEFT;
        Baseline baseline = Baseline.ALPHABETIC;

        State copy() {
            State s = new State();
            s.fill = fill;
            s.stroke = stroke;
            s.lineWidth = lineWidth;
            s.dashOn = dashOn;
            s.dashOff = dashOff;
            s.alpha = alpha;
            s.font = font;
            s.align = align;
            s.baseline = baseline;
            return s;
        }
    }

    /**
     * A text drawn, with its box's top and bottom in CSS pixels (before any transform), its font
     * size in CSS px and its colour: the fill with the global alpha folded into its alpha.
     */
    record Text(String text, double left, double right, double top, double bottom, double fontPx, int argb) {
    }

    /** Every text drawn so far, in order. */
    final List<Text> texts = new ArrayList<>();
    private final double width;
    private final double height;
    private final double pixelRatio;
    private final BufferedImage image;
    private final Deque<Graphics2D> graphicsStack = new ArrayDeque<>();
    private final Deque<State> stateStack = new ArrayDeque<>();
    private Graphics2D g;
    private State state = new State();
    private Path2D.Double path = new Path2D.Double();

    Java2DSurface(double width, double height) {
        this(width, height, 1);
    }

    Java2DSurface(double width, double height, double pixelRatio) {
        this.width = width;
        this.height = height;
        this.pixelRatio = pixelRatio;
        image = new BufferedImage((int) Math.round(width * pixelRatio), (int) Math.round(height * pixelRatio),
                BufferedImage.TYPE_INT_ARGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(pixelRatio, pixelRatio);
        font(10, false);
    }

    /** The colour 0xAARRGGBB of the pixel under CSS coordinates (x, y). */
    int argb(double x, double y) {
        return image.getRGB((int) Math.floor(x * pixelRatio), (int) Math.floor(y * pixelRatio));
    }

    /** Writes the picture as a PNG (creating the directory) and returns the path. */
    Path savePng(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return pixelRatio;
    }

    @Override
    public void fillColor(int argb) {
        state.fill = argb;
    }

    @Override
    public void strokeColor(int argb) {
        state.stroke = argb;
    }

    @Override
    public void lineWidth(double w) {
        state.lineWidth = w;
    }

    @Override
    public void lineDash(double on, double off) {
        state.dashOn = on;
        state.dashOff = off;
    }

    @Override
    public void globalAlpha(double alpha) {
        state.alpha = alpha;
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double();
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(x, y); // the canvas treats a lineTo without a current point as moveTo
        } else {
            path.lineTo(x, y);
        }
    }

    @Override
    public void bezierCurveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        if (path.getCurrentPoint() == null) {
            path.moveTo(c1x, c1y); // as the canvas: without a current point, the first control point starts the path
        }
        path.curveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void arc(double cx, double cy, double r, double startAngle, double endAngle) {
        // Java2D measures angles counter-clockwise in degrees; the canvas clockwise (y down) in radians.
        double start = -Math.toDegrees(startAngle);
        double extent = -Math.toDegrees(endAngle - startAngle);
        path.append(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, start, extent, Arc2D.OPEN), true);
    }

    @Override
    public void closePath() {
        if (path.getCurrentPoint() != null) {
            path.closePath();
        }
    }

    @Override
    public void rect(double x, double y, double w, double h) {
        path.append(new Rectangle2D.Double(x, y, w, h), false);
    }

    @Override
    public void fill() {
        paint(state.fill);
        g.fill(path);
    }

    @Override
    public void stroke() {
        paint(state.stroke);
        applyStroke();
        g.draw(path);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        paint(state.fill);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        paint(state.stroke);
        applyStroke();
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        Graphics2D c = (Graphics2D) g.create();
        c.setComposite(AlphaComposite.Clear);
        c.fill(new Rectangle2D.Double(x, y, w, h));
        c.dispose();
    }

    @Override
    public void font(double sizePx, boolean bold) {
        state.font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) sizePx);
    }

    @Override
    public void textAlign(Align align) {
        state.align = align;
    }

    @Override
    public void textBaseline(Baseline baseline) {
        state.baseline = baseline;
    }

    @Override
    public void fillText(String text, double x, double y) {
        paint(state.fill);
        g.setFont(state.font);
        FontMetrics m = g.getFontMetrics();
        double w = m.getStringBounds(text, g).getWidth();
        double dx = switch (state.align) {
            case LEFT -> 0;
            case CENTER -> -w / 2;
            case RIGHT -> -w;
        };
        double dy = switch (state.baseline) {
            case TOP -> m.getAscent();
            case MIDDLE -> (m.getAscent() - m.getDescent()) / 2.0;
            case ALPHABETIC -> 0;
            case BOTTOM -> -m.getDescent();
        };
        g.drawString(text, (float) (x + dx), (float) (y + dy));
        texts.add(new Text(text, x + dx, x + dx + w, y + dy - m.getAscent(), y + dy + m.getDescent(), state.font.getSize2D(),
                Rgb.withAlpha(state.fill, Rgb.alpha(state.fill) / 255.0 * state.alpha)));
    }

    @Override
    public double measureText(String text) {
        g.setFont(state.font);
        return g.getFontMetrics().getStringBounds(text, g).getWidth();
    }

    @Override
    public void save() {
        stateStack.push(state.copy());
        graphicsStack.push(g);
        g = (Graphics2D) g.create();
    }

    @Override
    public void restore() {
        if (graphicsStack.isEmpty()) {
            return; // as the canvas: restore without save does nothing
        }
        g.dispose();
        g = graphicsStack.pop();
        state = stateStack.pop();
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        g.clip(new Rectangle2D.Double(x, y, w, h));
        beginPath(); // as the canvas, where the clip is made from the current path
    }

    @Override
    public void putPixels(int[] argb, int w, int h, double x, double y, double drawW, double drawH, boolean smooth) {
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        small.setRGB(0, 0, w, h, argb, 0, w);
        Graphics2D c = (Graphics2D) g.create();
        c.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) state.alpha));
        c.setRenderingHint(RenderingHints.KEY_INTERPOLATION, smooth
                ? RenderingHints.VALUE_INTERPOLATION_BILINEAR : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        c.translate(x, y);
        c.scale(drawW / w, drawH / h);
        c.drawImage(small, 0, 0, null);
        c.dispose();
    }

    private void paint(int argb) {
        g.setColor(new Color(argb, true));
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) state.alpha));
    }

    private void applyStroke() {
        float lw = (float) state.lineWidth;
        g.setStroke(state.dashOn > 0
                ? new BasicStroke(lw, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                        new float[] {(float) state.dashOn, (float) state.dashOff}, 0)
                : new BasicStroke(lw, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
    }
}
