package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        // the maximum 2 (test loss at epoch 0) is a tick, so the axis runs 0..2: 75 px per unit.
        // By hand: epoch 25 is x = 100, test loss 2/26 is y = 150 − 75·2/26 = 144.23.
        assertEquals(144.23, c.sy(testLoss(25)), 0.01);
        Pixels.assertNear(STYLE.palette().testLine, s.argb(100, 144.23), 40, "test line at epoch 25");
        // epoch 5 (x = 20): train 1/6 at y = 137.5, test 1/3 at y = 125
        Pixels.assertNear(STYLE.palette().trainLine, s.argb(20, 137.5), 40, "train line at epoch 5");
        Pixels.assertNear(STYLE.palette().testLine, s.argb(20, 125), 40, "test line at epoch 5");
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
        // axis 0.001 .. 1: three decades of 50 px; 0.01 sits one decade up from the bottom
        assertEquals(150 - 50, c.sy(0.01), 1e-9);
        assertEquals(0, c.sy(1), 1e-9);
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
                c.add(0.6, 0.8); // flat from epoch 1: the training curve at y = 150 − 0.6·150 = 60
            }
            Java2DSurface s = new Java2DSurface(400, 150, ratio);
            s.fillColor(0xffffffff);
            s.fillRect(0, 0, 400, 150);
            c.draw(s);
            assertEquals(60, c.sy(0.6), 1e-9);
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
