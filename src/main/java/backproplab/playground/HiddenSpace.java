package backproplab.playground;

import backproplab.landscape.Directions;
import backproplab.landscape.Pca;
import backproplab.nn.Activation;
import backproplab.nn.Network;
import backproplab.text.Fmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The training data as one hidden layer sees it: every point at its z[l] (docs/notation.md §5,
 * "composing linear classifiers"). With two units z[l] is a point of the plane, and each unit of
 * the next layer is a line a = w·z + b = 0 in it; with three it is a point of space and the next
 * units are planes; wider layers are shown by their two principal directions over the data, a
 * projection the next layer's lines do not survive. Computed from the network as it is now.
 */
public final class HiddenSpace {
    /** How the layer's outputs are shown. */
    public enum Kind { PLANE, SPACE, PROJECTION }

    public final int layer;
    public final Kind kind;
    /** Each point's coordinates: z[l] itself (PLANE, SPACE) or its projection (PROJECTION), dims wide. */
    public final double[][] coordinates;
    public final double[] labels;
    /** The coordinates' bounds per dimension, padded: {min, max}. */
    public final double[][] bounds;
    /** The next layer's units as w·z + b = 0: weights[j] (n[l] long) and biases[j]; empty for a projection. */
    public final double[][] weights;
    public final double[] biases;
    /** Whether the next layer is the output, whose line or plane is the decision boundary. */
    public final boolean nextIsOutput;
    /** For a projection: the share of the spread its two directions show. */
    public final double explained;
    private final int units;
    private final Activation output;

    /**
     * @param inputs the training points' features, flat count × n[0]; labels their targets
     */
    HiddenSpace(Network net, int layer, double[] inputs, double[] labels, int count) {
        if (layer < 1 || layer >= net.L) {
            throw new IllegalArgumentException("no hidden layer " + layer);
        }
        this.layer = layer;
        this.units = net.n[layer];
        this.output = net.output();
        this.kind = units == 2 ? Kind.PLANE : units == 3 ? Kind.SPACE : Kind.PROJECTION;
        this.labels = java.util.Arrays.copyOf(labels, count);
        double[][] z = new double[count][units];
        for (int k = 0; k < count; k++) {
            net.forward(inputs, k * net.n[0]);
            System.arraycopy(net.z[layer], 0, z[k], 0, units);
        }
        nextIsOutput = layer + 1 == net.L;
        if (kind == Kind.PROJECTION) {
            Projection p = project(z, count);
            coordinates = p.coordinates();
            weights = new double[0][];
            biases = new double[0];
            explained = p.explained();
        } else {
            coordinates = z;
            int next = net.n[layer + 1];
            weights = new double[next][units];
            biases = new double[next];
            for (int j = 0; j < next; j++) {
                for (int i = 0; i < units; i++) {
                    weights[j][i] = net.weight(layer + 1, j, i);
                }
                biases[j] = net.bias(layer + 1, j);
            }
            explained = 1;
        }
        bounds = bounds(coordinates, kind == Kind.SPACE ? 3 : 2);
    }

    private record Projection(double[][] coordinates, double explained) {
    }

    /** The points' two principal directions about their mean (one unit: z itself, and 0). */
    private Projection project(double[][] z, int count) {
        double[][] out = new double[count][2];
        if (units == 1) {
            for (int k = 0; k < count; k++) {
                out[k][0] = z[k][0];
            }
            return new Projection(out, 1);
        }
        double[] mean = new double[units];
        for (double[] row : z) {
            for (int i = 0; i < units; i++) {
                mean[i] += row[i] / count;
            }
        }
        double[][] centred = new double[count][units];
        for (int k = 0; k < count; k++) {
            for (int i = 0; i < units; i++) {
                centred[k][i] = z[k][i] - mean[i];
            }
        }
        Pca pca = Pca.of(centred, count, units);
        for (int k = 0; k < count; k++) {
            out[k][0] = Directions.dot(centred[k], pca.first());
            out[k][1] = Directions.dot(centred[k], pca.second());
        }
        return new Projection(out, pca.explainedBoth());
    }

    private static double[][] bounds(double[][] c, int dims) {
        double[][] b = new double[dims][2];
        for (int d = 0; d < dims; d++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] row : c) {
                double v = d < row.length ? row[d] : 0;
                if (v - v == 0) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (!(lo <= hi)) {
                lo = -1;
                hi = 1;
            }
            double pad = Math.max(0.1 * (hi - lo), 0.05);
            b[d][0] = lo - pad;
            b[d][1] = hi + pad;
        }
        return b;
    }

    public int units() {
        return units;
    }

    /** The value of the next layer's unit j at z: a = w·z + b, its side of the line by the sign. */
    public double nextA(int j, double[] z) {
        double a = biases[j];
        for (int i = 0; i < units; i++) {
            a += weights[j][i] * z[i];
        }
        return a;
    }

    /**
     * The output unit at this layer's z on the output plot's −1 … +1 scale (2σ − 1 for a sigmoid),
     * when the next layer is the output: the shading behind the points.
     */
    public double outputPicture(double[] z) {
        double y = output.value(nextA(0, z));
        return output.kind() == Activation.Kind.SIGMOID ? 2 * y - 1 : y;
    }

    /** The training points the next layer's output line puts on the right side (PLANE, SPACE with the output next). */
    public int rightSide() {
        int right = 0;
        for (int k = 0; k < coordinates.length; k++) {
            if ((nextA(0, coordinates[k]) > 0) == (labels[k] > 0)) {
                right++;
            }
        }
        return right;
    }

    /** What the picture shows, in sentences. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        String z = "z[" + layer + "]";
        switch (kind) {
            case PLANE:
                out.add("Each training point at " + z + " = (z₁, z₂), the outputs of layer " + layer + "'s two units.");
                out.add(nextIsOutput
                        ? "The line is the output unit's a = w·" + z + " + b = 0, the decision boundary: " + rightSide() + " of "
                                + coordinates.length + " points lie on their class's side. In this space one line is enough."
                        : "The lines are layer " + (layer + 1) + "'s units, a = w·" + z + " + b = 0: each splits this plane in two.");
                break;
            case SPACE:
                out.add("Each training point at " + z + " = (z₁, z₂, z₃), the outputs of layer " + layer + "'s three units; drag or use the arrow keys to turn it.");
                out.add(nextIsOutput
                        ? "The plane is the output unit's a = w·" + z + " + b = 0, the decision boundary: " + rightSide() + " of "
                                + coordinates.length + " points lie on their class's side."
                        : "The planes are layer " + (layer + 1) + "'s units, a = w·" + z + " + b = 0.");
                break;
            default:
                if (units == 1) {
                    out.add("Each training point at z[" + layer + "], the output of layer " + layer + "'s one unit, along the axis.");
                } else {
                    out.add("A projection: the " + units + " outputs of layer " + layer + " seen along their two principal directions over the data,"
                            + " which hold " + Fmt.percent(explained, 1) + " of the points' spread. Points close here may be far apart in "
                            + units + " dimensions, and the next layer's lines cannot be drawn in a projection.");
                }
        }
        return out;
    }
}
