package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeatmapTest {
    private static final Style STYLE = Style.STANDARD;
    private static final Palette P = STYLE.palette();

    /** A 30 × 30 grid over [−6, 6]² drawn at 300 × 300 px from (10, 10): 10 px per cell. */
    private static Heatmap heatmap() {
        return new Heatmap(30, 30, Viewport.square(10, 10, 300, 300, -6, 6));
    }

    /** Values by the cell centre's position: x < −2 is −1, −2 < x < 2 is 0, x > 2 is +1; NaN for y > 4. */
    private static double[] thirds(Heatmap h, double scale) {
        double[] v = new double[h.cols * h.rows];
        for (int r = 0; r < h.rows; r++) {
            for (int c = 0; c < h.cols; c++) {
                double x = h.x(c);
                v[r * h.cols + c] = h.y(r) > 4 ? Double.NaN : x < -2 ? -scale : x > 2 ? scale : 0;
            }
        }
        return v;
    }

    @Test
    void cellCentresCoverTheDomainWithRowZeroAtTheTop() {
        Heatmap h = heatmap();
        assertEquals(-5.8, h.x(0), 1e-12);
        assertEquals(5.8, h.x(29), 1e-12);
        assertEquals(5.8, h.y(0), 1e-12, "row 0 is the largest y");
        assertEquals(-5.8, h.y(29), 1e-12);
    }

    @Test
    void positiveCellsAreBlueNegativeOrangeZeroGreyAndNanGrey() {
        Heatmap h = heatmap();
        h.fill(thirds(h, 1), P, false);
        Java2DSurface s = new Java2DSurface(320, 320);
        h.draw(s);
        s.savePng(Pixels.png("heatmap-thirds"));
        // world (−4, 0) is screen (10 + 2/12·300, 10 + 6/12·300) = (60, 160)
        Pixels.assertNear(0xfff59322, s.argb(60, 160), 2, "a −1 cell is orange");
        Pixels.assertNear(0xffe8eaeb, s.argb(160, 160), 2, "a 0 cell is #e8eaeb");
        Pixels.assertNear(0xff0877bd, s.argb(260, 160), 2, "a +1 cell is blue");
        // y > 4 is the top sixth: screen y < 60
        Pixels.assertNear(P.invalid, s.argb(260, 30), 2, "a NaN cell is grey");
    }

    @Test
    void discretizeShowsOnlyTheSign() {
        Heatmap h = heatmap();
        h.fill(thirds(h, 0.2), P, true);
        Java2DSurface s = new Java2DSurface(320, 320);
        h.draw(s);
        Pixels.assertNear(P.negative, s.argb(60, 160), 2, "−0.2 shows as −1");
        Pixels.assertNear(P.positive, s.argb(160, 160), 2, "0 shows as +1");
        Pixels.assertNear(P.positive, s.argb(260, 160), 2, "+0.2 shows as +1");
        Pixels.assertNear(P.invalid, s.argb(260, 30), 2, "NaN stays grey");
    }

    @Test
    void pointsShowTheirClassColourWithAWhiteOrBlackOutline() {
        Heatmap h = heatmap();
        double[] zero = new double[h.cols * h.rows];
        h.fill(zero, P, false);
        // pixel ratio 4: the 1 px outline is 4 image pixels wide, so its middle is a clean sample
        Java2DSurface s = new Java2DSurface(320, 320, 4);
        h.draw(s);
        h.drawPoints(s, STYLE, new double[] {3}, new double[] {3}, new double[] {1}, 1, false);
        h.drawPoints(s, STYLE, new double[] {-3}, new double[] {-3}, new double[] {-1}, 1, true);
        s.savePng(Pixels.png("heatmap-points"));
        double r = STYLE.pointRadius();
        // world (3, 3) is screen (235, 85); world (−3, −3) is (85, 235)
        Pixels.assertNear(P.positive, s.argb(235, 85), 2, "train point +1 is blue");
        Pixels.assertNear(0xffffffff, s.argb(235 + r, 85), 2, "train point outline is white");
        Pixels.assertNear(P.negative, s.argb(85, 235), 2, "test point −1 is orange");
        Pixels.assertNear(0xff000000, s.argb(85, 235 - r), 2, "test point outline is black");
        Pixels.assertNear(P.zero, s.argb(235 + 2 * r, 85), 2, "background just outside the point");
    }

    @Test
    void aProjectorPictureAtTwiceThePixelRatioHasTheSameColoursInTheSamePlaces() {
        Heatmap h = heatmap();
        h.fill(thirds(h, 1), Palette.HIGH_CONTRAST, false);
        Java2DSurface s = new Java2DSurface(340, 340, 2);
        s.fillColor(0xffffffff);
        s.fillRect(0, 0, 340, 340);
        Style style = Style.of(Palette.HIGH_CONTRAST, 1.4);
        h.draw(s);
        h.drawAxes(s, style);
        s.savePng(Pixels.png("heatmap-high-contrast-2x"));
        Pixels.assertNear(Palette.HIGH_CONTRAST.negative, s.argb(60, 160), 2, "orange end");
        Pixels.assertNear(Palette.HIGH_CONTRAST.positive, s.argb(260, 160), 2, "blue end");
        // the tick under x = 0 hangs below the picture at screen x = 160
        Pixels.assertNear(Palette.HIGH_CONTRAST.ink, s.argb(160, 312), 40, "tick mark at x = 0");
    }

    /**
     * Every point on an output saturated to either class's colour, and on the white of the
     * boundary, in both palettes at their sizes: some ring of pixels around it (all of them, at
     * one distance from its centre) contrasts with the background at 3:1 or more (WCAG's figure
     * for graphics), and training and test points keep their white and black rings.
     */
    @Test
    void everyPointStandsOutOfAnyBackgroundIncludingItsOwnClassColour() {
        for (Style style : new Style[] {Style.playground(false), Style.playground(true)}) {
            Palette p = style.palette();
            for (double background : new double[] {-1, 1, 0}) {
                for (double label : new double[] {-1, 1}) {
                    for (boolean test : new boolean[] {false, true}) {
                        Heatmap h = heatmap();
                        double[] values = new double[h.cols * h.rows];
                        java.util.Arrays.fill(values, background);
                        h.fill(values, p, false);
                        Java2DSurface s = new Java2DSurface(320, 320, 4);
                        h.draw(s);
                        h.drawPoints(s, style, new double[] {0}, new double[] {0}, new double[] {label}, 1, test);
                        String what = p + (test ? " test" : " training") + " point of class " + label + " on " + background;
                        if (background == label) {
                            s.savePng(Pixels.png("heatmap-point-" + p + "-" + (test ? "test" : "train") + "-" + (int) label));
                        }
                        int bg = p.color(background);
                        double best = 0;
                        for (double rho = 0; rho <= style.pointRadius() + 3 * style.lineWidth(); rho += 0.125) {
                            best = Math.max(best, ringContrast(s, 160, 160, rho, bg));
                        }
                        assertTrue(best >= 3, what + ": the best ring contrasts " + best + ":1 with the background");
                        Pixels.assertNear(test ? 0xff000000 : 0xffffffff, s.argb(160 + style.pointRadius(), 160), 8, what + ": its ring");
                    }
                }
            }
        }
    }

    /** The lowest contrast with {@code background} among 48 pixels on the circle of radius rho around (cx, cy). */
    private static double ringContrast(Java2DSurface s, double cx, double cy, double rho, int background) {
        double lowest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 48; k++) {
            double angle = 2 * Math.PI * k / 48;
            lowest = Math.min(lowest, Pixels.contrast(s.argb(cx + rho * Math.cos(angle), cy + rho * Math.sin(angle)), background));
        }
        return lowest;
    }
}
