package backproplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.text.Fmt;
import org.junit.jupiter.api.Test;

class LearningRateScaleTest {

    @Test
    void theSliderRunsFromOneThousandthToThree() {
        assertEquals(0.001, LearningRateScale.alpha(0));
        assertEquals(3.0, LearningRateScale.alpha(LearningRateScale.POSITIONS));
        assertEquals(0.001, LearningRateScale.alpha(-5), "clamped");
    }

    @Test
    void everyDecadeGetsTheSameLengthOfSlider() {
        int d1 = LearningRateScale.position(0.01) - LearningRateScale.position(0.001);
        int d2 = LearningRateScale.position(0.1) - LearningRateScale.position(0.01);
        int d3 = LearningRateScale.position(1) - LearningRateScale.position(0.1);
        assertTrue(Math.abs(d1 - d2) <= 1 && Math.abs(d2 - d3) <= 1, d1 + " " + d2 + " " + d3);
        // 1000 positions over log10(3000) ≈ 3.477 decades: about 288 a decade
        assertEquals(288, d2, 1);
    }

    @Test
    void theAlphaPrintedIsExactlyTheAlphaUsedAndPositionsRoundTrip() {
        for (int p = 0; p <= LearningRateScale.POSITIONS; p++) {
            double a = LearningRateScale.alpha(p);
            assertEquals(a, Double.parseDouble(Fmt.num(a, 3)), "position " + p);
            assertEquals(a, LearningRateScale.alpha(LearningRateScale.position(a)), "position " + p);
        }
    }

    @Test
    void theSliderReachesFromCrawlingToDivergingOnTheQuadratic() {
        QuadraticCurve q = (QuadraticCurve) Curve1D.byId("quadratic");
        assertEquals(Regime.CRAWLING, Descent1D.run(q, q.start(), LearningRateScale.alpha(0)).regime());
        assertTrue(LearningRateScale.MAX > q.divergenceThreshold());
        assertEquals(Regime.DIVERGING,
                Descent1D.run(q, q.start(), LearningRateScale.alpha(LearningRateScale.POSITIONS)).regime());
    }

    @Test
    void aTypedLearningRateMustBeAPositiveNumberUpToTen() {
        assertEquals(0.05, LearningRateScale.parse(" 0.05 "));
        assertEquals(0.01, LearningRateScale.parse("1e-2"));
        assertEquals(10.0, LearningRateScale.parse("10"));
        assertEquals(0.123457, LearningRateScale.parse("0.1234567"), "kept to 6 significant digits");
        for (String bad : new String[] {"", "fast", "0", "-0.1", "NaN", "Infinity", "10.5", "0.1.2", "1,5"}) {
            assertNull(LearningRateScale.parse(bad), bad);
        }
        assertNull(LearningRateScale.parse(null));
    }
}
