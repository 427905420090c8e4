package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.text.Fmt;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {
    private static final Style STYLE = Style.STANDARD;

    /** The chart fills 400 × 150 px at (0, 0). */
    private static LineChart chart(int capacity) {
        return new LineChart(Viewport.square(0, 0, 400, 150, 0, 1), STYLE, capacity);
    }

    private static double trainLoss(int epoch) {
        return 1.0 / (epoch + 1);
    }

    private static double testLoss(int epoch) {
        return 2.0 / (epoch + 1);
    }

    private static LineChart trained(int capacity, int epochs) {
        LineChart c = chart(capacity);
        for (int e = 0; e < epochs; e++) {
            c.add(trainLoss(e), testLoss(e));
        }
        return c;
    }

    @Test
    void hoverReturnsTheEpochUnderThePointerAndBothLosses() {
        LineChart c = trained(512, 101); // epochs 0..100: 4 px per epoch
        LineChart.Readout r = c.readout(200);
        assertEquals(50, r.epoch());
        assertEquals(trainLoss(50), r.train());
        assertEquals(testLoss(50), r.test());
        assertEquals(0, c.readout(-30).epoch(), "left of the chart: the first epoch");
        assertEquals(100, c.readout(999).epoch(), "right of the chart: the latest epoch");
    }

    /** The y labels drawn on a chart {@code height} px tall after one epoch at the given loss. */
    private static List<Java2DSurface.Text> labels(int height, double loss) {
        LineChart c = new LineChart(Viewport.square(0, 0, 400, height, 0, 1), STYLE, 64);
        c.add(loss, loss);
        Java2DSurface s = new Java2DSurface(400, height);
        c.draw(s);
        return s.texts;
    }

    @Test
    void yLabelsNeverOverlapAndATallChartLabelsEveryLine() {
        // the playground's chart at epoch 0: ~60 px tall, a loss of ~0.5, lines at 0, 0.2, 0.4 and 0.6
        List<Java2DSurface.Text> short60 = labels(60, 0.505);
        assertTrue(short60.size() >= 2, short60::toString);
        for (int i = 1; i < short60.size(); i++) {
            assertTrue(short60.get(i).bottom() < short60.get(i - 1).top(), "overlap: " + short60);
        }
        assertEquals(List.of("0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6"), labels(200, 0.505).stream().map(Java2DSurface.Text::text).toList());
    }

    /**
     * The playground's chart (80 px in an 84 px canvas, 343 px wide on a phone), in both palettes,
     * at a loss of ~0.5 and after divergence (axis to 1.5): every grid line has its label, centred
     * on the line, inside the canvas, clear of its neighbours, and left of the curves, which
     * begin right of the gutter however high the loss.
     */
    @Test
    void yLabelsSitCentredOnTheirLinesInAGutterTheCurvesNeverEnter() {
        for (Style style : new Style[] {STYLE, Style.of(Palette.HIGH_CONTRAST, 1.2)}) {
            for (double loss : new double[] {0.505, 1.3}) {
                LineChart c = new LineChart(new Viewport(0, 2, 343, 80, 0, 1, 0, 1), style, 64);
                c.add(loss, loss);
                c.add(0.45, 0.5); // through the 0.4 … 0.6 band, where the labels collided with the curves
                Java2DSurface s = new Java2DSurface(343, 84);
                c.draw(s);
                List<Java2DSurface.Text> texts = s.texts;
                String where = loss + " at " + style.fontPx() + " px: " + texts;
                assertEquals(loss < 1 ? List.of("0.0", "0.2", "0.4", "0.6") : List.of("0.0", "0.5", "1.0", "1.5"),
                        texts.stream().map(Java2DSurface.Text::text).toList(), where);
                for (int i = 0; i < texts.size(); i++) {
                    Java2DSurface.Text t = texts.get(i);
                    assertEquals(c.sy(Double.parseDouble(t.text())), (t.top() + t.bottom()) / 2, 1.5, "centred on its line: " + where);
                    assertTrue(t.top() >= 0 && t.bottom() <= 84, "inside the canvas: " + where);
                    assertTrue(t.right() < c.sx(0), "left of the curves, which start at x = " + c.sx(0) + ": " + where);
                    if (i > 0) {
                        assertTrue(t.bottom() < texts.get(i - 1).top(), "overlap: " + where);
                    }
                }
            }
        }
    }

    @Test
    void aReadoutWithoutALossShowsADashNotNaN() {
        LineChart c = new LineChart(Viewport.square(0, 0, 400, 150, 0, 1), STYLE, 64);
        c.add(0.5, Double.NaN); // no test points
        Java2DSurface s = new Java2DSurface(400, 150);
        c.draw(s);
        c.drawReadout(s, c.readout(0));
        assertEquals("epoch 0  train 0.5  test " + Fmt.MISSING, s.texts.get(s.texts.size() - 1).text());
    }

    /** A run from trained weights (a link's, a file's) counts on from their epoch, as the page's counter does. */
    @Test
    void aRunFromTrainedWeightsReadsOutTheNetworksEpochs() {
        LineChart c = chart(64);
        c.clear(40);
        c.add(0.5, 0.25);
        c.add(0.125, 0.25);
        Java2DSurface s = new Java2DSurface(400, 150);
        c.drawReadout(s, c.readout(400));
        assertEquals("epoch 41  train 0.125  test 0.25", s.texts.get(s.texts.size() - 1).text());
        c.clear(0);
        c.add(0.5, 0.25);
        c.drawReadout(s, c.readout(400));
        assertEquals("epoch 0  train 0.5  test 0.25", s.texts.get(s.texts.size() - 1).text());
    }

    @Test
    void anEmptyChartHasNoReadout() {
        assertNull(chart(8).readout(10));
    }

    @Test
    void aLongRunIsThinnedButEveryShownValueIsARealLossAtItsEpoch() {
        LineChart c = trained(64, 1000);
        assertEquals(1000, c.epochs());
        for (int px = 0; px <= 400; px += 7) {
            LineChart.Readout r = c.readout(px);
            double pointed = px / 400.0 * 999;
            assertTrue(Math.abs(r.epoch() - pointed) <= 8.5,
                    "64 samples over 1000 epochs are at most 16 apart: " + r.epoch() + " for " + pointed);
            assertEquals(trainLoss(r.epoch()), r.train(), "train at " + r.epoch());
            assertEquals(testLoss(r.epoch()), r.test(), "test at " + r.epoch());
        }
        assertEquals(999, c.readout(400).epoch(), "the latest epoch is kept however it falls");
    }

    @Test
    void aChartMovedToAnotherLayoutOrStyleKeepsItsRunAndGoesOn() {
        LineChart c = trained(64, 1000);
        LineChart moved = c.in(Viewport.square(0, 0, 640, 84, 0, 1), Style.playground(true));
        assertEquals(1000, moved.epochs());
        for (int k = 0; k <= 40; k++) {
            double epoch = k * 999 / 40.0;
            assertEquals(c.readout(c.sx(epoch)), moved.readout(moved.sx(epoch)), "at epoch " + epoch);
        }
        moved.add(trainLoss(1000), testLoss(1000));
        assertEquals(new LineChart.Readout(1000, trainLoss(1000), testLoss(1000)), moved.readout(640));
        assertEquals(1000, c.epochs(), "the chart it came from is left as it was");
    }

    @Test
    void skippingTheEpochsItWouldNotKeepLeavesTheSameChart() {
        LineChart every = trained(16, 1001);
        LineChart sampled = chart(16);
        int computed = 0;
        for (int e = 0; e < 1001; e++) {
            if (sampled.keepsNext()) {
                sampled.add(trainLoss(e), testLoss(e));
                computed++;
            } else {
                sampled.skip();
            }
        }
        sampled.latest(trainLoss(1000), testLoss(1000));
        assertTrue(computed < 100, "losses computed for " + computed + " of 1001 epochs");
        for (int px = 0; px <= 400; px += 5) {
            assertEquals(every.readout(px), sampled.readout(px), "at x = " + px);
        }
        Java2DSurface a = new Java2DSurface(400, 150);
        every.draw(a);
        Java2DSurface b = new Java2DSurface(400, 150);
        sampled.draw(b);
        for (int y = 0; y < 150; y++) {
            for (int x = 0; x < 400; x++) {
                assertEquals(a.argb(x, y), b.argb(x, y), "pixel (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void theLinesPassThroughTheirValuesOnAnAutoScaledAxis() {
        LineChart c = trained(512, 101);
        Java2DSurface s = new Java2DSurface(400, 150, 4);
        s.fillColor(0xffffffff);
        s.fillRect(0, 0, 400, 150);
        c.draw(s);
        c.drawReadout(s, c.readout(100));
        s.savePng(Pixels.png("linechart"));
        // the maximum 2 (test loss at epoch 0) is a tick, so the axis runs 0..2, from half a label
        // (9.9 px) and 1 px above the bottom to as much below the top: y = 144.05 … 5.95, 69.05 px
        // per unit. By hand: test loss 2/26 is y = 144.05 − 69.05·2/26 = 138.74.
        assertEquals(144.05, c.sy(0), 1e-9);
        assertEquals(5.95, c.sy(2), 1e-9);
        assertEquals(138.74, c.sy(testLoss(25)), 0.01);
        Pixels.assertNear(STYLE.palette().testLine, s.argb(c.sx(25), c.sy(testLoss(25))), 40, "test line at epoch 25");
        Pixels.assertNear(STYLE.palette().trainLine, s.argb(c.sx(5), c.sy(trainLoss(5))), 40, "train line at epoch 5");
        Pixels.assertNear(STYLE.palette().testLine, s.argb(c.sx(5), c.sy(testLoss(5))), 40, "test line at epoch 5");
    }

    @Test
    void aLogAxisSpreadsLossesThatFallOverDecades() {
        LineChart c = chart(512);
        for (int e = 0; e <= 100; e++) {
            c.add(Math.pow(10, -3.0 * e / 100), Math.pow(10, -2.0 * e / 100)); // 1 → 0.001 and 1 → 0.01
        }
        c.setLog(true);
        Java2DSurface s = new Java2DSurface(400, 150, 2);
        s.fillColor(0xffffffff);
        s.fillRect(0, 0, 400, 150);
        c.draw(s);
        s.savePng(Pixels.png("linechart-log"));
        // axis 0.001 .. 1 from y = 144.05 to 5.95: three decades of 46.03 px; 0.01 sits one decade up
        assertEquals(144.05 - 138.1 / 3, c.sy(0.01), 1e-9);
        assertEquals(5.95, c.sy(1), 1e-9);
        Pixels.assertNear(STYLE.palette().trainLine, s.argb(c.sx(50), c.sy(Math.pow(10, -1.5))), 50,
                "train line is straight on a log axis");
    }

    /**
     * On a surface of one device pixel per CSS pixel the curves are two thin lines (cheap for the
     * browser's software rasteriser), elsewhere one wide line: either way the same thickness, 1.5
     * line widths, measured as the ink in a column across the flat training curve.
     */
    @Test
    void aCurveIsOneAndAHalfLineWidthsThickAtEveryPixelRatio() {
        for (double ratio : new double[] {1, 2, 4}) {
            LineChart c = chart(512);
            c.add(1, 1);
            for (int e = 1; e <= 100; e++) {
                c.add(0.6, 0.8); // flat from epoch 1: the training curve at y = 144.05 − 0.6·138.1 = 61.19
            }
            Java2DSurface s = new Java2DSurface(400, 150, ratio);
            s.fillColor(0xffffffff);
            s.fillRect(0, 0, 400, 150);
            c.draw(s);
            assertEquals(61.19, c.sy(0.6), 1e-9);
            double lineGreen = STYLE.palette().trainLine >> 8 & 0xff;
            double ink = 0;
            for (double y = 45; y < 75; y += 1 / ratio) {
                double green = s.argb(200, y) >> 8 & 0xff;
                ink += (255 - green) / (255 - lineGreen) / ratio;
            }
            assertEquals(1.5 * STYLE.lineWidth(), ink, 0.2, "CSS pixels of ink across the curve at pixel ratio " + ratio);
        }
    }
}
