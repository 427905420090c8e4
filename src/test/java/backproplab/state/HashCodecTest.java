package backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.DataKind;
import backproplab.data.DataPoint;
import backproplab.data.Feature;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Loss;
import backproplab.nn.Optimizer;
import backproplab.nn.Regularization;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashCodecTest {
    /** TF Playground's own link for its default configuration (with the seed it happened to pick). */
    static final String TF_DEFAULT_LINK = "activation=tanh&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03"
            + "&regularizationRate=0&noise=0&networkShape=4,2&seed=0.59704&showTestData=false&discretize=false&percTrainData=50"
            + "&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false"
            + "&collectStats=false&problem=classification&initZero=false&hideText=false";

    private static PlaygroundState read(String hash) {
        HashCodec.Parsed p = HashCodec.parse(hash);
        assertEquals(List.of(), p.notices(), hash);
        return p.state();
    }

    private static List<String> notices(String hash) {
        return HashCodec.parse(hash).notices();
    }

    @Test
    void anEmptyHashIsTheDefaultWhichIsTfPlaygroundsDefault() {
        PlaygroundState s = read("");
        assertEquals(PlaygroundState.DEFAULT, s);
        assertEquals(Activation.TANH, s.activation());
        assertEquals(Regularization.NONE, s.regularization());
        assertEquals(10, s.batchSize());
        assertEquals(DataKind.CIRCLE, s.dataset());
        assertEquals(DataKind.REG_PLANE, s.regDataset());
        assertEquals(0.03, s.learningRate());
        assertEquals(0.0, s.regularizationRate());
        assertEquals(0.0, s.noise());
        assertEquals(List.of(4, 2), s.networkShape());
        assertEquals("", s.seed(), "empty: the page picks a seed");
        assertEquals(50.0, s.percTrainData());
        assertEquals(Set.of(Feature.X, Feature.Y), s.features());
        assertEquals(Problem.CLASSIFICATION, s.problem());
        assertEquals(Init.PLAYGROUND, s.init());
        assertEquals(Loss.SQUARED, s.loss());
        assertEquals(Optimizer.SGD, s.optimizer());
        assertEquals(1, s.speed());
    }

    @Test
    void tfPlaygroundsDefaultLinkReadsAsTheDefaultAndIsWrittenBackVerbatim() {
        PlaygroundState s = read("#" + TF_DEFAULT_LINK);
        assertEquals(PlaygroundState.DEFAULT.withSeed("0.59704"), s);
        assertEquals(TF_DEFAULT_LINK, HashCodec.write(s));
    }

    @Test
    void everyTfKeyIsRead() {
        PlaygroundState s = read("#activation=relu&regularization=L1&batchSize=25&dataset=spiral&regDataset=reg-gauss"
                + "&learningRate=0.00001&regularizationRate=0.003&noise=35&networkShape=8,1,5&seed=abc"
                + "&showTestData=true&discretize=true&percTrainData=70&x=false&y=true&xTimesY=true&xSquared=true"
                + "&ySquared=true&cosX=true&sinX=true&cosY=true&sinY=true&collectStats=true&tutorial=dropout"
                + "&problem=regression&initZero=true&hideText=true");
        assertEquals(Activation.RELU, s.activation());
        assertEquals(Regularization.L1, s.regularization());
        assertEquals(25, s.batchSize());
        assertEquals(DataKind.SPIRAL, s.dataset());
        assertEquals(DataKind.REG_GAUSS, s.regDataset());
        assertEquals(DataKind.REG_GAUSS, s.dataKind(), "regression uses regDataset");
        assertEquals(0.00001, s.learningRate());
        assertEquals(0.003, s.regularizationRate());
        assertEquals(35.0, s.noise());
        assertEquals(List.of(8, 1, 5), s.networkShape());
        assertEquals("abc", s.seed());
        assertTrue(s.showTestData() && s.discretize() && s.collectStats() && s.hideText());
        assertEquals(70.0, s.percTrainData());
        assertEquals(Set.of(Feature.Y, Feature.X_TIMES_Y, Feature.X_SQUARED, Feature.Y_SQUARED,
                Feature.COS_X, Feature.SIN_X, Feature.COS_Y, Feature.SIN_Y), s.features());
        assertEquals("dropout", s.tutorial());
        assertEquals(Problem.REGRESSION, s.problem());
        assertEquals(Init.ZERO, s.init());
    }

    @Test
    void everyListedTfValueIsAccepted() {
        for (String a : new String[] {"relu", "tanh", "sigmoid", "linear"}) {
            assertEquals(a, read("activation=" + a).activation().id());
        }
        for (String r : new String[] {"none", "L1", "L2"}) {
            assertEquals(r, read("regularization=" + r).regularization().id());
        }
        for (String d : new String[] {"circle", "xor", "gauss", "spiral"}) {
            assertEquals(d, read("dataset=" + d).dataset().id());
        }
        for (String d : new String[] {"reg-plane", "reg-gauss"}) {
            assertEquals(d, read("regDataset=" + d).regDataset().id());
        }
        double[] rates = {0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};
        for (double r : rates) {
            String text = HashCodec.write(PlaygroundState.DEFAULT.withLearningRate(r));
            assertEquals(r, read(text).learningRate());
        }
        assertTrue(HashCodec.write(PlaygroundState.DEFAULT.withLearningRate(0.00001)).contains("learningRate=0.00001&"),
                "plain decimals, as TF Playground writes them");
        for (double r : new double[] {0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10}) {
            assertEquals(r, read("regularizationRate=" + r).regularizationRate());
        }
        for (int b = 1; b <= 30; b++) {
            assertEquals(b, read("batchSize=" + b).batchSize());
        }
        for (int n = 0; n <= 50; n += 5) {
            assertEquals(n, read("noise=" + n).noise());
        }
        for (int p = 10; p <= 90; p += 10) {
            assertEquals(p, read("percTrainData=" + p).percTrainData());
        }
    }

    @Test
    void booleansAreTrueForAnyValueButFalse() {
        assertTrue(read("showTestData=true").showTestData());
        assertTrue(read("showTestData=").showTestData());
        assertTrue(read("showTestData").showTestData());
        assertTrue(read("showTestData=no").showTestData(), "TF Playground: anything but false");
        assertTrue(read("showTestData=0").showTestData());
        assertTrue(!read("showTestData=false").showTestData());
        assertTrue(!read("x=false").features().contains(Feature.X));
        assertTrue(read("showTestData=FALSE").showTestData(), "only the exact word false");
    }

    @Test
    void anEmptyNetworkShapeMeansNoHiddenLayer() {
        assertEquals(List.of(), read("networkShape=").networkShape());
        assertEquals(List.of(4, 2), read("activation=tanh").networkShape(), "absent: the default stays");
    }

    @Test
    void numbersAreReadAsJavaScriptReadsThem() {
        assertEquals(16, read("batchSize=0x10").batchSize());
        assertEquals(0.5, read("learningRate=.5").learningRate());
        assertEquals(0.003, read("learningRate=3e-3").learningRate());
        assertEquals(20, read("noise=%2020%20").noise(), "spaces around a number do not matter");
        assertEquals(List.of(1, 2), read("networkShape=1,%202").networkShape());
    }

    @Test
    void everyHideKeyIsRead() {
        StringBuilder hash = new StringBuilder();
        for (Control c : Control.values()) {
            hash.append(c.id()).append("_hide=true&");
        }
        for (Feature f : Feature.values()) {
            hash.append(f.id()).append("_hide=true&");
        }
        PlaygroundState s = read(hash.toString());
        assertEquals(Set.of(Control.values()), s.hidden());
        assertEquals(Set.of(Feature.values()), s.hiddenFeatures());
        assertEquals(Set.of(), read("playButton_hide=false").hidden());
        PlaygroundState noX = read("x=true&y=true&x_hide=true");
        assertArrayEquals(new Feature[] {Feature.Y}, noX.inputs(), "a hidden feature is removed from the network");
        for (String tfName : new String[] {"showTestData", "discretize", "playButton", "stepButton", "resetButton", "learningRate",
                "activation", "regularization", "regularizationRate", "problem", "dataset", "percTrainData", "noise", "batchSize",
                "numHiddenLayers"}) {
            assertTrue(read(tfName + "_hide=true").hidden().contains(Control.byId(tfName)), tfName);
        }
    }

    @Test
    void ourKeysAreRead() {
        PlaygroundState s = read("loss=log&optimizer=adam&activation=leakyrelu&leakySlope=0.2&init=he&speed=5"
                + "&firstLayerLines=true&highContrast=true&dataset=user&points=1,2,1;-3.5,0.25,-1");
        assertEquals(Loss.LOG, s.loss());
        assertEquals(Optimizer.ADAM, s.optimizer());
        assertEquals(Activation.leakyRelu(0.2), s.activation());
        assertEquals(Init.HE, s.init());
        assertEquals(5, s.speed());
        assertTrue(s.firstLayerLines() && s.highContrast());
        assertEquals(DataKind.USER, s.dataKind());
        assertEquals(List.of(new DataPoint(1, 2, 1), new DataPoint(-3.5, 0.25, -1)), s.userPoints());
        for (String a : new String[] {"silu", "gelu", "step", "leakyrelu"}) {
            assertEquals(a, read("activation=" + a).activation().id());
        }
        assertEquals(Activation.DEFAULT_LEAKY_SLOPE, read("activation=leakyrelu").activation().slope());
        for (String d : new String[] {"passfail", "and", "or", "xor4", "user"}) {
            assertEquals(d, read("dataset=" + d).dataset().id());
        }
        assertEquals(DataKind.REG_USER, read("regDataset=reg-user").regDataset());
    }

    @Test
    void writesTfKeysFirstInTfOrderThenOnlyOurKeysThatDifferFromTheDefault() {
        PlaygroundState s = PlaygroundState.DEFAULT.withSeed("s").withRegularization(Regularization.L2)
                .withHidden(Control.PLAY_BUTTON, true).withLoss(Loss.LOG).withSpeed(3)
                .withUserPoints(List.of(new DataPoint(0.5, -1, 1)));
        assertEquals("activation=tanh&regularization=L2&batchSize=10&dataset=circle&regDataset=reg-plane&learningRate=0.03"
                + "&regularizationRate=0&noise=0&networkShape=4,2&seed=s&showTestData=false&discretize=false&percTrainData=50"
                + "&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false"
                + "&collectStats=false&problem=classification&initZero=false&hideText=false&playButton_hide=true"
                + "&loss=log&speed=3&points=0.5,-1,1", HashCodec.write(s));
    }

    // ---- the lecture's demos (docs/notation.md §5), written as an instructor would link them ----

    @Test
    void demoLogisticRegressionOnTwoGaussiansHasNoHiddenLayer() {
        PlaygroundState s = read("#activation=sigmoid&batchSize=10&dataset=gauss&regDataset=reg-plane&learningRate=0.03"
                + "&regularizationRate=0&noise=0&networkShape=&seed=0.12345&showTestData=false&discretize=false&percTrainData=50"
                + "&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false"
                + "&collectStats=false&problem=classification&initZero=false&hideText=false");
        assertEquals(DataKind.GAUSS, s.dataKind());
        assertEquals(List.of(), s.networkShape());
        assertArrayEquals(new Feature[] {Feature.X, Feature.Y}, s.inputs());
        assertEquals(250, s.data().train().count);
        assertEquals(s, read(HashCodec.write(s)));
    }

    @Test
    void demoXorWithASingleUnitFailsOnXAndYButTheProductFeatureIsThere() {
        PlaygroundState plain = read("dataset=xor&networkShape=&x=true&y=true&xTimesY=false&seed=1");
        assertArrayEquals(new Feature[] {Feature.X, Feature.Y}, plain.inputs());
        assertEquals(List.of(), plain.networkShape());
        PlaygroundState product = read("dataset=xor&networkShape=&x=true&y=true&xTimesY=true&seed=1");
        assertArrayEquals(new Feature[] {Feature.X, Feature.Y, Feature.X_TIMES_Y}, product.inputs());
        assertEquals(plain.data().train().fingerprint(), product.data().train().fingerprint(), "same data, new feature");
        PlaygroundState onlyProduct = read("dataset=xor&networkShape=&x=false&y=false&xTimesY=true");
        assertArrayEquals(new Feature[] {Feature.X_TIMES_Y}, onlyProduct.inputs());
    }

    @Test
    void demoCircleWithOneSigmoidLayerOfThreeUnits() {
        PlaygroundState s = read("#activation=sigmoid&dataset=circle&networkShape=3&learningRate=0.1&seed=0.3");
        assertEquals(Activation.SIGMOID, s.activation());
        assertEquals(List.of(3), s.networkShape());
        assertEquals(DataKind.CIRCLE, s.dataKind());
    }

    @Test
    void demoSpiralWithThreeReluLayersOfEightAndL2() {
        PlaygroundState s = read("#activation=relu&regularization=L2&regularizationRate=0.001&dataset=spiral"
                + "&networkShape=8,8,8&learningRate=0.01&noise=0&x=true&y=true&seed=0.7");
        assertEquals(Activation.RELU, s.activation());
        assertEquals(Regularization.L2, s.regularization());
        assertEquals(0.001, s.regularizationRate());
        assertEquals(List.of(8, 8, 8), s.networkShape());
        assertEquals(DataKind.SPIRAL, s.dataKind());
        assertEquals(s, read(HashCodec.write(s)));
    }

    // ---- what goes wrong, and what the student is told ----

    @Test
    void aBadNumberKeepsTheDefaultAndSaysSo() {
        HashCodec.Parsed p = HashCodec.parse("learningRate=abc");
        assertEquals(0.03, p.state().learningRate());
        assertEquals(List.of("learningRate=abc is not a number; using 0.03"), p.notices());
    }

    @Test
    void aNegativeLearningRateIsCalledNegativeNotTooSmall() {
        HashCodec.Parsed p = HashCodec.parse("learningRate=-1");
        assertEquals(0.03, p.state().learningRate());
        assertEquals(List.of("learningRate=-1 is negative: a step of 0 never learns and a negative one climbs the loss."
                + " It must be above 0; using 0.03"), p.notices());
    }

    @Test
    void outOfRangeValuesAreClampedWithAReason() {
        HashCodec.Parsed p = HashCodec.parse("networkShape=1000,1000,1000&batchSize=500&learningRate=1e308&noise=-5"
                + "&percTrainData=95&regularizationRate=NaN&speed=2.5");
        PlaygroundState s = p.state();
        assertEquals(List.of(8, 8, 8), s.networkShape());
        assertEquals(100, s.batchSize());
        assertEquals(10.0, s.learningRate());
        assertEquals(0.0, s.noise());
        assertEquals(90.0, s.percTrainData());
        assertEquals(0.0, s.regularizationRate());
        assertEquals(3, s.speed());
        List<String> n = p.notices();
        assertEquals(7, n.size(), n.toString());
        assertTrue(n.contains("networkShape=1000,1000,1000 asks for 1000 units in a layer; at most 8 fit the diagram, using 8"), n.toString());
        assertTrue(n.contains("batchSize=500 is more than 100: with larger batches an epoch makes too few steps to watch. Using 100"), n.toString());
        assertTrue(n.contains("regularizationRate=NaN is not a number; using 0"), n.toString());
        assertTrue(n.contains("speed=2.5 is not a whole number; using 3"), n.toString());
    }

    @Test
    void aShapeTooLargeAndTooSmallGetsOneNoticeForEach() {
        HashCodec.Parsed p = HashCodec.parse("networkShape=1000,-3,1000,0");
        assertEquals(List.of(8, 1, 8, 1), p.state().networkShape());
        assertEquals(List.of(
                "networkShape=1000,-3,1000,0 asks for 1000 units in a layer; at most 8 fit the diagram, using 8",
                "networkShape=1000,-3,1000,0 asks for -3 units in a layer; a layer needs at least 1, using 1"),
                p.notices());
    }

    @Test
    void tooManyLayersKeepTheFirstSix() {
        HashCodec.Parsed p = HashCodec.parse("networkShape=1,2,3,4,5,6,7,8,1");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), p.state().networkShape());
        assertEquals(List.of("networkShape=1,2,3,4,5,6,7,8,1 asks for 9 hidden layers; at most 6 fit the diagram, keeping the first 6"),
                p.notices());
    }

    @Test
    void zeroNegativeAndNonNumericLayerSizes() {
        HashCodec.Parsed p = HashCodec.parse("networkShape=4,,abc,-3,2.6");
        assertEquals(List.of(4, 1, 1, 3), p.state().networkShape(), "'' is 0 (as +'' in JavaScript) and becomes 1; abc is left out");
        assertEquals(3, p.notices().size(), p.notices().toString());
    }

    @Test
    void unknownNamesAndKeysAreReported() {
        assertEquals(List.of("activation=softmax is not one of linear, step, sigmoid, tanh, relu, leakyrelu, silu, gelu; using tanh"),
                notices("activation=softmax"));
        assertEquals(List.of("\"foo\" is not a setting we know; ignored"), notices("foo=1"));
        assertEquals(List.of("\"bar_hide\" is not a setting we know; ignored"), notices("bar_hide=true"));
        assertEquals(List.of("dataset=reg-plane is a regression data set; it belongs in regDataset. Using circle"),
                notices("dataset=reg-plane"));
    }

    @Test
    void aRepeatedKeyUsesTheLastValue() {
        HashCodec.Parsed p = HashCodec.parse("batchSize=5&batchSize=7");
        assertEquals(7, p.state().batchSize());
        assertEquals(List.of("batchSize appears 2 times in the link; using the last one, batchSize=7"), p.notices());
    }

    @Test
    void noticesStopAtTwelvePlusACount() {
        StringBuilder hash = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            hash.append("k").append(i).append("=1&");
        }
        List<String> n = notices(hash.toString());
        assertEquals(13, n.size());
        assertEquals("… and 8 more problems in the link", n.get(12));
        assertEquals("… and 1 more problem in the link", notices(hash.substring(0, hash.indexOf("k13="))).get(12));
    }

    @Test
    void percentEscapesAndUnicodeInTheSeedSurviveARoundTrip() {
        PlaygroundState s = PlaygroundState.DEFAULT.withSeed("a&b=c%d#e f+g é😀");
        String hash = HashCodec.write(s);
        assertEquals(s, read(hash));
        assertEquals("x y", read("seed=x%20y").seed());
        assertEquals("100%", read("seed=100%").seed(), "a stray % is kept");
    }

    @Test
    void aRestoredSessionDropsOnlyTheClassroomKeys() {
        String classroom = "dataset=xor&networkShape=&seed=0.2311&hideText=true&dataset_hide=true&activation_hide=true&x_hide=true";
        PlaygroundState s = HashCodec.parse(classroom).state();
        assertFalse(s.hidden().isEmpty());
        String restored = HashCodec.write(s.withoutClassroomKeys());
        assertFalse(restored.contains("_hide") || restored.contains("hideText=true"), restored);
        assertEquals(HashCodec.write(s.withoutClassroomKeys()), HashCodec.write(HashCodec.parse("dataset=xor&networkShape=&seed=0.2311").state()));
    }
}
