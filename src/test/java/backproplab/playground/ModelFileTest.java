package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.state.HashCodec;
import backproplab.state.HashCodecPropertyTest;
import backproplab.state.PlaygroundState;
import org.junit.jupiter.api.Test;

class ModelFileTest {
    /** A playground trained for a few epochs, never diverged (so it can be saved). */
    static Playground trained(PlaygroundState state, int epochs) {
        Playground p = new Playground(state, 10);
        for (int e = 0; e < epochs; e++) {
            p.epoch();
        }
        if (!p.network().parametersFinite()) {
            p.freshWeights();
        }
        return p;
    }

    static double[] parameters(Playground p) {
        double[] out = new double[p.network().parameterCount()];
        p.network().copyParametersTo(out);
        return out;
    }

    static long[] bits(double[] values) {
        long[] out = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Double.doubleToRawLongBits(values[i]);
        }
        return out;
    }

    @Test
    void saveLoadSaveGivesIdenticalBytesAndTheSamePlaygroundOnRandomModels() {
        Rng rng = new Rng(8);
        int models = 300;
        for (int i = 0; i < models; i++) {
            PlaygroundState state = HashCodecPropertyTest.randomState(rng);
            Playground saved = trained(state, rng.nextInt(4));
            String text = ModelFile.write(saved);
            ModelFile.Loaded loaded = ModelFile.read(text);
            assertTrue(loaded.ok(), () -> loaded.error() + "\n" + text);

            Playground restored = new Playground(PlaygroundState.DEFAULT, 10);
            restored.load(loaded.model());
            String context = "model " + i + ": " + HashCodec.write(state);
            assertEquals(text, ModelFile.write(restored), context);
            assertArrayEquals(bits(parameters(saved)), bits(parameters(restored)), context);
            assertEquals(saved.epochs(), restored.epochs(), context);
            assertEquals(Double.doubleToRawLongBits(saved.trainLoss()), Double.doubleToRawLongBits(restored.trainLoss()), context);
            assertEquals(Double.doubleToRawLongBits(saved.testLoss()), Double.doubleToRawLongBits(restored.testLoss()), context);
            assertEquals(saved.data().train().fingerprint(), restored.data().train().fingerprint(), context);
            assertEquals(saved.data().test().fingerprint(), restored.data().test().fingerprint(), context);
            assertEquals(saved.state(), restored.state(), context);
        }
        System.out.println("ModelFile: " + models + " random models saved, loaded and saved again byte for byte");
    }

    @Test
    void aLoadedModelTrainsOnExactlyAsTheOriginalWould() {
        PlaygroundState state = HashCodec.parse("activation=relu&networkShape=5,3&dataset=spiral&seed=go&optimizer=adam").state();
        Playground original = trained(state, 7);
        Playground restored = new Playground(PlaygroundState.DEFAULT, 10);
        restored.load(ModelFile.read(ModelFile.write(original)).model());
        // Adam's moments are not saved: a restored run continues as the original does when it
        // starts afresh from the weights it had when saved
        original.loadParameters(parameters(original), original.epochs());
        for (int e = 0; e < 5; e++) {
            original.epoch();
            restored.epoch();
        }
        assertEquals(original.trainLoss(), restored.trainLoss());
        assertArrayEquals(bits(parameters(original)), bits(parameters(restored)));
    }

    /**
     * A file written by hand: logistic-regression shape (no hidden layer, tanh output) on the
     * four AND points; the loss is computed here from the formula, not by the engine.
     */
    @Test
    void aHandWrittenFileLoadsAndGivesTheLossOfItsWeightsByHand() {
        String file = "{\"format\": \"backprop-lab-model\", \"version\": 1,\n"
                + " \"config\": \"activation=tanh&networkShape=&dataset=and&seed=s\",\n"
                + " \"inputs\": [\"x\", \"y\"], \"layers\": [2, 1], \"hiddenActivation\": \"tanh\", \"outputActivation\": \"tanh\",\n"
                + " \"epochs\": 12, \"weights\": [[0.5, -0.25]], \"biases\": [[0.125]],\n"
                + " \"train\": [[-3, -3, -1], [-3, 3, -1], [3, -3, -1], [3, 3, 1]], \"test\": []}";
        ModelFile.Loaded loaded = ModelFile.read(file);
        assertNull(loaded.error());
        Playground p = new Playground(PlaygroundState.DEFAULT, 10);
        p.load(loaded.model());
        double[][] points = {{-3, -3, -1}, {-3, 3, -1}, {3, -3, -1}, {3, 3, 1}};
        double sum = 0;
        for (double[] q : points) {
            double o = Math.tanh(0.5 * q[0] - 0.25 * q[1] + 0.125);
            sum += 0.5 * (o - q[2]) * (o - q[2]);
        }
        assertEquals(sum / 4, p.trainLoss(), 1e-12);
        assertEquals(12, p.epochs());
        assertEquals(0.5, p.network().weight(1, 0, 0));
        assertEquals(0.125, p.network().bias(1, 0));
        // restart comes back to the loaded weights, not to the seed's
        p.epoch();
        p.restart();
        assertEquals(-0.25, p.network().weight(1, 0, 1));
    }

    private static String sample() {
        return ModelFile.write(trained(HashCodec.parse("networkShape=4,6&seed=t&dataset=xor").state(), 2));
    }

    /** {@code text} with the first occurrence of {@code from} replaced (which must exist). */
    private static String edit(String text, String from, String to) {
        int at = text.indexOf(from);
        assertTrue(at >= 0, from);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private static void refused(String text, String expected) {
        ModelFile.Loaded loaded = ModelFile.read(text);
        assertFalse(loaded.ok(), expected);
        assertNull(loaded.model());
        assertEquals(expected, loaded.error());
    }

    /** The file with the first bias of layer 1 written as {@code value}. */
    private static String firstBias(String text, String value) {
        int from = text.indexOf("\"biases\": [\n    [") + "\"biases\": [\n    [".length();
        return text.substring(0, from) + value + text.substring(text.indexOf(',', from));
    }

    @Test
    void eachKindOfDamageIsNamedPrecisely() {
        String good = sample();
        // layer 2 has 6 units × 4 inputs = 24 weights
        String layer2 = good.split("\n    \\[")[2];
        String fewer = layer2.substring(layer2.indexOf(',') + 2);
        refused(edit(good, layer2, fewer), "The weights of layer 2 should have 24 numbers (6 units × 4 inputs), found 23.");
        refused(edit(good, "\"version\": 1", "\"version\": 3"),
                "This model has version 3, newer than this Backprop Lab (1): open it with the Backprop Lab that saved it, "
                        + "or save it again from there as version 1.");
        refused(edit(good, "\"version\": 1", "\"version\": 1.5"), "\"version\" is 1.5; it should be a whole number from 1 up.");
        refused(edit(good, "\"version\": 1", "\"version\": \"1\""), "\"version\" should be a whole number, found \"1\".");
        refused(edit(good, "backprop-lab-model", "tf-model"),
                "This is not a Backprop Lab model: its \"format\" is \"tf-model\", expected \"backprop-lab-model\".");
        refused("[1, 2]", "A model file is a JSON object { … }; this file holds an array.");
        refused(edit(good, "\"epochs\": 2,\n", ""), "The file has no \"epochs\".");
        refused(edit(good, "\"epochs\": 2", "\"epochs\": 2, \"comment\": \"mine\""),
                "\"comment\" is not part of a version 1 model file.");
        refused(edit(good, "\"layers\": [2, 4, 6, 1]", "\"layers\": [2, 4, 5, 1]"),
                "\"layers\" is [2, 4, 5, 1] but the configuration (2 inputs, networkShape=4,6, one output) gives [2, 4, 6, 1].");
        refused(edit(good, "\"inputs\": [\"x\", \"y\"]", "\"inputs\": [\"x\"]"),
                "\"inputs\" lists [\"x\"] but the configuration feeds the network [\"x\", \"y\"].");
        refused(edit(good, "\"hiddenActivation\": \"tanh\"", "\"hiddenActivation\": \"swish\""),
                "\"hiddenActivation\" is \"swish\" but the configuration's activation is \"tanh\".");
        refused(edit(good, "learningRate=0.03", "learningRate=30"),
                "The configuration (\"config\") has a problem: learningRate=30 is more than 10: with steps that large every "
                        + "network diverges. Using 10.");
        refused(firstBias(good, "1e999"),
                "In layer 1, bias 1 is too large for a double (it would be infinite).");
        refused(firstBias(good, "\"0.1\""), "In layer 1, bias 1 should be a number, found \"0.1\".");
        String nan = ModelFile.read(firstBias(good, "NaN")).error();
        assertTrue(nan.startsWith("This file is not valid JSON: line ") && nan.endsWith(": expected a value but found 'N'."), nan);
        String cut = ModelFile.read(good.substring(0, good.length() / 2)).error();
        assertTrue(cut.startsWith("This file is not valid JSON: line "), cut);
        String train = "\"train\": [\n    [";
        refused(edit(good, train, train + "1, 2, 0.5], ["),
                "In point 1 of \"train\", the label is 0.5; a classification label is 1 or -1.");
        refused(edit(good, train, train + "1, 2], ["), "Point 1 of \"train\" should be [x₁, x₂, label], found [1, 2].");
        refused(edit(good, "\"weights\": [\n", "\"weights\": [\n    [],\n"),
                "\"weights\" should list 3 layers (one per layer after the input), found 4.");
    }

    @Test
    void countsInTheMessagesAreSingularForOneAndPluralOtherwise() {
        // a network without hidden layers: 1 layer of weights, 1 output unit × 1 input (x₁ alone)
        String single = ModelFile.write(trained(HashCodec.parse("networkShape=&x=true&y=false&seed=t&dataset=xor").state(), 1));
        refused(edit(single, "\"weights\": [\n", "\"weights\": [\n    [],\n"),
                "\"weights\" should list 1 layer (one per layer after the input), found 2.");
        String weights = "\"weights\": [\n    [";
        int from = single.indexOf(weights) + weights.length();
        refused(single.substring(0, from) + single.substring(single.indexOf(']', from)),
                "The weights of layer 1 should have 1 number (1 unit × 1 input), found 0.");
        String good = sample();
        String output = good.split("\n    \\[")[3]; // layer 3, the output: 1 unit × 6 inputs
        refused(edit(good, output, output.substring(output.indexOf(',') + 2)),
                "The weights of layer 3 should have 6 numbers (1 unit × 6 inputs), found 5.");
    }

    @Test
    void aDivergedNetworkCannotBeSavedAndSaysWhy() {
        Playground p = new Playground(PlaygroundState.DEFAULT.withSeed("x"), 10);
        assertNull(ModelFile.whyNotSavable(p));
        p.network().setWeight(1, 0, 0, Double.NaN);
        assertTrue(ModelFile.whyNotSavable(p).contains("NaN"));
    }

    @Test
    void negativeZeroAndExtremeWeightsSurviveBitForBit() {
        Playground p = new Playground(HashCodec.parse("networkShape=2&seed=z").state(), 10);
        double[] w = parameters(p);
        double[] special = {-0.0, Double.MIN_VALUE, -Double.MAX_VALUE, 1e-310, 0.1 + 0.2, 1 / 3.0, -123456789.123, 2.5e-8};
        System.arraycopy(special, 0, w, 0, special.length);
        p.loadParameters(w, 0);
        Playground q = new Playground(PlaygroundState.DEFAULT, 10);
        q.load(ModelFile.read(ModelFile.write(p)).model());
        assertArrayEquals(bits(w), bits(parameters(q)));
    }

    @Test
    void theExampleInTheReportIsARealFile() {
        Playground p = trained(HashCodec.parse("networkShape=2&seed=demo&dataset=and&activation=tanh").state(), 3);
        String text = ModelFile.write(p);
        assertNotNull(ModelFile.read(text).model());
        System.out.println(text);
        assertEquals(Activation.TANH, p.network().hidden());
    }
}
