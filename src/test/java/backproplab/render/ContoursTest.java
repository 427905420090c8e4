package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContoursTest {

    private static List<double[]> segments(Contours c, double level) {
        List<double[]> out = new ArrayList<>();
        c.segments(level, (x0, y0, x1, y1) -> out.add(new double[] {x0, y0, x1, y1}));
        return out;
    }

    @Test
    void theContourOfXSquaredPlusYSquaredIsTheCircle() {
        Viewport v = Viewport.square(0, 0, 300, 300, -3, 3);
        Contours c = new Contours(41, 41, v); // cells 0.15 wide
        c.sample((x, y) -> x * x + y * y);
        List<double[]> segs = segments(c, 4);
        double length = 0;
        for (double[] s : segs) {
            assertEquals(2, Math.hypot(s[0], s[1]), 0.15, "start within a cell of radius 2");
            assertEquals(2, Math.hypot(s[2], s[3]), 0.15, "end within a cell of radius 2");
            length += Math.hypot(s[2] - s[0], s[3] - s[1]);
        }
        assertEquals(4 * Math.PI, length, 0.01 * 4 * Math.PI, "closed all the way round");
    }

    @Test
    void aSaddleCellKeepsTheTwoBranchesOfAHyperbolaApart() {
        // nodes at −3, −1, 1, 3: the middle cell's corners are ±1 with x·y = 1, −1, 1, −1 (a saddle)
        Contours c = new Contours(4, 4, Viewport.square(0, 0, 100, 100, -3, 3));
        c.sample((x, y) -> x * y);
        List<double[]> segs = segments(c, 0.5);
        assertTrue(segs.size() >= 4);
        for (double[] s : segs) {
            assertTrue(Math.signum(s[0]) == Math.signum(s[2]) && Math.signum(s[1]) == Math.signum(s[3]),
                    "a segment must stay in its quadrant: " + java.util.Arrays.toString(s));
        }
    }

    @Test
    void cellsWithNonFiniteCornersAreSkipped() {
        Contours c = new Contours(21, 21, Viewport.square(0, 0, 100, 100, -1, 1));
        c.sample((x, y) -> x < 0 ? Double.NaN : x * x + y * y);
        for (double[] s : segments(c, 0.25)) {
            assertTrue(s[0] >= 0 && s[2] >= 0, "no contour where f is NaN");
        }
    }

    @Test
    void logLevelsAreGeometric() {
        double[] levels = Contours.logLevels(0.01, 100, 5);
        double[] expected = {0.01, 0.1, 1, 10, 100};
        for (int i = 0; i < 5; i++) {
            assertEquals(expected[i], levels[i], expected[i] * 1e-12);
        }
    }

    @Test
    void aLossSurfaceWithItsGradientDescentPath() {
        Style style = Style.STANDARD;
        Viewport v = Plot.fit(360, 320, style, -2, 2, -1, 3);
        Plot plot = new Plot(v, style);
        Contours c = new Contours(81, 81, v);
        // an elongated bowl with its minimum 0 at (1, 1); α = 0.2 overshoots across the narrow valley
        c.sample((x, y) -> (x - 1) * (x - 1) + 4 * (y - 1) * (y - 1));
        Java2DSurface s = new Java2DSurface(360, 320, 2);
        s.fillColor(0xffffffff);
        s.fillRect(0, 0, 360, 320);
        plot.drawGrid(s);
        double[] levels = Contours.logLevels(0.02, 20, 8);
        for (int k = 0; k < levels.length; k++) {
            c.draw(s, levels[k], Lab.of(style.palette().positive).mix(Lab.of(style.palette().zero),
                    k / (double) levels.length).rgb(), 1.2);
        }
        int n = 25;
        double[] xs = new double[n];
        double[] ys = new double[n];
        xs[0] = -1.5;
        ys[0] = 2.6;
        for (int t = 1; t < n; t++) {
            xs[t] = xs[t - 1] - 0.2 * 2 * (xs[t - 1] - 1);
            ys[t] = ys[t - 1] - 0.2 * 8 * (ys[t - 1] - 1);
        }
        plot.drawPath(s, xs, ys, n, style.palette().negative, 1.5);
        plot.drawAxes(s, "w₁", "w₂");
        s.savePng(Pixels.png("contours-descent"));
        Pixels.assertNear(style.palette().negative, s.argb(v.sx(1), v.sy(1)), 30, "the iterates reach the minimum");
        Pixels.assertNear(style.palette().negative, s.argb(v.sx(-1.5), v.sy(2.6)), 30, "the start");
    }
}
