package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class PlotTest {
    private static final int RED = 0xffcc0000;
    private static final int WHITE = 0xffffffff;

    /** [−2, 2]² shown in the 200 × 200 px square at (40, 20): 50 px per unit. */
    private static Plot square() {
        return new Plot(new Viewport(40, 20, 200, 200, -2, 2, -2, 2), Style.STANDARD);
    }

    private static Java2DSurface white(double w, double h) {
        Java2DSurface s = new Java2DSurface(w, h, 4); // 4 image pixels per CSS pixel: samples land inside lines, not on their antialiased edges
        s.fillColor(WHITE);
        s.fillRect(0, 0, w, h);
        return s;
    }

    @Test
    void theLineYEqualsXPassesThroughTheExpectedPixels() {
        Plot p = square();
        Java2DSurface s = white(260, 250);
        p.drawFunction(s, x -> x, RED, 2);
        // by hand: world (1, 1) is screen (40 + 3·50, 20 + 1·50) = (190, 70); (−1.5, −1.5) is (65, 195)
        Pixels.assertNear(RED, s.argb(190, 70), 30, "y = x at x = 1");
        Pixels.assertNear(RED, s.argb(65, 195), 30, "y = x at x = −1.5");
        Pixels.assertNear(WHITE, s.argb(190, 78), 0, "8 px below the line");
        Pixels.assertNear(WHITE, s.argb(190, 140), 0, "y = −x would pass here");
    }

    @Test
    void ticksSitAtNiceValuesAndTheirLabelsReadAsSuch() {
        Plot p = new Plot(Plot.fit(360, 240, Style.STANDARD, -3.3, 7.1, -0.05, 1.05), Style.STANDARD);
        String[] x = new String[p.xTicks().count()];
        for (int i = 0; i < x.length; i++) {
            x[i] = p.xTicks().label(i);
        }
        String[] y = new String[p.yTicks().count()];
        for (int i = 0; i < y.length; i++) {
            y[i] = p.yTicks().label(i);
        }
        assertArrayEquals(new String[] {"−2", "0", "2", "4", "6"}, x);
        assertArrayEquals(new String[] {"0.0", "0.5", "1.0"}, y);
        Java2DSurface s = white(360, 240);
        p.drawGrid(s);
        p.drawAxes(s, "x", "y");
        p.drawFunction(s, v -> 1 / (1 + Math.exp(-v)), RED, 2);
        s.savePng(Pixels.png("plot-sigmoid"));
        Viewport v = p.view();
        Pixels.assertNear(Style.STANDARD.palette().ink, s.argb(v.sx(4), v.bottom() + 2), 60, "tick mark under x = 4");
        Pixels.assertNear(WHITE, s.argb(v.sx(3), v.bottom() + 2), 0, "no tick under x = 3");
    }

    @Test
    void aStepIsDrawnAsTwoFlatPiecesWithoutAVerticalLine() {
        Plot p = square();
        Java2DSurface s = white(260, 250);
        p.drawFunction(s, x -> x > 0.3 ? 1 : 0, RED, 2);
        s.savePng(Pixels.png("plot-step"));
        Pixels.assertNear(RED, s.argb(p.view().sx(-1), p.view().sy(0)), 30, "left piece at 0");
        Pixels.assertNear(RED, s.argb(p.view().sx(1), p.view().sy(1)), 30, "right piece at 1");
        Pixels.assertNear(WHITE, s.argb(p.view().sx(0.3), p.view().sy(0.5)), 0, "nothing half-way up the jump");
    }

    @Test
    void aSteepContinuousCurveStaysConnected() {
        Plot p = square();
        Java2DSurface s = white(260, 250);
        p.drawFunction(s, x -> 2 / (1 + Math.exp(-60 * x)) - 1, RED, 2);
        Pixels.assertFar(WHITE, s.argb(p.view().sx(0), p.view().sy(0.5)), 60, "the rise of tanh-like 60x is drawn");
    }

    @Test
    void nonFiniteValuesLeaveGapsInsteadOfWildLines() {
        Plot p = square();
        Java2DSurface s = white(260, 250);
        p.drawFunction(s, Math::sqrt, RED, 2);
        p.drawFunction(s, x -> 0.25 / x, RED, 2);
        s.savePng(Pixels.png("plot-gaps"));
        Viewport v = p.view();
        Pixels.assertNear(RED, s.argb(v.sx(1), v.sy(1)), 30, "sqrt at 1");
        Pixels.assertNear(WHITE, s.argb(v.sx(-1), v.sy(0)), 0, "no sqrt for x < 0");
        Pixels.assertNear(RED, s.argb(v.sx(0.25), v.sy(1)), 30, "0.25/x at 0.25");
        Pixels.assertNear(WHITE, s.argb(v.sx(0), v.sy(0.5)), 0, "no line joining −∞ to +∞ at the pole");
        Pixels.assertNear(WHITE, s.argb(v.sx(0), v.sy(-0.5)), 0, "no line joining −∞ to +∞ at the pole");
    }

    @Test
    void gradientDescentPictureDrawsTangentAndArrow() {
        Style style = Style.STANDARD;
        Plot p = new Plot(Plot.fit(360, 260, style, -1, 3, -0.5, 4), style);
        Java2DSurface s = white(360, 260);
        p.drawGrid(s);
        p.drawAxes(s, "w", "L(w)");
        p.drawFunction(s, w -> (w - 1) * (w - 1), RED, 2);
        double w = 2.6;
        double slope = 2 * (w - 1);
        double next = w - 0.3 * slope; // w − α L'(w), α = 0.3
        p.drawSegment(s, w - 0.6, (w - 1) * (w - 1) - 0.6 * slope, w + 0.6, (w - 1) * (w - 1) + 0.6 * slope,
                style.palette().positive, 1.5);
        p.drawArrow(s, w, 0, next, 0, style.palette().ink, 2);
        p.drawDot(s, w, (w - 1) * (w - 1), style.palette().positive);
        s.savePng(Pixels.png("plot-gradient-step"));
        Viewport v = p.view();
        Pixels.assertNear(style.palette().positive, s.argb(v.sx(w + 0.3), v.sy((w - 1) * (w - 1) + 0.3 * slope)), 40,
                "the tangent");
        Pixels.assertNear(style.palette().ink, s.argb(v.sx(next) + 2, v.sy(0)), 40, "the arrow head at the next w");
    }
}
