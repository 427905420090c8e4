package backproplab.playground;

import static backproplab.playground.ModelFileTest.bits;
import static backproplab.playground.ModelFileTest.parameters;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import backproplab.state.HashCodec;
import backproplab.state.HashCodecPropertyTest;
import backproplab.state.PlaygroundState;
import backproplab.text.JsNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkTest {
    /** The largest network: every feature, six hidden layers of eight units. */
    static final String LARGEST = "networkShape=8,8,8,8,8,8&seed=big&dataset=spiral&activation=tanh&learningRate=0.03"
            + "&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true&cosX=true&cosY=true";

    private static double anyDouble(Rng rng) {
        return Double.longBitsToDouble(((long) rng.nextInt() << 32) | (rng.nextInt() & 0xFFFFFFFFL));
    }

    @Test
    void everyFiniteDoubleSurvivesTheWeightsCodeBitForBit() {
        Rng rng = new Rng(64);
        int numbers = 0;
        for (int round = 0; round < 2000; round++) {
            double[] values = new double[rng.nextInt(40)];
            for (int i = 0; i < values.length; i++) {
                double x = anyDouble(rng);
                values[i] = Double.isFinite(x) ? x : -0.0;
            }
            String code = Link.encode(values);
            assertEquals((int) Math.ceil((values.length * 8 + 4) * 4 / 3.0), code.length());
            assertTrue(code.matches("[A-Za-z0-9_-]*"), code);
            assertArrayEquals(bits(values), bits(Link.decode(code)));
            numbers += values.length;
        }
        System.out.println("Link: " + numbers + " random doubles round-tripped bit for bit");
    }

    @Test
    void aLinkWithTrainedWeightsRestoresTheSameNetworkAndLoss() {
        Rng rng = new Rng(5);
        for (int i = 0; i < 100; i++) {
            Playground original = ModelFileTest.trained(HashCodecPropertyTest.randomState(rng), 1 + rng.nextInt(3));
            String hash = Link.write(original, true);
            Link.Read read = Link.read("#" + hash);
            assertEquals(List.of(), read.notices(), hash);
            Playground opened = new Playground(read.state(), 10);
            opened.loadParameters(read.weights(), read.epochs());
            assertArrayEquals(bits(parameters(original)), bits(parameters(opened)), hash);
            assertEquals(original.epochs(), opened.epochs(), hash);
            assertEquals(original.trainLoss(), opened.trainLoss(), hash);
            assertEquals(Link.write(original, true), Link.write(opened, true));
        }
    }

    @Test
    void aLinkWithTrainedWeightsCarriesItsEpochCountWhichRestartComesBackTo() {
        Playground original = ModelFileTest.trained(HashCodec.parse("seed=a&networkShape=3").state(), 40);
        String hash = Link.write(original, true);
        assertTrue(hash.contains("&epochs=40&weights="), hash);
        Link.Read read = Link.read(hash);
        assertEquals(40, read.epochs());
        Playground opened = new Playground(read.state(), 10);
        opened.loadParameters(read.weights(), read.epochs());
        assertEquals(40, opened.epochs());
        opened.epoch();
        assertEquals(41, opened.epochs());
        opened.restart();
        assertEquals(40, opened.epochs(), "restart: the linked weights at the linked count");
        assertEquals(original.trainLoss(), opened.trainLoss());
        opened.freshWeights();
        assertEquals(0, opened.epochs());
    }

    @Test
    void aBadEpochCountFallsBackToZeroWithANoticeAndTheWeightsStillApply() {
        Playground p = ModelFileTest.trained(HashCodec.parse("seed=a&networkShape=3").state(), 5);
        String code = Link.encode(parameters(p));
        String[][] cases = {
            {"-3", "epochs=-3 is negative"},
            {"1e12", "epochs=1e12 is more than 1000000000"},
            {"Infinity", "epochs=Infinity is more than 1000000000"},
            {"many", "epochs=many is not a number"},
            {"2.5", "epochs=2.5 is not a whole number"},
        };
        for (String[] c : cases) {
            Link.Read read = Link.read("seed=a&networkShape=3&epochs=" + c[0] + "&weights=" + code);
            assertEquals(0, read.epochs(), c[0]);
            assertArrayEquals(bits(parameters(p)), bits(read.weights()), c[0]);
            assertEquals(List.of(c[1] + ": a count of epochs is a whole number from 0 to 1000000000. The epoch counter starts at 0"),
                    read.notices());
        }
        Link.Read alone = Link.read("seed=a&networkShape=3&epochs=40");
        assertNull(alone.weights());
        assertEquals(0, alone.epochs());
        assertEquals(List.of("epochs=40 counts the training of weights the link does not carry; the network starts from fresh weights at epoch 0"),
                alone.notices());
        Link.Read twice = Link.read("seed=a&networkShape=3&epochs=2&epochs=7&weights=" + code);
        assertEquals(7, twice.epochs());
        assertEquals(List.of("epochs appears 2 times in the link; using the last one"), twice.notices());
        Link.Read broken = Link.read("seed=a&networkShape=3&epochs=7&weights=" + code.substring(1));
        assertEquals(0, broken.epochs(), "fresh weights start at epoch 0");
    }

    @Test
    void aLinkWithoutWeightsIsTheConfigurationAlone() {
        Playground p = new Playground(HashCodec.parse("seed=a&networkShape=3").state(), 10);
        String hash = Link.write(p, false);
        assertEquals(HashCodec.write(p.state()), hash);
        Link.Read read = Link.read(hash);
        assertNull(read.weights());
        assertEquals(p.state(), read.state());
    }

    private static Link.Read readWithWeights(String code) {
        return Link.read("seed=a&networkShape=3&weights=" + code);
    }

    @Test
    void brokenWeightsAreRefusedWithANoticeAndTheConfigurationStillApplies() {
        Playground p = new Playground(HashCodec.parse("seed=a&networkShape=3").state(), 10);
        String code = Link.encode(parameters(p));
        assertEquals(13, parameters(p).length); // 3·2 + 3 + 1·3 + 1
        assertArrayEquals(bits(parameters(p)), bits(readWithWeights(code).weights()));

        String[][] cases = {
            {code.substring(0, code.length() - 1), "the text is cut short or too long"},
            {code.substring(0, code.length() - 32), "the checksum does not match"},
            {code.substring(0, 5), "the text is cut short"},
            {code.substring(0, 10) + (code.charAt(10) == 'A' ? 'B' : 'A') + code.substring(11), "the checksum does not match"},
            {code.substring(0, 10) + "*" + code.substring(11), "\"*\" at position 11 is not part of a weights code"},
            {"", "the text is cut short or too long"},
            {Link.encode(new double[12]), "they are for a network with 12 weights and biases, and this one has 13"},
            {Link.encode(new double[] {1, 2, 3}) + "AAAA", "the text is cut short or too long"},
        };
        for (String[] c : cases) {
            Link.Read read = readWithWeights(c[0]);
            assertNull(read.weights(), c[0]);
            assertEquals(List.of(3), read.state().networkShape());
            assertEquals("a", read.state().seed());
            String notice = String.join(" | ", read.notices());
            assertTrue(notice.contains("The weights in the link could not be used (" + c[1]), notice);
            assertTrue(notice.endsWith("the network starts from fresh weights"), notice);
        }
    }

    @Test
    void aDivergedNetworkGivesALinkWithoutWeightsOnlyAndSaysWhy() {
        Playground p = new Playground(HashCodec.parse("seed=a").state(), 10);
        p.network().setBias(1, 0, Double.POSITIVE_INFINITY);
        assertEquals(HashCodec.write(p.state()), Link.write(p, false));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Link.write(p, true));
        assertEquals(ModelFile.whyNotSavable(p), e.getMessage());
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Link.decode(Link.encode(new double[] {1, Double.NaN})));
        assertEquals("number 2 is not finite", e.getMessage());
    }

    /**
     * The choice of encoding, measured: the largest network's trained parameters as base64url
     * of the bits and as shortest decimals joined by commas (both exact).
     */
    @Test
    void theBitsCodeIsShorterThanDecimalsForTheLargestNetwork() {
        Playground p = ModelFileTest.trained(HashCodec.parse(LARGEST).state(), 20);
        double[] w = parameters(p);
        StringBuilder decimals = new StringBuilder();
        for (double x : w) {
            decimals.append(decimals.length() == 0 ? "" : ",").append(JsNumber.format(x));
        }
        String bitsCode = Link.encode(w);
        Playground fresh = new Playground(HashCodec.parse(LARGEST).state(), 10);
        StringBuilder freshDecimals = new StringBuilder();
        for (double x : parameters(fresh)) {
            freshDecimals.append(freshDecimals.length() == 0 ? "" : ",").append(JsNumber.format(x));
        }
        String link = Link.write(p, true);
        System.out.println("Link, largest network (9 inputs, 6×8 hidden, " + w.length + " parameters): bits code "
                + bitsCode.length() + " chars, shortest decimals " + decimals.length() + " chars trained / "
                + freshDecimals.length() + " fresh; whole link " + link.length() + " chars");
        assertEquals(449, w.length); // 9·8+8 + 5·(8·8+8) + 8+1
        assertTrue(bitsCode.length() < decimals.length() && bitsCode.length() < freshDecimals.length());
    }

    @Test
    void aTracedPointAndStepGoIntoTheLinkAndComeBack() {
        Link.Trace t = new Link.Trace(7, 11);
        assertEquals("&trace=8.12", t.entry());
        Link.Read read = Link.read("seed=a&networkShape=3" + t.entry());
        assertEquals(t, read.trace());
        assertEquals(List.of(), read.notices());
        Link.Read bad = Link.read("seed=a&trace=0.3");
        assertEquals(null, bad.trace());
        assertEquals(List.of("trace=0.3 is not a point and a step (as in trace=8.12, training point 8 at step 12): no trace is opened"),
                bad.notices());
        assertEquals("The link asks to trace training point 300, and there are 250: no trace is opened.",
                TraceText.linkProblem(new Link.Trace(299, 0), 250, 10));
        assertEquals("The link asks for step 11 of a trace, and this network's has 10: no trace is opened.",
                TraceText.linkProblem(new Link.Trace(0, 10), 250, 10));
    }

    @Test
    void anOpenLandscapeGoesIntoTheLinkWithItsSettings() {
        Link.Landscape l = new Link.Landscape(LossLandscape.Plane.PATH, 41, 0.5, true);
        assertEquals("&landscape=path&landscapeGrid=41&landscapeRange=0.5&landscapeLoss=test", l.entry());
        assertEquals(l, Link.read("seed=a" + l.entry()).landscape());
        Link.Read odd = Link.read("seed=a&landscape=random&landscapeGrid=30&landscapeRange=3");
        assertEquals(new Link.Landscape(LossLandscape.Plane.RANDOM, 31, 1, false), odd.landscape());
        assertEquals(List.of("landscapeGrid=30 is not one of the grids offered (21, 31 or 41): using 31",
                "landscapeRange=3 is not one of the ranges offered (0.5, 1 or 2): using 1"), odd.notices());
        assertNull(Link.read("seed=a&landscape=pca").landscape());
    }
}
