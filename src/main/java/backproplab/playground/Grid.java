package backproplab.playground;

import backproplab.data.Feature;
import backproplab.nn.Network;

/**
 * Every unit's output over the input plane, for the large heatmap and the thumbnails: an
 * n×n grid of cell centres over [−6, 6]², row 0 at the top (largest x₂), as TF Playground.
 *
 * <p>Buffers are made once per network and refilled in place, only when the weights changed
 * since the last evaluation, so drawing a paused network costs nothing.
 */
public final class Grid {
    public static final double DOMAIN = 6;

    public final int size;
    /** Width of a cell in input units. */
    private final double step;
    /** units[l][j][cell]: z of unit j in layer l (l = 0: the input features). */
    private double[][][] units = new double[0][][];
    private Network net;
    private Feature[] inputs;
    private double[] row = new double[0];
    private boolean valid;
    private boolean featuresFilled;

    public Grid(int size) {
        this.size = size;
        this.step = 2 * DOMAIN / size;
    }

    void attach(Network network, Feature[] features) {
        net = network;
        inputs = features;
        row = new double[features.length];
        units = new double[net.L + 1][][];
        for (int l = 0; l <= net.L; l++) {
            units[l] = new double[net.n[l]][size * size];
        }
        valid = false;
        featuresFilled = false;
    }

    void invalidate() {
        valid = false;
    }

    double[] row() {
        return row;
    }

    /** x₁ of column {@code col}'s centre. */
    public double x1(int col) {
        return -DOMAIN + (col + 0.5) * step;
    }

    /** x₂ of row {@code r}'s centre (row 0 is the top). */
    public double x2(int r) {
        return DOMAIN - (r + 0.5) * step;
    }

    /**
     * Brings every unit's values up to date with the current weights: the forward pass of
     * {@link Network#forward} for all cells at once, layer by layer and unit by unit, so each
     * cell's sum b + Σᵢ wᵢ zᵢ adds the same terms in the same order as a forward pass would.
     */
    public void update() {
        if (valid) {
            return;
        }
        if (!featuresFilled) {
            fillFeatures();
        }
        int cells = size * size;
        for (int l = 1; l <= net.L; l++) {
            double[] Wl = net.W[l];
            double[] bl = net.b[l];
            double[][] below = units[l - 1];
            int nin = below.length;
            for (int j = 0, row = 0; j < bl.length; j++, row += nin) {
                double[] out = units[l][j]; // holds a until the activation turns it into z
                double bj = bl[j];
                for (int cell = 0; cell < cells; cell++) {
                    out[cell] = bj;
                }
                int i = 0;
                for (; i + 4 <= nin; i += 4) { // four inputs a pass: a quarter of the passes over out, the terms in the same order
                    double w0 = Wl[row + i];
                    double w1 = Wl[row + i + 1];
                    double w2 = Wl[row + i + 2];
                    double w3 = Wl[row + i + 3];
                    double[] in0 = below[i];
                    double[] in1 = below[i + 1];
                    double[] in2 = below[i + 2];
                    double[] in3 = below[i + 3];
                    for (int cell = 0; cell < cells; cell++) {
                        out[cell] = out[cell] + w0 * in0[cell] + w1 * in1[cell] + w2 * in2[cell] + w3 * in3[cell];
                    }
                }
                for (; i < nin; i++) {
                    double w = Wl[row + i];
                    double[] in = below[i];
                    for (int cell = 0; cell < cells; cell++) {
                        out[cell] += w * in[cell];
                    }
                }
                net.activation(l).apply(out, out, cells);
            }
        }
        valid = true;
    }

    /** Layer 0, the input features of every cell: fixed for a network, so computed once. */
    private void fillFeatures() {
        int cell = 0;
        for (int r = 0; r < size; r++) {
            double x2 = x2(r);
            for (int c = 0; c < size; c++, cell++) {
                Feature.fill(inputs, x1(c), x2, row);
                for (int i = 0; i < row.length; i++) {
                    units[0][i][cell] = row[i];
                }
            }
        }
        featuresFilled = true;
    }

    /** The values of unit j of layer l over the grid (layer 0: input feature j). Call update() first. */
    public double[] unit(int l, int j) {
        return units[l][j];
    }

    /** The output unit's values over the grid. Call update() first. */
    public double[] output() {
        return units[units.length - 1][0];
    }
}
