package backproplab.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.DataKind;
import backproplab.data.DataPoint;
import backproplab.data.Feature;
import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Loss;
import backproplab.nn.Optimizer;
import backproplab.nn.Regularization;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Round trip over random valid states, and a fuzz of hostile hashes. */
public class HashCodecPropertyTest {
    private static final String TEXT_ALPHABET = "aZ09 &=%#+,;.-_~!*'()?/:@\"<>\\^`{|}\t\né€中\u0000\uFFFF";

    // ---- an independent statement of what a valid state is (Limits' class comment) ----

    public static void assertValid(PlaygroundState s, String context) {
        assertTrue(s.activation() != null && s.regularization() != null && s.dataset() != null && s.regDataset() != null
                && s.problem() != null && s.init() != null && s.loss() != null && s.optimizer() != null, context);
        double slope = s.activation().slope();
        assertTrue(s.activation().kind() == Activation.Kind.LEAKY_RELU ? slope >= 0 && slope <= 1 : slope == 0, context);
        assertTrue(s.batchSize() >= 1 && s.batchSize() <= 100, context);
        assertTrue(!s.dataset().regression() && s.regDataset().regression(), context);
        assertTrue(s.learningRate() > 0 && s.learningRate() <= 10, context);
        assertTrue(s.regularizationRate() >= 0 && s.regularizationRate() <= 10, context);
        assertTrue(s.noise() >= 0 && s.noise() <= 50, context);
        assertTrue(s.percTrainData() >= 10 && s.percTrainData() <= 90, context);
        assertTrue(s.networkShape().size() <= 6, context);
        for (int units : s.networkShape()) {
            assertTrue(units >= 1 && units <= 8, context);
        }
        assertTrue(s.speed() >= 1 && s.speed() <= 20, context);
        assertTrue(s.seed().length() <= 100 && s.tutorial().length() <= 100, context);
        assertTrue(!hasUnpairedSurrogate(s.seed()) && !hasUnpairedSurrogate(s.tutorial()), context);
        assertTrue(s.userPoints().size() <= 1200, context);
        for (DataPoint p : s.userPoints()) {
            assertTrue(Math.abs(p.x1()) <= 6 && Math.abs(p.x2()) <= 6 && Double.isFinite(p.label()), context);
        }
    }

    private static boolean hasUnpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    // ---- random valid states ----

    private static <T> T pick(Rng rng, T[] values) {
        return values[rng.nextInt(values.length)];
    }

    /** A double in [lo, hi]: often a round value, sometimes an endpoint, otherwise any double. */
    private static double number(Rng rng, double lo, double hi) {
        double u = rng.nextDouble();
        if (u < 0.1) {
            return rng.nextDouble() < 0.5 ? lo : hi;
        }
        if (u < 0.4) {
            return Math.floor(rng.uniform(lo, hi) * 100) / 100;
        }
        return rng.uniform(lo, hi);
    }

    private static String text(Rng rng) {
        StringBuilder s = new StringBuilder();
        int n = rng.nextInt(12);
        for (int i = 0; i < n; i++) {
            s.append(rng.nextDouble() < 0.05 ? "😀" : String.valueOf(TEXT_ALPHABET.charAt(rng.nextInt(TEXT_ALPHABET.length()))));
        }
        return s.toString();
    }

    private static <T> Set<T> subset(Rng rng, T[] values) {
        Set<T> set = new HashSet<>();
        for (T v : values) {
            if (rng.nextDouble() < 0.3) {
                set.add(v);
            }
        }
        return set;
    }

    public static PlaygroundState randomState(Rng rng) {
        Activation.Kind kind = pick(rng, Activation.Kind.values());
        Activation activation = kind == Activation.Kind.LEAKY_RELU && rng.nextDouble() < 0.5
                ? Activation.leakyRelu(number(rng, 0, 1)) : Activation.of(kind);
        List<Integer> shape = new ArrayList<>();
        int layers = rng.nextInt(7);
        for (int i = 0; i < layers; i++) {
            shape.add(1 + rng.nextInt(8));
        }
        DataKind[] classification = {DataKind.CIRCLE, DataKind.XOR, DataKind.GAUSS, DataKind.SPIRAL, DataKind.PASS_FAIL,
            DataKind.AND, DataKind.OR, DataKind.XOR4, DataKind.USER};
        DataKind[] regression = {DataKind.REG_PLANE, DataKind.REG_GAUSS, DataKind.REG_USER};
        List<DataPoint> points = new ArrayList<>();
        int n = rng.nextDouble() < 0.5 ? 0 : rng.nextInt(30);
        for (int i = 0; i < n; i++) {
            double label = rng.nextDouble() < 0.5 ? (rng.nextDouble() < 0.5 ? 1 : -1) : rng.uniform(-3, 3);
            points.add(new DataPoint(number(rng, -6, 6), number(rng, -6, 6), label));
        }
        double lr = number(rng, 0, 10);
        return new PlaygroundState(activation, pick(rng, Regularization.values()), 1 + rng.nextInt(100),
                pick(rng, classification), pick(rng, regression), lr == 0 ? 1e-9 : lr, number(rng, 0, 10), number(rng, 0, 50),
                shape, text(rng), rng.nextDouble() < 0.5, rng.nextDouble() < 0.5, number(rng, 10, 90),
                subset(rng, Feature.values()), rng.nextDouble() < 0.5, text(rng), pick(rng, Problem.values()),
                pick(rng, Init.values()), rng.nextDouble() < 0.5, subset(rng, Control.values()), subset(rng, Feature.values()),
                pick(rng, Loss.values()), pick(rng, Optimizer.values()), 1 + rng.nextInt(20), rng.nextDouble() < 0.5,
                rng.nextDouble() < 0.5, points);
    }

    @Test
    void everyValidStateSurvivesWriteThenParseWithoutNotices() {
        Rng rng = new Rng(2024);
        int n = 6000;
        for (int i = 0; i < n; i++) {
            PlaygroundState s = randomState(rng);
            assertValid(s, "generated");
            String hash = HashCodec.write(s);
            HashCodec.Parsed back = HashCodec.parse("#" + hash);
            assertEquals(s, back.state(), hash);
            assertEquals(List.of(), back.notices(), hash);
            assertEquals(hash, HashCodec.write(back.state()), "writing is stable");
        }
        System.out.println("HashCodec round trip: " + n + " random valid states");
    }

    // ---- fuzz ----

    private static final String[] KEYS = {"activation", "regularization", "batchSize", "dataset", "regDataset", "learningRate",
        "regularizationRate", "noise", "networkShape", "seed", "showTestData", "discretize", "percTrainData", "x", "y",
        "xTimesY", "xSquared", "ySquared", "cosX", "sinX", "cosY", "sinY", "collectStats", "tutorial", "problem", "initZero",
        "hideText", "loss", "optimizer", "leakySlope", "init", "speed", "firstLayerLines", "highContrast", "points",
        "playButton_hide", "x_hide", "numHiddenLayers_hide", "foo", "", "_hide"};
    private static final String[] VALUES = {"", "true", "false", "NaN", "1e308", "-1e308", "1e-320", "Infinity", "-Infinity",
        "-1", "-0", "0", "0.03", "abc", "%", "%zz", "%C3", "%E2%82", "%FF%FE", "%00", "é", "😀", "\uD800", "\uDC00", "0x1F",
        "1,2,3", "1000,1000,1000,1000,1000,1000,1000,1000", ",,,", "4,2,", "-4,-2", "1e3", "3.7", " 5 ", "relu", "leakyrelu",
        "gauss", "reg-plane", "user", "1,2,1;3,4,-1", "7,7,1;;x", "9999999999999999999999", "tanh&", "=", "L1", "L2",
        "regression", "adam", "log", "xavier", "+", "#", "&&&"};

    private static String randomHash(Rng rng) {
        StringBuilder h = new StringBuilder(rng.nextDouble() < 0.5 ? "#" : "");
        switch (rng.nextInt(6)) {
            case 0: { // random bytes (UTF-16 units, anything at all)
                int n = rng.nextInt(200);
                for (int i = 0; i < n; i++) {
                    h.append((char) (rng.nextDouble() < 0.7 ? 32 + rng.nextInt(95) : rng.nextInt(65536)));
                }
                return h.toString();
            }
            case 1: { // a valid link cut short anywhere
                String link = HashCodec.write(randomState(rng));
                return h.append(link, 0, rng.nextInt(link.length() + 1)).toString();
            }
            case 2: { // a valid link with entries repeated and shuffled in
                String[] parts = HashCodec.write(randomState(rng)).split("&");
                int n = 1 + rng.nextInt(parts.length * 2);
                for (int i = 0; i < n; i++) {
                    h.append(i == 0 ? "" : "&").append(parts[rng.nextInt(parts.length)]);
                }
                return h.toString();
            }
            case 3: { // huge network shapes
                int n = 1 + rng.nextInt(2000);
                h.append("networkShape=");
                for (int i = 0; i < n; i++) {
                    h.append(i == 0 ? "" : ",").append(rng.nextDouble() < 0.5 ? "1000" : String.valueOf(rng.nextInt(20) - 5));
                }
                return h.toString();
            }
            default: { // known keys with hostile values
                int n = 1 + rng.nextInt(15);
                for (int i = 0; i < n; i++) {
                    h.append(i == 0 ? "" : "&").append(pick(rng, KEYS));
                    if (rng.nextDouble() < 0.9) {
                        h.append('=').append(pick(rng, VALUES));
                    }
                }
                return h.toString();
            }
        }
    }

    @Test
    void noHashThrowsAndEveryResultIsAValidStateThatRoundTrips() {
        Rng rng = new Rng(31337);
        int n = 12_000;
        int withNotices = 0;
        for (int i = 0; i < n; i++) {
            String hash = randomHash(rng);
            HashCodec.Parsed p = HashCodec.parse(hash);
            assertValid(p.state(), hash);
            assertTrue(p.notices().size() <= HashCodec.MAX_NOTICES + 1, hash);
            withNotices += p.notices().isEmpty() ? 0 : 1;
            assertEquals(p.state(), HashCodec.parse(HashCodec.write(p.state())).state(), hash);
        }
        System.out.println("HashCodec fuzz: " + n + " hashes, none threw, " + withNotices + " gave notices");
        assertTrue(withNotices > n / 2, "the fuzz does reach the notices");
    }
}
