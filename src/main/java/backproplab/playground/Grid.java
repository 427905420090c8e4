package backproplab.playground;

import backproplab.data.Feature;
import backproplab.nn.Activation;
import backproplab.nn.Network;

/**
 * Every unit's output over the input plane, for the large heatmap and the thumbnails: an
 * n×n grid of cell centres over [−6, 6]², row 0 at the top (largest x₂), as TF Playground.
 * Pictures need less than numbers: tanh and sigmoid units take {@link Activation#applyForPictures},
 * so a cell holds its forward pass to about that tanh's error, 5.9·10⁻⁶ a unit (under 10⁻⁴ on
 * six layers in GridTest, where a colour step is 1/256); a network without them, to the bit.
 *
 * <p>Buffers are made once per network and refilled in place, only when the weights changed
 * since the last evaluation, so drawing a paused network costs nothing. While the network
 * trains, an evaluation can be spread over several frames ({@link #advance}): it evaluates the
 * weights as they were when it began, so a picture never mixes two moments of the training.
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
    /** The grid shows the network's current weights. */
    private boolean valid;
    private boolean featuresFilled;
    /** The weights and activations the evaluation under way uses: copied when it began. */
    private double[][] passW = new double[0][];
    private double[][] passB = new double[0][];
    private Activation[] passActivation = new Activation[0];
    /** Cells the evaluation under way has done, all layers; −1 when none is under way. */
    private int passDone = -1;
    /** The weights changed after the evaluation under way began. */
    private boolean passStale;

    public Grid(int size) {
        this.size = size;
        this.step = 2 * DOMAIN / size;
    }

    void attach(Network network, Feature[] features) {
        net = network;
        inputs = features;
        row = new double[features.length];
        units = new double[net.L + 1][][];
        passW = new double[net.L + 1][];
        passB = new double[net.L + 1][];
        passActivation = new Activation[net.L + 1];
        for (int l = 0; l <= net.L; l++) {
            units[l] = new double[net.n[l]][size * size];
            passW[l] = new double[net.W[l].length];
            passB[l] = new double[net.b[l].length];
        }
        valid = false;
        featuresFilled = false;
        passDone = -1;
    }

    void invalidate() {
        valid = false;
        passStale = true;
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

    /** Brings every unit's values up to date with the current weights, at once. */
    public void update() {
        passDone = -1; // an evaluation under way would show older weights: start afresh
        advance(size * size);
    }

    /**
     * Evaluates up to {@code cells} more cells (every layer of them) of the evaluation under way,
     * which begins here from the current weights if none is. Returns true once it is complete:
     * every unit's values then show the weights it began with, which are the current ones unless
     * they changed since (then the next call begins anew). True at once if the grid is up to date.
     */
    public boolean advance(int cells) {
        if (valid) {
            return true;
        }
        if (passDone < 0) {
            begin();
        }
        int end = passDone + Math.min(cells, size * size - passDone); // no overflow for any cells
        evaluate(passDone, end);
        passDone = end;
        if (end < size * size) {
            return false;
        }
        passDone = -1;
        valid = !passStale;
        return true;
    }

    /** Whether an evaluation spread over frames is under way (begun by advance, not complete). */
    public boolean evaluating() {
        return passDone >= 0;
    }

    private void begin() {
        if (!featuresFilled) {
            fillFeatures();
        }
        for (int l = 1; l <= net.L; l++) {
            System.arraycopy(net.W[l], 0, passW[l], 0, passW[l].length);
            System.arraycopy(net.b[l], 0, passB[l], 0, passB[l].length);
            passActivation[l] = net.activation(l);
        }
        passDone = 0;
        passStale = false;
    }

    /**
     * Cells from ≤ cell &lt; to of every unit: the forward pass of {@link Network#forward} for
     * those cells at once, layer by layer and unit by unit, so each cell's sum b + Σᵢ wᵢ zᵢ adds
     * the same terms in the same order as a forward pass would; then σ for pictures.
     */
    private void evaluate(int from, int to) {
        for (int l = 1; l <= net.L; l++) {
            double[] Wl = passW[l];
            double[] bl = passB[l];
            double[][] below = units[l - 1];
            int nin = below.length;
            int first = nin % 4 == 0 ? Math.min(4, nin) : nin % 4; // inputs of the first pass: the rest then go four at a time
            for (int j = 0, row = 0; j < bl.length; j++, row += nin) {
                double[] out = units[l][j]; // holds a until the activation turns it into z
                firstPass(out, bl[j], Wl, row, below, first, from, to);
                for (int i = first; i < nin; i += 4) { // a quarter of the passes over out, the terms in the same order
                    double w0 = Wl[row + i];
                    double w1 = Wl[row + i + 1];
                    double w2 = Wl[row + i + 2];
                    double w3 = Wl[row + i + 3];
                    double[] in0 = below[i];
                    double[] in1 = below[i + 1];
                    double[] in2 = below[i + 2];
                    double[] in3 = below[i + 3];
                    for (int cell = from; cell < to; cell++) {
                        out[cell] = out[cell] + w0 * in0[cell] + w1 * in1[cell] + w2 * in2[cell] + w3 * in3[cell];
                    }
                }
                passActivation[l].applyForPictures(out, out, from, to);
            }
        }
    }

    /** out[cell] = b + the terms of the first {@code count} (0 to 4) inputs, for from ≤ cell &lt; to: one pass, however few inputs. */
    private static void firstPass(double[] out, double b, double[] Wl, int row, double[][] below, int count, int from, int to) {
        switch (count) {
            case 0:
                for (int cell = from; cell < to; cell++) {
                    out[cell] = b;
                }
                break;
            case 1: {
                double w0 = Wl[row];
                double[] in0 = below[0];
                for (int cell = from; cell < to; cell++) {
                    out[cell] = b + w0 * in0[cell];
                }
                break;
            }
            case 2: {
                double w0 = Wl[row];
                double w1 = Wl[row + 1];
                double[] in0 = below[0];
                double[] in1 = below[1];
                for (int cell = from; cell < to; cell++) {
                    out[cell] = b + w0 * in0[cell] + w1 * in1[cell];
                }
                break;
            }
            case 3: {
                double w0 = Wl[row];
                double w1 = Wl[row + 1];
                double w2 = Wl[row + 2];
                double[] in0 = below[0];
                double[] in1 = below[1];
                double[] in2 = below[2];
                for (int cell = from; cell < to; cell++) {
                    out[cell] = b + w0 * in0[cell] + w1 * in1[cell] + w2 * in2[cell];
                }
                break;
            }
            default: {
                double w0 = Wl[row];
                double w1 = Wl[row + 1];
                double w2 = Wl[row + 2];
                double w3 = Wl[row + 3];
                double[] in0 = below[0];
                double[] in1 = below[1];
                double[] in2 = below[2];
                double[] in3 = below[3];
                for (int cell = from; cell < to; cell++) {
                    out[cell] = b + w0 * in0[cell] + w1 * in1[cell] + w2 * in2[cell] + w3 * in3[cell];
                }
            }
        }
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

    /** The values of unit j of layer l over the grid (layer 0: input feature j), as of the last update() or completed advance(). */
    public double[] unit(int l, int j) {
        return units[l][j];
    }

    /** The output unit's values over the grid, as of the last update() or completed advance(). */
    public double[] output() {
        return units[units.length - 1][0];
    }
}
