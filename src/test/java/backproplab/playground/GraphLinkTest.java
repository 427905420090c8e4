package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Loss;
import backproplab.nn.Network;
import backproplab.state.NetworkLink;
import backproplab.web.BackpropHash;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The playground's "Show as a computation graph" link, read back as backprop.html reads it. */
class GraphLinkTest {
    private static NetworkLink readBack(String hash) {
        BackpropHash.Parsed p = BackpropHash.parse(hash);
        assertEquals(List.of(), p.notices());
        assertEquals(BackpropHash.MLP, p.state().view());
        NetworkLink.Read read = NetworkLink.read(p.state().network());
        assertEquals(List.of(), read.notices(), hash);
        return read.link();
    }

    private static double[] parameters(Network net) {
        double[] p = new double[net.parameterCount()];
        net.copyParametersTo(p);
        return p;
    }

    @Test
    void theLinkGivesTheSameNetworkBitForBitAndTheSameExample() {
        Rng rng = new Rng(12);
        for (Activation hidden : Activation.all()) {
            Network net = new Network(new int[] {3, 4, 2, 1}, hidden, Activation.TANH);
            net.init(Init.XAVIER, rng);
            double[] x = {rng.nextDouble() * 12 - 6, Math.PI / 7, -1e-9};
            String[] names = {"x₁", "x₁x₂", "sin(x₂)"};
            String hash = GraphLink.hash(net, x, names, -0.3 / 7, Loss.SQUARED);
            assertTrue(hash.startsWith("#view=mlp&net=3,4,2,1&act=" + hidden.id() + "&out=tanh&loss=squared&w="), hash);
            NetworkLink back = readBack(hash);
            assertArrayEquals(new int[] {3, 4, 2, 1}, back.sizes());
            assertEquals(hidden, back.hidden());
            assertEquals(Activation.TANH, back.output());
            assertEquals(Loss.SQUARED, back.loss());
            assertArrayEquals(parameters(net), parameters(back.network()), "bit for bit");
            assertArrayEquals(x, back.x());
            assertArrayEquals(names, back.names());
            assertEquals(-0.3 / 7, back.y());
        }
    }

    @Test
    void logLossWritesThePlaygroundsLabelsAsZeroAndOne() {
        Network net = new Network(new int[] {2, 2, 1}, Activation.RELU, Activation.SIGMOID);
        net.init(Init.XAVIER, new Rng(3));
        assertEquals(0.0, readBack(GraphLink.hash(net, new double[] {1, 2}, new String[] {"x₁", "x₂"}, -1, Loss.LOG)).y());
        assertEquals(1.0, readBack(GraphLink.hash(net, new double[] {1, 2}, new String[] {"x₁", "x₂"}, 1, Loss.LOG)).y());
    }

    @Test
    void aNetworkThePageCannotDrawHasNoLink() {
        Network big = new Network(new int[] {3, 4, 4, 1}, Activation.TANH, Activation.TANH); // 41 parameters
        assertNull(GraphLink.hash(big, new double[3], new String[] {"a", "b", "c"}, 0, Loss.SQUARED));
        Network forty = new Network(new int[] {1, 13, 1}, Activation.TANH, Activation.TANH);
        assertTrue(GraphLink.hash(forty, new double[1], new String[] {"x₁"}, 0, Loss.SQUARED) != null);
        forty.setWeight(1, 0, 0, Double.NaN);
        assertNull(GraphLink.hash(forty, new double[1], new String[] {"x₁"}, 0, Loss.SQUARED), "diverged");
        Network leaky = new Network(new int[] {1, 2, 1}, Activation.leakyRelu(0.3), Activation.TANH);
        assertNull(GraphLink.hash(leaky, new double[1], new String[] {"x₁"}, 0, Loss.SQUARED), "the slope is not in the link");
    }
}
