package backproplab.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.lessons.Curve1D;
import backproplab.lessons.DescentSettings;
import backproplab.lessons.LearningRateScale;
import backproplab.lessons.LogisticSurface2D;
import backproplab.lessons.Regime;
import backproplab.text.Fmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every sentence and number of descent.html, from its model. On the page's quadratic
 * L(w) = (w − 1)², with dL/dw = 2(w − 1) and L″ = 2, one step gives w_{t+1} − 1 = (1 − 2α)(w_t − 1): by hand,
 * from w₀ = −1.5 with α = 0.1, w_t = 1 − 2.5·0.8^t.
 */
class DescentLessonTest {
    private static final LogisticSurface2D SURFACE = LogisticSurface2D.standard();

    private static DescentLesson lesson() {
        return new DescentLesson(DescentSettings.defaults(), SURFACE);
    }

    /** A number as the page prints it: 5 significant digits, a real minus sign. */
    private static String shown(double x) {
        return Fmt.minus(Fmt.num(x, 5));
    }

    private static void steps(Steps s, int n) {
        for (int k = 0; k < n; k++) {
            assertTrue(s.hasNext());
            s.next();
        }
    }

    @Test
    void theQuadraticAtAlphaPointOneConvergesFromTheStart() {
        DescentLesson l = lesson();
        assertEquals("L(w) = (w − 1)²", l.formula());
        assertEquals(Regime.CONVERGING, l.regime());
        assertEquals("converging", l.regime().label());
        assertEquals("— each step moves w closer to the minimum from the same side, and it gets there.", l.regimeMeaning());
        assertEquals("Judged over 100 steps with α = 0.1 from w₀ = −1.5.", l.regimeContext());
        assertEquals(0, l.t());
        // w₀ = −1.5: L = 2.5² = 6.25, slope 2·(−2.5) = −5, step −0.1·(−5) = 0.5
        assertEquals("−1.5", l.w());
        assertEquals("6.25", l.loss());
        assertEquals("−5", l.slope());
        assertEquals("0.5", l.step());
        assertEquals("Near the minimum w* = 1 the curvature is L″(w*) = 2: steps overshoot w* for α > 1/L″ = 0.5 and stop converging for α > 2/L″ = 1.", l.thresholds());
        assertEquals(List.of(new DescentLesson.Iterate("0", "−1.5", "6.25", "−5", true)), l.iterates());
        assertEquals("0.1", l.alphaText());
        assertEquals(LearningRateScale.position(0.1), l.alphaPosition());
        assertEquals("curve=quadratic&alpha=0.1&w0=-1.5&t=0&alpha2=0.05&w1=-1.5&w2=2&t2=50", l.settings().toHash());
    }

    @Test
    void fiveStepsGiveTheHandComputedIterate() {
        DescentLesson l = lesson();
        steps(l.curve(), 5);
        double e = -2.5 * Math.pow(0.8, 5); // w₅ − 1 = −0.8192
        assertEquals(5, l.t());
        assertEquals(shown(1 + e), l.w());
        assertEquals("0.1808", l.w());
        assertEquals("0.67109", l.loss(), "0.8192² = 0.67108864");
        assertEquals("−1.6384", l.slope());
        assertEquals("0.16384", l.step());
        List<DescentLesson.Iterate> rows = l.iterates();
        assertEquals(6, rows.size());
        assertEquals("0", rows.get(0).t());
        assertEquals(new DescentLesson.Iterate("5", "0.1808", "0.67109", "−1.6384", true), rows.get(5));
        assertFalse(rows.get(4).current());
        assertTrue(l.settings().toHash().contains("t=5"), l.settings().toHash());
        steps(l.curve(), 15);
        rows = l.iterates();
        assertEquals(8, rows.size(), "the table keeps the last eight");
        assertEquals("13", rows.get(0).t());
        assertEquals("20", rows.get(7).t());
    }

    /** α·L″ > 2: each step multiplies the distance to w* by |1 − 2α| > 1. */
    @Test
    void beyondTwoOverTheCurvatureGradientDescentDiverges() {
        DescentLesson l = lesson();
        assertNull(l.typeAlpha("1.1"));
        assertEquals(Regime.DIVERGING, l.regime());
        assertEquals("— α is too large: each step overshoots by more than the last, and w runs away from the minimum.", l.regimeMeaning());
        assertTrue(l.regimeMeaning().contains("runs away"));
        assertEquals("Judged over 100 steps with α = 1.1 from w₀ = −1.5.", l.regimeContext());
        steps(l.curve(), 3);
        // e₃ = (1 − 2.2)³·(−2.5) = (−1.2)³·(−2.5) = 4.32
        assertEquals(shown(1 + Math.pow(-1.2, 3) * -2.5), l.w());
        assertEquals("5.32", l.w());
        assertNull(l.typeAlpha("0.75")); // between 1/L″ and 2/L″: shrinking swings
        assertEquals(Regime.OSCILLATING, l.regime());
        assertEquals(0, l.t(), "a new α starts from w₀");
        assertNull(l.typeAlpha("1")); // exactly 2/L″: w = −1.5, 3.5, −1.5, …
        assertEquals(Regime.BOUNCING, l.regime());
        assertNull(l.typeAlpha("0.5")); // exactly 1/L″: w* in one step
        assertEquals(Regime.CONVERGING, l.regime());
        assertNull(l.typeAlpha("0.001"));
        assertEquals(Regime.CRAWLING, l.regime());
        // the slider's ends: crawling at α = 0.001, diverging at α = 3
        l.apply(l.settings().withAlpha(LearningRateScale.alpha(0)));
        assertEquals("0.001", l.alphaText());
        assertEquals(Regime.CRAWLING, l.regime());
        l.apply(l.settings().withAlpha(LearningRateScale.alpha(LearningRateScale.POSITIONS)));
        assertEquals("3", l.alphaText());
        assertEquals(Regime.DIVERGING, l.regime());
    }

    /** On w⁴ − 2w² + ½w + 2 a large α flings w so far that w³ overflows within a few steps. */
    @Test
    void aRunThatStopsBeingANumberSaysSoAndEndsThere() {
        DescentLesson l = new DescentLesson(DescentSettings.defaults().withCurve(Curve1D.byId("two-minima")).withAlpha(3), SURFACE);
        // the oracle: the same rule by hand until w, L or dL/dw is no longer finite
        double w = 1.7;
        int finite = 0;
        while (Double.isFinite(w) && Double.isFinite(w * w * w * w) && Double.isFinite(4 * w * w * w)) {
            finite++;
            w -= 3 * (4 * w * w * w - 4 * w + 0.5);
        }
        assertTrue(finite < 10, "diverges within a few steps: " + finite);
        assertEquals(Regime.DIVERGING, l.regime());
        assertEquals("Judged over " + (finite - 1) + " steps (then w stopped being a number) with α = 3 from w₀ = 1.7.", l.regimeContext());
        steps(l.curve(), finite - 1);
        assertFalse(l.curve().hasNext(), "no step past the last number");
        DescentLesson linked = new DescentLesson(DescentSettings.defaults().withCurve(Curve1D.byId("two-minima")).withAlpha(3).withT(50), SURFACE);
        assertEquals(finite - 1, linked.t(), "a link's t beyond the run shows its last iterate");
    }

    @Test
    void aTypedLearningRateThatIsNotOneKeepsTheOldAlphaAndSaysWhy() {
        DescentLesson l = lesson();
        steps(l.curve(), 4);
        assertEquals("“fast” is not a learning rate: type a number above 0 and at most 10, e.g. 0.05. α stays 0.1.", l.typeAlpha("fast"));
        assertEquals(DescentSettings.defaults().withT(4), l.settings());
        assertEquals("“0” is not a learning rate: type a number above 0 and at most 10, e.g. 0.05. α stays 0.1.", l.typeAlpha("0"));
        assertEquals("“" + "a".repeat(20) + "…” is not a learning rate: type a number above 0 and at most 10, e.g. 0.05. α stays 0.1.",
                l.typeAlpha("a".repeat(40)));
        assertNull(l.typeAlpha("0.2"));
        assertEquals(0.2, l.settings().alpha());
        assertEquals(0, l.t());
    }

    @Test
    void playStepsTheCurveToTheEndAndStartsOverFromThere() {
        DescentLesson l = lesson();
        Steps s = l.curve();
        assertEquals(450, s.dwellMs());
        steps(s, 100);
        assertFalse(s.hasNext());
        assertEquals(100, l.t());
        s.rewind();
        assertEquals(0, l.t());
        l.apply(l.settings().withT(7));
        assertEquals(7, l.t());
        l.apply(l.settings().withW0(0.123));
        assertEquals(0, l.t(), "a new start is a new run");
        assertEquals("0.12", Fmt.num(l.settings().w0(), 6), "a start is kept to hundredths");
    }

    @Test
    void theContoursShowTheSlidesMinimumAndTheStart() {
        DescentLesson l = lesson();
        // computed independently of the page by Newton's method in LogisticSurface2D
        assertEquals("minimum L = 4.371 at (w₁, w₂) = (1.279, −0.845)", l.minimum());
        // L(−1.5, 2) = Σ log(1 + e^(−s·a)), s = ±1 the label's sign, a = w₁x₁ + w₂x₂
        double loss = 0;
        for (int i = 0; i < SURFACE.size(); i++) {
            double a = -1.5 * SURFACE.x1(i) + 2 * SURFACE.x2(i);
            loss += Math.log1p(Math.exp(-(2 * SURFACE.y(i) - 1) * a));
        }
        assertEquals("Start (w₁, w₂) = (−1.500, 2.000), L = " + Fmt.fixed(loss, 3) + ". Click the contours for another start.", l.start());
        assertEquals("0.05", l.rateValue());
        assertEquals(DescentSettings.ALPHAS_2D.length, DescentLesson.rateChoices().size());
        assertEquals(new Choice("0.01", "0.01"), DescentLesson.rateChoices().get(0));
        assertEquals(List.of("gradient descent", "momentum, β = 0.9", "Adam"), List.of(DescentLesson.methodNames()));
        assertEquals(List.of(new Choice("quadratic", "quadratic"), new Choice("two-minima", "two minima"),
                new Choice("logloss", "log loss, one weight")), DescentLesson.curveChoices());
    }

    /**
     * One step from the start, checked against central differences of L: gradient descent and
     * momentum (whose first step is the same, m₁ = ∇L) move by −α∇L; Adam moves each weight by
     * α against the sign of its slope, whatever its size (m̂/√v̂ = g/|g| on the first step).
     */
    @Test
    void theFirstStepOfEachOptimiserAgreesWithTheSlopesOfTheLoss() {
        DescentLesson l = lesson();
        l.apply(l.settings().withT2(1));
        double h = 1e-6;
        double g1 = (SURFACE.loss(-1.5 + h, 2) - SURFACE.loss(-1.5 - h, 2)) / (2 * h);
        double g2 = (SURFACE.loss(-1.5, 2 + h) - SURFACE.loss(-1.5, 2 - h)) / (2 * h);
        double alpha = 0.05;
        List<DescentLesson.PathRow> rows = l.pathRows();
        assertEquals(List.of("sgd", "momentum", "adam"), rows.stream().map(DescentLesson.PathRow::method).toList());
        assertEquals("gradient descent", rows.get(0).name());
        for (int k = 0; k < 2; k++) {
            assertEquals(-1.5 - alpha * g1, parse(rows.get(k).w1()), 1e-3);
            assertEquals(2 - alpha * g2, parse(rows.get(k).w2()), 1e-3);
        }
        assertEquals(-1.5 - alpha * Math.signum(g1), parse(rows.get(2).w1()), 1e-3);
        assertEquals(2 - alpha * Math.signum(g2), parse(rows.get(2).w2()), 1e-3);
        assertEquals(Fmt.fixed(SURFACE.loss(l.runs()[0].w1(1), l.runs()[0].w2(1)), 3), rows.get(0).loss());
    }

    @Test
    void thePathsPlayTheirTwoHundredStepsOnTheirOwn() {
        DescentLesson l = lesson();
        Steps s = l.paths();
        assertEquals(60, s.dwellMs());
        assertEquals(50, l.settings().t2());
        steps(s, 150);
        assertFalse(s.hasNext());
        assertEquals(0, l.t(), "the curve has not moved");
        s.rewind();
        assertEquals(0, l.settings().t2());
        l.chooseRate(99);
        assertEquals("0.5", l.rateValue(), "past the last rate: the last");
        l.apply(l.settings().withStart(SURFACE, 0.5, -0.25));
        assertTrue(l.start().startsWith("Start (w₁, w₂) = (0.500, −0.250), L = "), l.start());
        for (DescentLesson.PathRow r : l.pathRows()) {
            assertEquals("0.500", r.w1(), "at t = 0 every path is at its start");
        }
    }

    private static double parse(String shown) {
        return Double.parseDouble(shown.replace('−', '-'));
    }
}
