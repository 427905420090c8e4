package backproplab.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.lessons.BiasNotation;
import backproplab.lessons.ClassifierData;
import backproplab.lessons.ClassifierModel;
import backproplab.lessons.LinearInputs;
import backproplab.lessons.PerceptronSettings;
import backproplab.nn.Perceptron;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every sentence and number of perceptron.html, from its model, against runs worked out by hand. */
class PerceptronLessonTest {
    private static final String CONVERGED_TAIL = ": every point is on its side, so the rule will never move the line again.";
    private static final String NOT_YET = "Not converged yet: some point is still on the wrong side.";

    private static PerceptronLesson lesson(ClassifierData data, ClassifierModel model, double eta, boolean x1x2) {
        return new PerceptronLesson(PerceptronSettings.defaults().withData(data).withModel(model).withEta(eta).withX1x2(x1x2));
    }

    private static PerceptronLesson fromLink(String hash) {
        PerceptronSettings.Parsed parsed = PerceptronSettings.parse(hash);
        assertEquals(List.of(), parsed.notices());
        return new PerceptronLesson(parsed.settings());
    }

    /** Run (or Play) as the player drives it: steps until the model says it is done. */
    private static void run(PerceptronLesson l) {
        while (l.hasNext()) {
            l.next();
        }
    }

    private static void steps(PerceptronLesson l, int n) {
        for (int k = 0; k < n; k++) {
            l.step();
        }
    }

    private static void assertPoints(ClassifierData data, int[][] expected) {
        LinearInputs in = new LinearInputs(data, false);
        assertEquals(expected.length, in.count);
        for (int i = 0; i < in.count; i++) {
            assertEquals(expected[i][0], in.x1[i], 0, data + " point " + i);
            assertEquals(expected[i][1], in.x2[i], 0, data + " point " + i);
            assertEquals(expected[i][2], in.y(i), data + " point " + i);
        }
    }

    @Test
    void theDefaultPageIsThePerceptronAtZeroOnPassFail() {
        PerceptronLesson l = new PerceptronLesson(PerceptronSettings.defaults());
        assertEquals("w = (0, 0),   b = 0,   η = 1", l.parameters());
        assertTrue(l.modelFormula().startsWith("a = wᵀx + b"), l.modelFormula());
        assertEquals("a = wᵀx + b,   ŷ = step(a) = 1 if a > 0, else 0", l.modelFormula());
        assertEquals("x = [x₁; x₂],   w = [w₁; w₂]", l.vectors());
        assertEquals("w ← w + η(y − ŷ)x,   b ← b + η(y − ŷ)", l.rule());
        assertNull(l.lossFormula(), "the perceptron has no loss on the page");
        assertEquals("Boundary: w₁x₁ + w₂x₂ + b = 0", l.boundary());
        assertEquals(new Line(Line.Role.TEXT, "w = 0 and b = 0: a = 0 everywhere, so every point is predicted ŷ = 0. Press “One update” to find the first mistake."), l.status());
        assertEquals("Will I pass this class? Each dot is a student: hours studied across, hours on the project up. A linear classifier draws one line, and says “pass” on one side of it.", l.lede());
        assertEquals("pass (y = 1)", l.positiveKey());
        assertEquals("fail (y = 0)", l.negativeKey());
        assertEquals("boundary a = 0", l.boundaryKey());
        assertEquals("hours studied (x₁)", l.x1Axis());
        assertEquals("hours on the project (x₂)", l.x2Axis());
        assertEquals("η (learning rate)", l.rateName());
        assertEquals("One update", l.stepLabel());
        assertEquals("Run to convergence", l.runLabel());
        assertTrue(l.epochOffered());
        assertFalse(l.x1x2Offered(), "x₁x₂ is for the truth tables");
        // the values keep every digit (17 significant), which the select hands back as they are
        assertEquals(List.of(new Choice("1e-1", "0.1"), new Choice("5e-1", "0.5"), new Choice("1e0", "1"), new Choice("2e0", "2")),
                l.rateChoices());
        assertEquals("1e0", l.rateValue());
        assertEquals(new PerceptronLesson.PointView("A point", "Point at a dot (or tap it) to see wᵀx + b for it.", "", "", Double.NaN, 0),
                l.point());
        assertEquals(-1, l.corrected());
        assertFalse(l.xorShown());
        assertFalse(l.soft());
    }

    /**
     * The three first updates on pass/fail, worked out by hand as in PerceptronRunTest: after
     * three the panel explains the third (its point numbered from 1), with the weights before it
     * and η(y − ŷ) = ±1.
     */
    @Test
    void threeUpdatesOnPassFailExplainTheThird() {
        PerceptronLesson l = new PerceptronLesson(PerceptronSettings.defaults());
        steps(l, 3);
        LinearInputs in = l.inputs();
        double[] wb = new double[3];
        int[] m = backproplab.lessons.PerceptronRunTest.mistakesByHand(in, 3, wb);
        assertEquals(BiasNotation.SEPARATE.parameters(new double[] {wb[0], wb[1]}, wb[2]) + ",   η = 1", l.parameters());
        assertTrue(l.count().startsWith("Updates: 3 "), l.count());
        assertEquals(m[2], l.corrected());
        PerceptronLesson.PointView p = l.point();
        assertEquals("The update just made (point " + (m[2] + 1) + ")", p.title());
        int y = in.y(m[2]);
        int sign = y == 1 ? 1 : -1;
        assertTrue(p.more().startsWith("So w ← w + η(y − ŷ)x with η(y − ŷ) = " + (sign > 0 ? "1" : "−1") + ":   w = ("), p.more());
        // a with the weights before the update, which the third mistake undid in sign
        double before = (wb[0] - sign * in.x1[m[2]]) * in.x1[m[2]] + (wb[1] - sign * in.x2[m[2]]) * in.x2[m[2]] + (wb[2] - sign);
        assertEquals(before, p.a(), 1e-12);
        assertEquals(y, p.y());
        String wrong = y == 1 ? "  →  ŷ = 0  (wrong: y = 1)" : "  →  ŷ = 1  (wrong: y = 0)";
        assertTrue(p.activation().endsWith(" = " + BiasNotation.show(p.a()) + wrong), p.activation());
        assertTrue(p.input().contains(" h studied, ") && p.input().contains("y = " + y), p.input());
        assertEquals(NOT_YET, l.status().text());
        assertEquals(Line.Role.BAD, l.status().role());
    }

    /**
     * AND from w = 0, b = 0, η = 1, points in the order (0,0)→0, (0,1)→0, (1,0)→0, (1,1)→1, by hand
     * (a point is a mistake when step(a) ≠ y; a = 0 predicts 0):
     * <pre>
     * epoch 1: (1,1) a = 0            → w = (1, 1),  b = 1     update 1
     * epoch 2: (0,0) a = 1            → w = (1, 1),  b = 0     update 2
     *          (0,1) a = 1            → w = (1, 0),  b = −1    update 3
     *          (1,1) a = 0            → w = (2, 1),  b = 0     update 4
     * epoch 3: (0,1) a = 1            → w = (2, 0),  b = −1    update 5
     *          (1,0) a = 1            → w = (1, 0),  b = −2    update 6
     *          (1,1) a = −1           → w = (2, 1),  b = −1    update 7
     * epoch 4: (1,0) a = 1            → w = (1, 1),  b = −2    update 8
     *          (1,1) a = 0            → w = (2, 2),  b = −1    update 9
     * epoch 5: (0,1) a = 1            → w = (2, 1),  b = −2    update 10
     * </pre>
     * Then a = −2, −1, 0, 1: every point on its side. The rule's check pass runs on into epoch 6,
     * so the page says "Converged after 10 updates (6 epochs)".
     */
    @Test
    void andConvergesAsWorkedOutByHand() {
        assertPoints(ClassifierData.AND, new int[][] {{0, 0, 0}, {0, 1, 0}, {1, 0, 0}, {1, 1, 1}});
        PerceptronLesson l = lesson(ClassifierData.AND, ClassifierModel.PERCEPTRON, 1, false);
        assertEquals("AND as four points: the two input bits x₁, x₂ ∈ {0, 1}, blue where the output is 1. Can one line put the blue points on one side and the orange on the other?", l.lede());
        assertEquals("output 1 (y = 1)", l.positiveKey());
        assertEquals("output 0 (y = 0)", l.negativeKey());
        assertEquals("x₁", l.x1Axis());
        assertTrue(l.x1x2Offered());

        l.step();
        assertEquals("w = (1, 1),   b = 1,   η = 1", l.parameters());
        // (0,0), (0,1), (1,0) now have a = 1, 2, 2 > 0 but y = 0
        assertEquals("Updates: 1   ·   epoch 2, mistakes in it so far: 0   ·   in the last epoch: 1   ·   on the wrong side now: 3", l.count());
        assertEquals(new Line(Line.Role.BAD, NOT_YET), l.status());
        PerceptronLesson.PointView update = l.point();
        assertEquals("The update just made (point 4)", update.title());
        assertEquals("bits (1, 1), y = 1:   x = (1, 1)", update.input());
        assertEquals("a = wᵀx + b = 0·1 + 0·1 + 0 = 0  →  ŷ = 0  (wrong: y = 1)", update.activation());
        assertEquals("So w ← w + η(y − ŷ)x with η(y − ŷ) = 1:   w = (1, 1),   b = 1", update.more());
        assertEquals(0, update.a());
        assertEquals(1, update.y());

        assertTrue(l.hover(0));
        assertFalse(l.hover(0), "the same point again changes nothing");
        PerceptronLesson.PointView first = l.point();
        assertEquals("Point 1", first.title());
        assertEquals("a = wᵀx + b = 1·0 + 1·0 + 1 = 1  →  ŷ = 1  (wrong: y = 0)", first.activation());
        assertEquals("When the rule reaches it, it will move w by η(y − ŷ)x = −ηx.", first.more());
        assertEquals(1, first.a());
        assertTrue(l.hover(3));
        assertEquals("a = wᵀx + b = 1·1 + 1·1 + 1 = 3  →  ŷ = 1  (right)", l.point().activation());
        assertEquals("The rule leaves w alone for this point.", l.point().more());
        l.hover(-1);

        steps(l, 3);
        assertEquals("w = (2, 1),   b = 0,   η = 1", l.parameters());
        // a = 0, 1, 2, 3: (0,1) and (1,0) on the wrong side
        assertEquals("Updates: 4   ·   epoch 3, mistakes in it so far: 0   ·   in the last epoch: 3   ·   on the wrong side now: 2", l.count());
        steps(l, 5);
        assertEquals("w = (2, 2),   b = −1,   η = 1", l.parameters());
        l.step();
        assertEquals("w = (2, 1),   b = −2,   η = 1", l.parameters());
        assertEquals(new Line(Line.Role.GOOD, "Converged after 10 updates (6 epochs)" + CONVERGED_TAIL), l.status());
        assertTrue(l.count().endsWith("on the wrong side now: 0"), l.count());
        assertEquals(10, l.settings().t());
        l.step();
        assertEquals(10, l.settings().t(), "a converged run makes no more updates");
        assertFalse(l.hasNext(), "Run stops once converged");
    }

    /**
     * Issue 29, item 3: the link a finished Run writes must reopen as the same verdict. From w = 0,
     * the updates nn.Perceptron's own epochs over the data need leave every student on their side;
     * the live run, the same run stepped by hand and the link all say so, with its numbers.
     */
    @Test
    void theLinkOfAConvergedRunReopensConverged() {
        PerceptronLesson live = new PerceptronLesson(PerceptronSettings.defaults());
        run(live);
        // the oracle: the engine's perceptron, epoch by epoch over the same inputs, until a clean one
        LinearInputs in = live.inputs();
        double[] xs = new double[in.count * in.d];
        int[] ys = new int[in.count];
        for (int i = 0; i < in.count; i++) {
            xs[i * 2] = in.x(i, 0);
            xs[i * 2 + 1] = in.x(i, 1);
            ys[i] = in.y(i);
        }
        Perceptron p = new Perceptron(2, 1);
        int updates = 0;
        int epochs = 0;
        for (int mistakes = -1; mistakes != 0; epochs++) {
            mistakes = p.epoch(xs, ys, in.count);
            updates += mistakes;
        }
        String verdict = "Converged after " + updates + " updates (" + epochs + " epochs)" + CONVERGED_TAIL;
        String link = "data=passfail&model=perceptron&eta=1&t=" + updates + "&bias=separate&x1x2=false";
        assertEquals(new Line(Line.Role.GOOD, verdict), live.status());
        assertEquals(link, live.settings().toHash());
        assertEquals(BiasNotation.SEPARATE.parameters(p.w, p.b()) + ",   η = 1", live.parameters());

        PerceptronLesson linked = fromLink(link);
        assertEquals(new Line(Line.Role.GOOD, verdict), linked.status());
        assertTrue(linked.count().endsWith("on the wrong side now: 0"), linked.count());
        assertEquals(live.count(), linked.count());
        assertEquals(live.parameters(), linked.parameters());
        assertFalse(linked.hasNext());

        PerceptronLesson byHand = new PerceptronLesson(PerceptronSettings.defaults());
        steps(byHand, updates);
        assertEquals(verdict, byHand.status().text());
        assertEquals(live.count(), byHand.count());
    }

    /** Whatever t a link names, the verdict and the count of wrong points never contradict each other. */
    @Test
    void atEveryStepConvergedMeansNoPointOnTheWrongSide() {
        for (ClassifierData data : ClassifierData.values()) {
            for (int t = 0; t <= 340; t++) {
                PerceptronLesson l = new PerceptronLesson(PerceptronSettings.defaults().withData(data).withT(t));
                boolean none = l.count().endsWith("on the wrong side now: 0");
                assertEquals(none, l.status().role() == Line.Role.GOOD, data + " t=" + t + ": " + l.count() + " / " + l.status());
                assertEquals(none, l.misclassified() == 0);
                if (l.settings().t() < t) {
                    assertTrue(none, "a replay stops short only at convergence");
                }
            }
        }
    }

    /**
     * XOR from w = 0, η = 1, points (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0, by hand:
     * epoch 1 corrects (0,1) and (1,1): w = (−1, 0), b = 0; epoch 2 corrects (0,1), (1,0), (1,1):
     * w = (−1, 0), b = 1; epoch 3 corrects all four and ends at w = (−1, 0), b = 1 again. So epoch 4
     * starts where epoch 3 did, and from then on every epoch makes four mistakes: Run gives up after
     * 30 epochs, at 2 + 3 + 28·4 = 117 updates.
     */
    @Test
    void xorLoopsAndRunGivesUpAfterThirtyEpochs() {
        assertPoints(ClassifierData.XOR, new int[][] {{0, 0, 0}, {0, 1, 1}, {1, 0, 1}, {1, 1, 0}});
        PerceptronLesson l = lesson(ClassifierData.XOR, ClassifierModel.PERCEPTRON, 1, false);
        l.epoch();
        l.epoch();
        assertEquals("w = (−1, 0),   b = 1,   η = 1", l.parameters());
        assertFalse(l.xorShown(), "two epochs are not yet enough to explain");
        assertEquals(-1, l.corrected(), "an epoch is several updates: none is singled out");
        l.epoch();
        assertEquals("w = (−1, 0),   b = 1,   η = 1", l.parameters());
        // a = 1, 1, 0, 0 for the four points: (0,0) and (1,0) on the wrong side
        assertEquals("Updates: 9   ·   epoch 4, mistakes in it so far: 0   ·   in the last epoch: 4   ·   on the wrong side now: 2", l.count());
        assertTrue(l.xorShown());
        assertTrue(l.xorWhy().startsWith("No line separates XOR's points"), l.xorWhy());
        assertTrue(l.xorWhy().endsWith("So every epoch has a mistake, and the perceptron keeps cycling."), l.xorWhy());
        assertEquals("Indeed: the weights at the start of epoch 4 had already been reached at the start of epoch 3 — the rule is in a loop and will repeat it forever.", l.xorCycle());

        run(l);
        assertEquals("Updates: 117   ·   epoch 31, mistakes in it so far: 0   ·   in the last epoch: 4   ·   on the wrong side now: 2", l.count());
        assertEquals(new Line(Line.Role.BAD, "Stopped after 30 epochs without convergence: every epoch still has a mistake."), l.status());
        l.step();
        assertEquals(new Line(Line.Role.BAD, NOT_YET), l.status(), "stepped on by hand, the run has not stopped");
        l.rewind();
        assertEquals(0, l.settings().t(), "Run at the end starts over");
        assertTrue(l.hasNext());
    }

    /**
     * XOR with the feature x₁x₂, inputs (x₁, x₂, x₁x₂), by hand from w = 0: epochs 1–7 make 2, 3, 4,
     * 3, 1, 2 and 1 updates, the last at (0,0) in epoch 7, leaving w = (1, 1, −3), b = 0, where
     * a = 0, 1, 1, −1 puts every point on its side: 16 updates, the check pass ending in epoch 8.
     */
    @Test
    void theFeatureX1x2LetsThePerceptronLearnXorAsWorkedOutByHand() {
        PerceptronLesson l = lesson(ClassifierData.XOR, ClassifierModel.PERCEPTRON, 1, true);
        assertEquals("x = [x₁; x₂; x₁x₂],   w = [w₁; w₂; w₃]", l.vectors());
        assertEquals("Boundary: w₁x₁ + w₂x₂ + w₃x₁x₂ + b = 0", l.boundary());
        assertTrue(Double.isNaN(l.normal(0)), "no normal arrow for a curved boundary");
        run(l);
        assertEquals("w = (1, 1, −3),   b = 0,   η = 1", l.parameters());
        assertEquals(new Line(Line.Role.GOOD, "Converged after 16 updates (8 epochs)" + CONVERGED_TAIL), l.status());
        assertFalse(l.xorShown(), "lifted, XOR needs no explanation");
        l.setBias(BiasNotation.ABSORBED);
        assertEquals("w = (1, 1, −3, 0),   η = 1", l.parameters());
        assertEquals("Boundary: wᵀx = 0", l.boundary());
        assertEquals(16, l.settings().t(), "the notation changes nothing of the run");
    }

    /**
     * Logistic regression on AND from w = 0 with α = 1, by hand: ŷ = σ(0) = ½ everywhere, so
     * ∇_w L = Σ (ŷ − y)x = ½(0,0) + ½(0,1) + ½(1,0) − ½(1,1) = (0, 0) and ∂L/∂b = ½·3 − ½ = 1: one
     * step gives w = (0, 0), b = −1. Then a = −1 for every point, L = 3 log(1 + e⁻¹) + log(1 + e)
     * ≈ 2.253, and (1,1) costs log(1 + e) ≈ 1.313 with ŷ = σ(−1) ≈ 0.2689.
     */
    @Test
    void logisticRegressionsFirstStepOnAndAsWorkedOutByHand() {
        PerceptronLesson l = lesson(ClassifierData.AND, ClassifierModel.LOGISTIC, 1, false);
        assertEquals("a = wᵀx + b,   ŷ = σ(a) = 1 / (1 + e⁻ᵃ)", l.modelFormula());
        assertEquals("L(w, b) = Σᵢ ℓ(yᵢ, σ(wᵀxᵢ + b)),   ℓ(y, ŷ) = −[y log ŷ + (1−y) log(1−ŷ)]", l.lossFormula());
        assertEquals("Boundary: w₁x₁ + w₂x₂ + b = 0   (σ(a) = 0.5)", l.boundary());
        assertEquals("boundary σ(a) = 0.5", l.boundaryKey());
        assertEquals("α (learning rate)", l.rateName());
        assertEquals("One gradient step", l.stepLabel());
        assertEquals("Play", l.runLabel());
        assertFalse(l.epochOffered());
        assertTrue(l.soft());
        assertEquals("w = (0, 0),   b = 0,   α = 1", l.parameters());
        // 4 log 2 ≈ 2.773; a = 0 predicts 0, so (1,1) is on the wrong side
        assertEquals("Steps: 0   ·   L = Σᵢ ℓᵢ = 2.773 over 4 points   ·   on the wrong side: 1", l.count());
        assertEquals(Line.text("w = 0 and b = 0: σ(0) = 0.5 everywhere, so every point costs ℓ = log 2 ≈ 0.693. Press “One gradient step” or “Play”."), l.status());

        l.step();
        assertEquals("w = (0, 0),   b = −1,   α = 1", l.parameters());
        double loss = 3 * Math.log(1 + Math.exp(-1)) + Math.log(1 + Math.E);
        assertEquals("Steps: 1   ·   L = Σᵢ ℓᵢ = " + BiasNotation.show(loss) + " over 4 points   ·   on the wrong side: 1", l.count());
        assertEquals("Steps: 1   ·   L = Σᵢ ℓᵢ = 2.253 over 4 points   ·   on the wrong side: 1", l.count());
        assertEquals(Line.text("Gradient descent moves w against ∇L; points on the wrong side cost the most."), l.status());
        assertEquals(-1, l.corrected(), "gradient steps use every point: none is singled out");
        l.hover(3);
        PerceptronLesson.PointView p = l.point();
        assertEquals("Point 4", p.title());
        assertEquals("a = wᵀx + b = 0·1 + 0·1 + (−1) = −1  →  ŷ = σ(a) = 0.2689", p.activation());
        assertEquals("ℓ = −[y log ŷ + (1−y) log(1−ŷ)] = −[1·log 0.2689 + 0·log 0.7311] = 1.313", p.more());
        assertEquals(-1, p.a());

        run(l);
        assertEquals(PerceptronSettings.MAX_STEPS, l.settings().t(), "Play goes on to the last step offered");
        assertEquals(new Line(Line.Role.GOOD, "Every point is on its side of σ(a) = 0.5. On separable data L keeps falling as w grows, and the surface gets steeper."), l.status());
        assertTrue(l.count().endsWith("on the wrong side: 0"), l.count());
    }

    @Test
    void logisticRegressionOnXorIsExplainedAtOnce() {
        PerceptronLesson l = lesson(ClassifierData.XOR, ClassifierModel.LOGISTIC, 1, false);
        assertFalse(l.xorShown());
        l.step();
        // by symmetry the gradient at w = 0 is 0: the step changes nothing, L stays 4 log 2
        assertEquals("w = (0, 0),   b = 0,   α = 1", l.parameters());
        assertTrue(l.xorShown());
        assertTrue(l.xorWhy().endsWith("Logistic regression cannot do better than ŷ = 0.5 for all four: here the gradient at w = 0 is exactly 0, and L stays at 4 log 2 ≈ 2.77."), l.xorWhy());
        assertEquals("", l.xorCycle());
    }

    @Test
    void theBiasAbsorbedChangesTheFormulasNotTheNumbers() {
        PerceptronLesson l = fromLink("data=passfail&model=logistic&eta=0.001&t=400&bias=absorbed");
        assertTrue(l.parameters().startsWith("w = ("), "absorbed: b is the last entry of w");
        assertFalse(l.parameters().contains("b ="));
        assertEquals("Point at a dot (or tap it) to see wᵀx for it.", l.point().input());
        assertTrue(l.count().startsWith("Steps: 400"));
        assertEquals("x ← [x₁; x₂; 1],   w ← [w₁; w₂; b]", l.vectors());
        assertEquals("w ← w − α ∇_w L = w − α Σᵢ (ŷᵢ − yᵢ) xᵢ", l.rule());
        PerceptronLesson separate = fromLink("data=passfail&model=logistic&eta=0.001&t=400&bias=separate");
        assertEquals(separate.count(), l.count());
        assertEquals(separate.status(), l.status());
    }

    @Test
    void aLinksOwnLearningRateIsOfferedBesideTheUsualOnes() {
        PerceptronLesson l = fromLink("data=and&model=perceptron&eta=0.7");
        List<Choice> c = l.rateChoices();
        assertEquals(5, c.size());
        assertEquals(new Choice("7e-1", "0.7"), c.get(4));
        assertEquals("7e-1", l.rateValue());
        PerceptronLesson logistic = fromLink("data=passfail&model=logistic");
        assertEquals(PerceptronSettings.ALPHAS.length, logistic.rateChoices().size());
        assertEquals("1e-3", logistic.rateValue());
    }

    /** Run's pace: the perceptron makes 3, 20 or 200 updates a second, logistic regression 10, 100 or 1000 steps. */
    @Test
    void eachStepDwellsAsLongAsTheSpeedAsks() {
        PerceptronLesson l = new PerceptronLesson(PerceptronSettings.defaults());
        assertEquals(50, l.dwellMs(), 1e-12);
        l.setSpeed(0);
        assertEquals(1000 / 3.0, l.dwellMs(), 1e-12);
        l.setSpeed(2);
        assertEquals(5, l.dwellMs(), 1e-12);
        l.setSpeed(7);
        assertEquals(5, l.dwellMs(), 1e-12, "beyond fast is fast");
        l.apply(l.settings().withModel(ClassifierModel.LOGISTIC));
        assertEquals(1, l.dwellMs(), 1e-12);
        l.setSpeed(1);
        assertEquals(10, l.dwellMs(), 1e-12);
    }

    @Test
    void hoveringOutsideThePointsShowsNone() {
        PerceptronLesson l = new PerceptronLesson(PerceptronSettings.defaults());
        assertFalse(l.hover(-1));
        assertFalse(l.hover(100), "pass/fail has points 0 … 99");
        assertTrue(l.hover(99));
        assertEquals("Point 100", l.point().title());
        l.apply(l.settings().withData(ClassifierData.OR));
        assertEquals(-1, l.hovered(), "other data: the pointer has to find a point again");
    }

    /** Where the page's η and 0/1 labels differ from the playground's α and ±1, it says why (docs/notation.md). */
    @Test
    void thePageSaysWhyItWritesEtaAndLabelsZeroAndOne() {
        PerceptronLesson perceptron = lesson(ClassifierData.PASS_FAIL, ClassifierModel.PERCEPTRON, 1, false);
        assertEquals("η (learning rate)", perceptron.rateName());
        assertEquals("The perceptron rule is written with η, as in the lecture; it is the same role α plays in gradient"
                + " descent (logistic regression here, the descent page, the playground). The labels here are y ∈ {0, 1},"
                + " as the step's output and σ's probability read them; the playground labels its classes −1 and +1, as"
                + " TF Playground does, and its log loss reads them as y = 0 and 1.", perceptron.notation());
        PerceptronLesson logistic = lesson(ClassifierData.PASS_FAIL, ClassifierModel.LOGISTIC, 0.01, false);
        assertEquals("α (learning rate)", logistic.rateName());
        assertTrue(logistic.notation().startsWith("Gradient descent is written with α, as on the descent page and in the"
                + " playground; the perceptron rule, written with η as in the lecture, uses its step in the same role."),
                logistic.notation());
    }
}
