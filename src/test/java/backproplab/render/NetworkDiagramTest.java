package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import backproplab.data.Feature;
import backproplab.nn.Activation;
import backproplab.nn.Network;
import backproplab.render.NetworkDiagram.Kind;
import backproplab.render.NetworkDiagram.Target;
import org.junit.jupiter.api.Test;

/**
 * The network diagram drawn through the Java2D surface: links coloured by the sign of their
 * weight, every bias shown in its sign's colour (the output's too), and the pointer finding the
 * weight or bias under it.
 */
class NetworkDiagramTest {
    private static final Style STYLE = Style.STANDARD;
    private static final Palette P = STYLE.palette();

    /** Inputs x₁, x₂ (x₁² shown but off), one hidden layer of 2 units, one output. */
    static Network net() {
        Network n = new Network(new int[] {2, 2, 1}, Activation.TANH, Activation.TANH);
        n.setWeight(1, 0, 0, 3);   // x₁ → unit 1: strongly positive
        n.setWeight(1, 0, 1, -3);  // x₂ → unit 1: strongly negative
        n.setWeight(1, 1, 0, 0);
        n.setWeight(1, 1, 1, 0);
        n.setWeight(2, 0, 0, -3);
        n.setWeight(2, 0, 1, 3);
        n.setBias(1, 0, 2);
        n.setBias(1, 1, -2);
        n.setBias(2, 0, 2);
        return n;
    }

    static NetworkDiagram layout() {
        return new NetworkDiagram(400, new Feature[] {Feature.X, Feature.Y, Feature.X_SQUARED}, new boolean[] {true, true, false},
                new int[] {2, 2, 1}, STYLE.fontPx());
    }

    static Java2DSurface render(NetworkDiagram d, Network n) {
        Thumbnail[] features = new Thumbnail[3];
        for (int r = 0; r < 3; r++) {
            features[r] = new Thumbnail(10);
            features[r].fill(Thumbnail.featureValues(new Feature[] {Feature.X, Feature.Y, Feature.X_SQUARED}[r], 10, 6), P, false);
        }
        Thumbnail[][] units = {null, {new Thumbnail(10), new Thumbnail(10)}, {new Thumbnail(10)}};
        double[] zero = new double[100];
        for (Thumbnail[] layer : new Thumbnail[][] {units[1], units[2]}) {
            for (Thumbnail t : layer) {
                t.fill(zero, P, false);
            }
        }
        Java2DSurface s = new Java2DSurface(d.width, d.height);
        s.fillColor(0xffffffff);
        s.fillRect(0, 0, d.width, d.height);
        d.draw(s, STYLE, n, features, units, null);
        return s;
    }

    @Test
    void linksTakeTheColourOfTheirWeightsSign() {
        NetworkDiagram d = layout();
        Network n = net();
        Java2DSurface s = render(d, n);
        s.savePng(Pixels.png("network-diagram"));
        double[] plus = d.anchor(new Target(Kind.LINK, 1, 0, 0));
        double[] minus = d.anchor(new Target(Kind.LINK, 1, 0, 1));
        Pixels.assertNear(P.positive, s.argb((int) plus[0], (int) plus[1]), 8, "a positive weight is blue");
        Pixels.assertNear(P.negative, s.argb((int) minus[0], (int) minus[1]), 8, "a negative weight is orange");
        double[] out = d.anchor(new Target(Kind.LINK, 2, 0, 1));
        Pixels.assertNear(P.positive, s.argb((int) out[0], (int) out[1]), 8, "the output's positive weight is blue");
    }

    @Test
    void everyBiasIsShownInItsSignsColourTheOutputsToo() {
        NetworkDiagram d = layout();
        Network n = net();
        Java2DSurface s = render(d, n);
        double[] b1 = d.anchor(new Target(Kind.BIAS, 1, 0, 0));
        double[] b2 = d.anchor(new Target(Kind.BIAS, 1, 1, 0));
        double[] out = d.anchor(new Target(Kind.BIAS, 2, 0, 0));
        Pixels.assertNear(P.positive, s.argb((int) b1[0], (int) b1[1]), 8, "bias +2 is blue");
        Pixels.assertNear(P.negative, s.argb((int) b2[0], (int) b2[1]), 8, "bias −2 is orange");
        Pixels.assertNear(P.positive, s.argb((int) out[0], (int) out[1]), 8, "the output unit's bias is drawn");
        n.setBias(2, 0, -2);
        Pixels.assertNear(P.negative, render(d, n).argb((int) out[0], (int) out[1]), 8, "and follows an edit");
    }

    @Test
    void thePointerFindsBiasesLinksAndFeatures() {
        NetworkDiagram d = layout();
        Network n = net();
        double[] bias = d.anchor(new Target(Kind.BIAS, 2, 0, 0));
        assertEquals(new Target(Kind.BIAS, 2, 0, 0), d.hit(bias[0], bias[1], n));
        double[] link = d.anchor(new Target(Kind.LINK, 1, 0, 1));
        assertEquals(new Target(Kind.LINK, 1, 0, 1), d.hit(link[0] + 1, link[1] + 1, n));
        assertEquals(new Target(Kind.FEATURE, 0, 2, 0), d.hit(d.columnX(0), d.nodeY(0, 2), n));
        assertEquals(new Target(Kind.UNIT, 1, 1, 0), d.hit(d.columnX(1), d.nodeY(1, 1), n));
        assertNull(d.hit(d.width - 1, 1, n));
        assertEquals(3 + 2 * (2 + 2) + (2 + 2), d.targets().size(), "features, then each unit, its bias and its weights");
    }

    @Test
    void aSwitchedOffFeatureGetsNoLinks() {
        NetworkDiagram d = layout();
        Java2DSurface s = render(d, net());
        // halfway between x₁²'s node and the first hidden layer, level with x₁²: nothing but background
        double x = (d.columnX(0) + d.columnX(1)) / 2;
        Pixels.assertNear(0xffffffff, s.argb((int) x, (int) d.nodeY(0, 2)), 4, "no link leaves an unused feature");
    }
}
