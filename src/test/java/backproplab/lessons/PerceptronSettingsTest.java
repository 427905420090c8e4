package backproplab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.DataKind;
import backproplab.data.Feature;
import backproplab.state.HashCodec;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PerceptronSettingsTest {

    @Test
    void aLinkRoundTrips() {
        PerceptronSettings s = new PerceptronSettings(ClassifierData.XOR, ClassifierModel.LOGISTIC, 0.3, 12,
                BiasNotation.ABSORBED, true);
        assertEquals("data=xor&model=logistic&eta=0.3&t=12&bias=absorbed&x1x2=true", s.toHash());
        PerceptronSettings.Parsed p = PerceptronSettings.parse("#" + s.toHash());
        assertEquals(s, p.settings());
        assertTrue(p.notices().isEmpty(), p.notices()::toString);
    }

    @Test
    void anEmptyLinkIsTheDefaultWithoutNotices() {
        PerceptronSettings.Parsed p = PerceptronSettings.parse("");
        assertEquals(PerceptronSettings.defaults(), p.settings());
        assertTrue(p.notices().isEmpty());
    }

    @Test
    void anAbsentStepSizeIsTheModelsDefaultForTheData() {
        assertEquals(0.001, PerceptronSettings.parse("model=logistic").settings().eta(), 0);
        assertEquals(1, PerceptronSettings.parse("model=logistic&data=and").settings().eta(), 0);
        assertEquals(1, PerceptronSettings.parse("data=xor").settings().eta(), 0);
    }

    @Test
    void aMangledLinkGivesDefaultsAndOneNoticePerBadPart() {
        PerceptronSettings.Parsed p = PerceptronSettings.parse(
                "#data=spiral&model=svm&eta=-1&t=1.5&bias=%E2%82&x1x2=maybe&colour=red&%%%");
        assertEquals(PerceptronSettings.defaults(), p.settings());
        assertEquals(8, p.notices().size(), p.notices()::toString);
        // in the link's own terms, for whoever wrote it
        assertEquals("The link asks for data “spiral”, which this page does not have (data=passfail, and, or or xor); showing “Will I pass this class?”.",
                p.notices().get(0));
        assertTrue(p.notices().contains("The link's learning rate eta=“-1” is not a number in (0, 10]; using 1."), p.notices()::toString);
    }

    @Test
    void anUnknownKeyIsNamedAlikeOnEveryLessonPage() {
        String notice = "The link's “colour” is not a setting of this page; it was ignored.";
        assertEquals(List.of(notice), PerceptronSettings.parse("colour=red").notices());
        assertEquals(List.of(notice), ActivationSettings.parse("colour=red").notices());
        assertEquals(List.of(notice), DescentSettings.parse("colour=red", LogisticSurface2D.standard()).notices());
    }

    @Test
    void tooManyStepsAreCappedWithANotice() {
        PerceptronSettings.Parsed p = PerceptronSettings.parse("t=1000000");
        assertEquals(PerceptronSettings.MAX_UPDATES, p.settings().t());
        assertEquals(1, p.notices().size());
    }

    @Test
    void theFeatureX1x2IsOnlyForTheTruthTables() {
        PerceptronSettings.Parsed p = PerceptronSettings.parse("data=passfail&x1x2=true");
        assertFalse(p.settings().x1x2());
        assertEquals(1, p.notices().size());
        assertFalse(PerceptronSettings.defaults().withX1x2(true).x1x2());
        assertTrue(PerceptronSettings.defaults().withData(ClassifierData.XOR).withX1x2(true).x1x2());
    }

    @Test
    void thePlaygroundLinkOpensXorWithOneHiddenLayerOfTanhUnitsOnXAndY() {
        String link = PerceptronSettings.playgroundLink();
        assertTrue(link.startsWith("index.html#"));
        HashCodec.Parsed p = HashCodec.parse(link.substring(link.indexOf('#')));
        assertTrue(p.notices().isEmpty(), p.notices()::toString);
        assertEquals(DataKind.XOR, p.state().dataset());
        assertEquals(List.of(4), p.state().networkShape());
        assertEquals(Set.of(Feature.X, Feature.Y), p.state().features());
        assertEquals("tanh", p.state().activation().kind().id());
    }

    @Test
    void everyFormulaFollowsTheNotation() {
        BiasNotation s = BiasNotation.SEPARATE;
        BiasNotation a = BiasNotation.ABSORBED;
        assertEquals("w₁x₁ + w₂x₂ + b = 0", s.boundary(2));
        assertEquals("w₁x₁ + w₂x₂ + w₃x₁x₂ + b = 0", s.boundary(3));
        assertEquals("wᵀx = 0", a.boundary(2));
        assertEquals("x ← [x₁; x₂; 1],   w ← [w₁; w₂; b]", a.vectors(2));
        assertEquals("w = (1.5, −2),   b = 3", s.parameters(new double[] {1.5, -2}, 3));
        assertEquals("w = (1.5, −2, 3)", a.parameters(new double[] {1.5, -2}, 3));
        assertEquals("x = (6, 2, 1)", a.input(new double[] {6, 2}));
        // 1.5·6 + (−2)·2 + 3 = 8, the a a model gives for these w, b and x
        double eight = 1.5 * 6 + (-2) * 2 + 3;
        assertEquals("a = wᵀx + b = 1.5·6 + (−2)·2 + 3 = 8", s.activation(new double[] {1.5, -2}, 3, new double[] {6, 2}, eight));
        assertEquals("a = wᵀx = 1.5·6 + (−2)·2 + 3·1 = 8", a.activation(new double[] {1.5, -2}, 3, new double[] {6, 2}, eight));
        assertTrue(s.rule(ClassifierModel.PERCEPTRON).contains("b ← b + η(y − ŷ)"));
        assertFalse(a.rule(ClassifierModel.PERCEPTRON).contains("b ←"));
        assertFalse(a.loss().contains("+ b"));
    }
}
