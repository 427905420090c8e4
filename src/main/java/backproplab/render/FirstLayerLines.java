package backproplab.render;

import backproplab.data.Feature;
import backproplab.nn.Network;

/**
 * Each first-layer unit's boundary a = wᵀx + b = 0 drawn over the input plane (docs/notation.md §5:
 * "one hidden layer composes linear classifiers"). With the inputs x₁, x₂ alone each boundary
 * is a straight line; with engineered features (x₁², sin x₁, …) it is the same equation in
 * feature space, a curve in the plane. Drawn by marching squares over a from the weights, so
 * it is exact for lines and smooth for curves.
 */
public final class FirstLayerLines {
    private static final int SAMPLES = 41;

    private final Contours contours;
    private final double[] row;
    private Network net;
    private Feature[] inputs;
    private int unit;

    public FirstLayerLines(Viewport view, int inputCount) {
        this.contours = new Contours(SAMPLES, SAMPLES, view);
        this.row = new double[inputCount];
    }

    /** Dashed lines in ink, one per unit of layer 1, each numbered where it enters the picture. */
    public void draw(Surface s, Style style, Network network, Feature[] features) {
        if (network.L < 2) {
            return; // no hidden layer: the output's own boundary is the heatmap's edge
        }
        this.net = network;
        this.inputs = features;
        s.lineDash(6, 4);
        for (unit = 0; unit < net.n[1]; unit++) {
            contours.sample(this::preActivation);
            contours.draw(s, 0, style.palette().ink, 1.5 * style.lineWidth());
        }
        s.lineDash(0, 0);
    }

    /** a_j of the current unit at (x₁, x₂): Σ_i W[1]_ji x_i + b[1]_j. */
    private double preActivation(double x1, double x2) {
        Feature.fill(inputs, x1, x2, row);
        double a = net.bias(1, unit);
        for (int i = 0; i < row.length; i++) {
            a += net.weight(1, unit, i) * row[i];
        }
        return a;
    }
}
