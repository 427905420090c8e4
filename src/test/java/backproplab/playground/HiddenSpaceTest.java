package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.state.HashCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hidden space against the engine: each point at the layer's own z, the boundary's count by hand. */
class HiddenSpaceTest {
    private static Playground trained(String hash, int epochs) {
        Playground p = new Playground(HashCodec.parse(hash).state(), 10);
        for (int e = 0; e < epochs; e++) {
            p.epoch();
        }
        return p;
    }

    @Test
    void twoUnitsPutEveryPointAtItsZAndTheOutputLineSplitsThemAsTheNetworkDoes() {
        Playground p = trained("activation=tanh&dataset=xor&networkShape=2&seed=hidden&learningRate=0.1&xTimesY=false", 60);
        HiddenSpace h = p.hiddenSpace(1);
        assertEquals(HiddenSpace.Kind.PLANE, h.kind);
        double[] x = new double[2];
        int right = 0;
        for (int k = 0; k < h.coordinates.length; k++) {
            x[0] = p.data().train().x1[k];
            x[1] = p.data().train().x2[k];
            double out = p.network().forward(x)[0];
            assertEquals(p.network().z[1][0], h.coordinates[k][0], "z₁ of point " + k);
            assertEquals(p.network().z[1][1], h.coordinates[k][1], "z₂ of point " + k);
            // the output unit's side of its line is the network's prediction
            assertEquals(out > 0, h.nextA(0, h.coordinates[k]) > 0);
            assertEquals(Math.tanh(h.nextA(0, h.coordinates[k])), out, 1e-12);
            if ((out > 0) == (p.data().train().label[k] > 0)) {
                right++;
            }
        }
        assertEquals(right, h.rightSide());
        assertEquals(Math.round(p.trainAccuracy() * h.coordinates.length), right, "the line's count is the training accuracy");
        List<String> text = h.describe();
        assertTrue(text.get(1).contains(right + " of " + h.coordinates.length + " points lie on their class's side"), text.toString());
    }

    @Test
    void threeUnitsAreASpaceAndWiderLayersAProjectionThatSaysSo() {
        Playground circle = trained("activation=sigmoid&dataset=circle&networkShape=3&seed=hidden", 5);
        assertEquals(HiddenSpace.Kind.SPACE, circle.hiddenSpace(1).kind);
        assertEquals(3, circle.hiddenSpace(1).weights[0].length);

        Playground spiral = trained("activation=relu&dataset=spiral&networkShape=8,8,2&seed=hidden", 5);
        HiddenSpace wide = spiral.hiddenSpace(1);
        assertEquals(HiddenSpace.Kind.PROJECTION, wide.kind);
        assertTrue(wide.explained > 0 && wide.explained <= 1 + 1e-12, "explained " + wide.explained);
        assertTrue(wide.describe().get(0).startsWith("A projection: the 8 outputs of layer 1"), wide.describe().toString());
        assertEquals(HiddenSpace.Kind.PLANE, spiral.hiddenSpace(3).kind);
        assertTrue(spiral.hiddenSpace(2).describe().get(0).contains("8 outputs of layer 2"));
    }
}
