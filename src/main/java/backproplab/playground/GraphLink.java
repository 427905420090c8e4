package backproplab.playground;

import backproplab.nn.Loss;
import backproplab.nn.Network;
import backproplab.state.NetworkLink;

/**
 * "Show as a computation graph": the link that opens backprop.html's network view with the
 * playground's network and one training point (docs/architecture.md, "Links").
 */
public final class GraphLink {
    private GraphLink() {
    }

    /**
     * The hash (from '#') of backprop.html for {@code net} with the point {@code x} (its inputs
     * called {@code names}) and its target {@code y} as the engine trains with it: under log loss
     * the label −1 or +1, which the link writes as 0 or 1. Null when the page cannot draw the
     * network: more than {@link NetworkLink#MAX_PARAMETERS} parameters, a weight that is not a
     * number (training diverged) or a LeakyReLU slope other than the default, which the link
     * does not carry.
     */
    public static String hash(Network net, double[] x, String[] names, double y, Loss loss) {
        if (!NetworkLink.drawable(net)) {
            return null;
        }
        return NetworkLink.of(net, x, names, loss == Loss.LOG ? (1 + y) / 2 : y, loss).hash();
    }
}
