package backproplab.render;

/** Grid lines, tick marks and tick labels along the edges of a {@link Viewport}. */
final class Axes {
    /** Screen pixels between ticks that keep labels from crowding, even on a 360 px phone. */
    private static final double PIXELS_PER_TICK = 60;

    private Axes() {
    }

    /** How many tick intervals fit along {@code lengthPx} pixels (at least 2). */
    static int targetTicks(double lengthPx) {
        return Math.max(2, (int) (lengthPx / PIXELS_PER_TICK));
    }

    /** Light lines across the viewport at every tick. */
    static void grid(Surface s, Style style, Viewport v, Ticks xs, Ticks ys) {
        s.strokeColor(style.palette().grid);
        s.lineWidth(style.lineWidth());
        s.beginPath();
        for (int i = 0; i < xs.count(); i++) {
            double x = v.sx(xs.value(i));
            s.moveTo(x, v.top());
            s.lineTo(x, v.bottom());
        }
        for (int i = 0; i < ys.count(); i++) {
            double y = v.sy(ys.value(i));
            s.moveTo(v.left(), y);
            s.lineTo(v.right(), y);
        }
        s.stroke();
    }

    /** Ticks under the bottom edge, labels centred below them but kept on the canvas ("−6" at its left edge). */
    static void bottom(Surface s, Style style, Viewport v, Ticks ticks) {
        double len = tickLength(style);
        ink(s, style);
        s.beginPath();
        for (int i = 0; i < ticks.count(); i++) {
            double x = v.sx(ticks.value(i));
            s.moveTo(x, v.bottom());
            s.lineTo(x, v.bottom() + len);
        }
        s.stroke();
        s.textAlign(Surface.Align.CENTER);
        s.textBaseline(Surface.Baseline.TOP);
        for (int i = 0; i < ticks.count(); i++) {
            String label = ticks.label(i);
            double half = s.measureText(label) / 2;
            s.fillText(label, Math.max(half, Math.min(s.width() - half, v.sx(ticks.value(i)))), v.bottom() + len + 1);
        }
    }

    /** Ticks left of the left edge, labels right-aligned before them. */
    static void left(Surface s, Style style, Viewport v, Ticks ticks) {
        vertical(s, style, v, ticks, v.left(), -1);
    }

    /** Ticks right of the right edge, labels after them (TF Playground's heatmap). */
    static void right(Surface s, Style style, Viewport v, Ticks ticks) {
        vertical(s, style, v, ticks, v.right(), 1);
    }

    private static void vertical(Surface s, Style style, Viewport v, Ticks ticks, double edge, int side) {
        double len = tickLength(style);
        ink(s, style);
        s.beginPath();
        for (int i = 0; i < ticks.count(); i++) {
            double y = v.sy(ticks.value(i));
            s.moveTo(edge, y);
            s.lineTo(edge + side * len, y);
        }
        s.stroke();
        s.textAlign(side < 0 ? Surface.Align.RIGHT : Surface.Align.LEFT);
        s.textBaseline(Surface.Baseline.MIDDLE);
        for (int i = 0; i < ticks.count(); i++) {
            s.fillText(ticks.label(i), edge + side * (len + 2), v.sy(ticks.value(i)));
        }
    }

    private static void ink(Surface s, Style style) {
        s.strokeColor(style.palette().ink);
        s.fillColor(style.palette().ink);
        s.lineWidth(style.lineWidth());
        s.font(style.fontPx(), false);
    }

    private static double tickLength(Style style) {
        return style.fontPx() * 0.4;
    }
}
