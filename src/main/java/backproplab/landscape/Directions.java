package backproplab.landscape;

import backproplab.math.DetMath;
import backproplab.math.Rng;
import backproplab.nn.Network;

/**
 * Directions through a network's parameters, flat in {@link Network#copyParametersTo} order
 * (W[1], b[1], W[2], b[2], …), for slices of the loss landscape (docs/notation.md §7).
 */
public final class Directions {
    private Directions() {
    }

    /**
     * A random direction, filter-normalised as Li et al. (2018) do: Gaussian entries, then each
     * unit's block of incoming weights rescaled to the norm of that unit's weights in {@code net},
     * and the biases left out (their entries 0). A ReLU unit computes the same function when its
     * weights are scaled, so an unnormalised direction would move small units far and large ones
     * barely; normalised, a step of 1 moves every unit by as much as its own weights.
     */
    public static double[] filterNormalized(Network net, Rng rng) {
        double[] d = new double[net.parameterCount()];
        int k = 0;
        for (int l = 1; l <= net.L; l++) {
            int inputs = net.n[l - 1];
            for (int j = 0; j < net.n[l]; j++) {
                double drawn = 0;
                double own = 0;
                for (int i = 0; i < inputs; i++) {
                    double g = gaussian(rng);
                    d[k + i] = g;
                    drawn += g * g;
                    double w = net.weight(l, j, i);
                    own += w * w;
                }
                double scale = drawn == 0 ? 0 : DetMath.sqrt(own) / DetMath.sqrt(drawn);
                for (int i = 0; i < inputs; i++) {
                    d[k + i] *= scale;
                }
                k += inputs;
            }
            k += net.n[l]; // the biases: not moved
        }
        return d;
    }

    /** A standard normal draw by Box–Muller, from deterministic maths so every build draws the same. */
    static double gaussian(Rng rng) {
        double u = 1 - rng.nextDouble(); // in (0, 1]: the logarithm stays finite
        double v = rng.nextDouble();
        return DetMath.sqrt(-2 * DetMath.log(u)) * DetMath.cos(2 * DetMath.PI * v);
    }

    /** The Euclidean norm of {@code v[from, from + count)}. */
    public static double norm(double[] v, int from, int count) {
        double s = 0;
        for (int k = from; k < from + count; k++) {
            s += v[k] * v[k];
        }
        return DetMath.sqrt(s);
    }

    public static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
