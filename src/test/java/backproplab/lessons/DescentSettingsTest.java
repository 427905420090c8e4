package backproplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescentSettingsTest {
    private static final LogisticSurface2D SURFACE = LogisticSurface2D.standard();

    @Test
    void theIssuesExampleLinkIsReadAsWritten() {
        DescentSettings.Parsed p = DescentSettings.parse("#curve=quadratic&alpha=0.1&w0=3&t=5", SURFACE);
        assertEquals(List.of(), p.notices());
        DescentSettings s = p.settings();
        assertEquals("quadratic", s.curve().id());
        assertEquals(0.1, s.alpha());
        assertEquals(3.0, s.w0());
        assertEquals(5, s.t());
    }

    @Test
    void everySettingSurvivesTheRoundTripThroughTheLink() {
        DescentSettings s = DescentSettings.defaults().withCurve(Curve1D.byId("logloss")).withAlpha(0.0347)
                .withW0(2.345).withT(17).withAlpha2(0.2).withStart(SURFACE, -1.234, 0.5).withT2(123);
        DescentSettings.Parsed back = DescentSettings.parse(s.toHash(), SURFACE);
        assertEquals(List.of(), back.notices());
        // curves are compared by their id: Curve1D.all() makes new ones on each call
        assertEquals(s.toHash(), back.settings().toHash());
        assertEquals(s.w0(), back.settings().w0());
        assertEquals(s.alpha(), back.settings().alpha());
        assertEquals("curve=logloss&alpha=0.0347&w0=2.35&t=17&alpha2=0.2&w1=-1.23&w2=0.5&t2=123", s.toHash());
    }

    @Test
    void anEmptyLinkGivesTheDefaultsWithoutNotices() {
        DescentSettings.Parsed p = DescentSettings.parse("", SURFACE);
        assertEquals(DescentSettings.defaults().toHash(), p.settings().toHash());
        assertEquals(List.of(), p.notices());
    }

    @Test
    void eachRefusedValueGetsItsOwnNoticeAndItsDefault() {
        DescentSettings.Parsed p = DescentSettings.parse(
                "curve=cubic&alpha=0&w0=99&t=2.5&alpha2=0.07&w1=x&w2=&t2=-1&speed=9", SURFACE);
        assertEquals(DescentSettings.defaults().toHash(), p.settings().toHash());
        assertEquals(9, p.notices().size(), p.notices().toString());
        assertTrue(p.notices().get(0).contains("speed"), p.notices().get(0));
        assertTrue(p.notices().get(1).contains("curve=cubic"), p.notices().get(1));
        assertTrue(p.notices().get(1).contains("quadratic, two-minima, logloss"), p.notices().get(1));
    }

    @Test
    void aStartOutsideTheCurvesRangeIsRefusedButTheRestIsKept() {
        DescentSettings.Parsed p = DescentSettings.parse("curve=two-minima&w0=-7&alpha=0.02", SURFACE);
        assertEquals(1, p.notices().size());
        assertEquals("two-minima", p.settings().curve().id());
        assertEquals(Curve1D.byId("two-minima").start(), p.settings().w0());
        assertEquals(0.02, p.settings().alpha());
    }

    @Test
    void aClickIsKeptToHundredthsAndInsideThePlot() {
        DescentSettings s = DescentSettings.defaults();
        assertEquals(0.12, s.withW0(0.1234).w0());
        assertEquals(s.curve().wTo(), s.withW0(1e9).w0());
        DescentSettings started = s.withT2(40).withStart(SURFACE, 100, -0.004);
        assertEquals(SURFACE.w1To(), started.start1());
        assertEquals(0.0, started.start2());
        assertEquals(0, started.t2(), "new paths are shown from their start");
    }

    @Test
    void aNewLearningRateOrCurveStartsANewRunFromStepZero() {
        DescentSettings s = DescentSettings.defaults().withT(9);
        assertEquals(0, s.withAlpha(0.3).t());
        DescentSettings other = s.withCurve(Curve1D.byId("two-minima"));
        assertEquals(0, other.t());
        assertEquals(1.7, other.w0(), "the curve's own start: the shallow valley's side");
    }

    @Test
    void noLinkEverMakesReadingThrow() {
        Rng rng = Rng.fromString("mangled descent links");
        String alphabet = "=&#%curvealph0w12t.-eE9xNaInfity ";
        for (int n = 0; n < 3000; n++) {
            StringBuilder link = new StringBuilder();
            int length = rng.nextInt(40);
            for (int i = 0; i < length; i++) {
                link.append(alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            DescentSettings s = DescentSettings.parse(link.toString(), SURFACE).settings();
            assertTrue(s.alpha() > 0 && s.t() >= 0 && s.t() <= Descent1D.STEPS, link::toString);
            assertTrue(s.w0() >= s.curve().wFrom() && s.w0() <= s.curve().wTo(), link::toString);
        }
    }
}
