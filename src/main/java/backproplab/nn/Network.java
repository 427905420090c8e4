package backproplab.nn;

import backproplab.math.Rng;

/**
 * A multi-layer perceptron in the lecture's notation (docs/notation.md §6), every quantity a flat
 * double[] per layer l = 0..L, allocated once here and reused by every pass.
 *
 * <p>Layer 0 is the input: z[0] = x, and W[0], b[0], a[0], delta[0], dW[0], db[0] are empty.
 * For l ≥ 1, W[l] is n[l]×n[l−1] row-major: W[l][j·n[l−1] + i] is the weight from unit i of
 * layer l−1 to unit j of layer l. Hidden layers share one activation; the output layer has
 * its own (see {@link Head}).
 */
public final class Network {
    /** The number of weight layers; layer L is the output. */
    public final int L;
    /** n[l] units in layer l; n[0] inputs. */
    public final int[] n;
    public final double[][] W;
    public final double[][] b;
    /** Pre-activations a[l] = W[l] z[l−1] + b[l]. */
    public final double[][] a;
    /** Post-activations z[l] = σ[l](a[l]); z[0] = x. */
    public final double[][] z;
    /** δ[l] = ∂ℓ/∂a[l] of the last example passed backward. */
    public final double[][] delta;
    /** ∂L/∂W[l] and ∂L/∂b[l], summed over the examples passed backward since the last zeroGradients(). */
    public final double[][] dW;
    public final double[][] db;

    private Activation hidden;
    private Activation output;

    public Network(int[] sizes, Activation hidden, Activation output) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("a network needs an input and an output layer");
        }
        L = sizes.length - 1;
        n = sizes.clone();
        W = new double[L + 1][];
        b = new double[L + 1][];
        a = new double[L + 1][];
        z = new double[L + 1][];
        delta = new double[L + 1][];
        dW = new double[L + 1][];
        db = new double[L + 1][];
        for (int l = 0; l <= L; l++) {
            if (n[l] < (l == 0 ? 0 : 1)) { // no inputs is allowed: the biases still learn the best constant
                throw new IllegalArgumentException("layer " + l + " has no units");
            }
            int weights = l == 0 ? 0 : n[l] * n[l - 1];
            int units = l == 0 ? 0 : n[l];
            W[l] = new double[weights];
            dW[l] = new double[weights];
            b[l] = new double[units];
            db[l] = new double[units];
            a[l] = new double[units];
            delta[l] = new double[units];
            z[l] = new double[n[l]];
        }
        this.hidden = hidden;
        this.output = output;
    }

    public Activation hidden() {
        return hidden;
    }

    public Activation output() {
        return output;
    }

    public void setHidden(Activation hidden) {
        this.hidden = hidden;
    }

    public void setOutput(Activation output) {
        this.output = output;
    }

    /** σ[l]: the output activation for l = L, the hidden one below. */
    public Activation activation(int l) {
        return l == L ? output : hidden;
    }

    /** Draws fresh parameters, layer by layer, and clears the gradients. */
    public void init(Init init, Rng rng) {
        for (int l = 1; l <= L; l++) {
            init.fill(W[l], b[l], n[l - 1], n[l], rng);
        }
        zeroGradients();
    }

    /** The forward pass for x = z[0]: a[l] = W[l] z[l−1] + b[l], z[l] = σ[l](a[l]); returns z[L] (overwritten by the next pass). */
    public double[] forward(double[] x) {
        return forward(x, 0);
    }

    /** The forward pass for the n[0] inputs at {@code inputs[offset..]}, e.g. one row of a flat data set. */
    public double[] forward(double[] inputs, int offset) {
        double[] z0 = z[0];
        for (int i = 0; i < z0.length; i++) { // not System.arraycopy: a call with checks in the compiled page, for two or so inputs
            z0[i] = inputs[offset + i];
        }
        for (int l = 1; l <= L; l++) {
            double[] Wl = W[l];
            double[] bl = b[l];
            double[] al = a[l];
            double[] zp = z[l - 1];
            int nl = al.length;
            int nin = zp.length;
            if (nin == 8) { // the common hidden width, written out: the same terms in the same order
                double p0 = zp[0], p1 = zp[1], p2 = zp[2], p3 = zp[3], p4 = zp[4], p5 = zp[5], p6 = zp[6], p7 = zp[7];
                for (int j = 0, row = 0; j < nl; j++, row += 8) {
                    al[j] = bl[j] + Wl[row] * p0 + Wl[row + 1] * p1 + Wl[row + 2] * p2 + Wl[row + 3] * p3
                            + Wl[row + 4] * p4 + Wl[row + 5] * p5 + Wl[row + 6] * p6 + Wl[row + 7] * p7;
                }
            } else {
                for (int j = 0, row = 0; j < nl; j++, row += nin) {
                    double s = bl[j];
                    for (int i = 0; i < nin; i++) {
                        s += Wl[row + i] * zp[i];
                    }
                    al[j] = s;
                }
            }
            activation(l).apply(al, z[l], 0, nl);
        }
        return z[L];
    }

    /**
     * The backward pass after forward(): δ[L] = ∂ℓ/∂z[L] ⊙ σ[L]′(a[L]) from the given output
     * gradient, then δ for every layer below, adding this example's ∂ℓ/∂W, ∂ℓ/∂b to dW, db.
     */
    public void backward(double[] dLdz) {
        double[] dL = delta[L];
        for (int j = 0; j < n[L]; j++) {
            dL[j] = dLdz[j] * output.derivative(a[L][j], z[L][j]);
        }
        backpropagate();
    }

    /**
     * The same with δ[L] = ∂ℓ/∂a[L] taken from the loss for the n[L] targets at
     * {@code targets[offset..]} (log loss with a sigmoid output gives σ(a) − y exactly).
     */
    public void backward(Loss loss, double[] targets, int offset) {
        double[] dL = delta[L];
        for (int j = 0; j < n[L]; j++) {
            dL[j] = loss.delta(output, a[L][j], z[L][j], targets[offset + j]);
        }
        backpropagate();
    }

    /**
     * For l = L..1: ∂ℓ/∂W[l] = δ[l] (z[l−1])ᵀ, ∂ℓ/∂b[l] = δ[l] (added to dW, db), and
     * δ[l−1] = (W[l])ᵀ δ[l] ⊙ σ′(a[l−1]), in one pass over each row of W[l]: unit j adds
     * δⱼ·z[l−1] to its row of dW and δⱼ·(its row of W) to δ[l−1], j in order from 0, so every
     * sum adds the same terms in the same order as Σⱼ written out. A unit with δⱼ = 0 (a ReLU
     * at rest passes nothing back) would add only zeros, which change no sum: it is skipped.
     */
    private void backpropagate() {
        for (int l = L; l >= 1; l--) {
            double[] dl = delta[l];
            double[] zp = z[l - 1];
            double[] Wl = W[l];
            double[] gW = dW[l];
            double[] gb = db[l];
            double[] dp = delta[l - 1];
            boolean below = l > 1; // δ[0] would be ∂ℓ/∂x: nothing learns from it
            int nl = dl.length;
            int nin = zp.length;
            if (nin == 8 && below) {
                backpropagate8(dl, zp, Wl, gW, gb, dp);
            } else {
                for (int i = 0; i < dp.length; i++) {
                    dp[i] = 0;
                }
                for (int j = 0, row = 0; j < nl; j++, row += nin) {
                    double dj = dl[j];
                    if (dj == 0) {
                        continue;
                    }
                    gb[j] += dj;
                    if (below) {
                        for (int i = 0; i < nin; i++) {
                            gW[row + i] += dj * zp[i];
                            dp[i] += Wl[row + i] * dj;
                        }
                    } else {
                        for (int i = 0; i < nin; i++) {
                            gW[row + i] += dj * zp[i];
                        }
                    }
                }
            }
            if (below) {
                hidden.multiplyByDerivative(dp, a[l - 1], zp, nin);
            }
        }
    }

    /**
     * backpropagate()'s loop over the rows of a layer with eight units below it, the common
     * hidden width, written out: δ[l−1] is summed in registers, the same terms in the same order.
     */
    private static void backpropagate8(double[] dl, double[] zp, double[] Wl, double[] gW, double[] gb, double[] dp) {
        double p0 = zp[0], p1 = zp[1], p2 = zp[2], p3 = zp[3], p4 = zp[4], p5 = zp[5], p6 = zp[6], p7 = zp[7];
        double q0 = 0, q1 = 0, q2 = 0, q3 = 0, q4 = 0, q5 = 0, q6 = 0, q7 = 0;
        for (int j = 0, row = 0; j < dl.length; j++, row += 8) {
            double dj = dl[j];
            if (dj == 0) {
                continue;
            }
            gb[j] += dj;
            gW[row] += dj * p0;
            gW[row + 1] += dj * p1;
            gW[row + 2] += dj * p2;
            gW[row + 3] += dj * p3;
            gW[row + 4] += dj * p4;
            gW[row + 5] += dj * p5;
            gW[row + 6] += dj * p6;
            gW[row + 7] += dj * p7;
            q0 += Wl[row] * dj;
            q1 += Wl[row + 1] * dj;
            q2 += Wl[row + 2] * dj;
            q3 += Wl[row + 3] * dj;
            q4 += Wl[row + 4] * dj;
            q5 += Wl[row + 5] * dj;
            q6 += Wl[row + 6] * dj;
            q7 += Wl[row + 7] * dj;
        }
        dp[0] = q0;
        dp[1] = q1;
        dp[2] = q2;
        dp[3] = q3;
        dp[4] = q4;
        dp[5] = q5;
        dp[6] = q6;
        dp[7] = q7;
    }

    public void zeroGradients() {
        for (int l = 1; l <= L; l++) {
            double[] gW = dW[l];
            for (int k = 0; k < gW.length; k++) {
                gW[k] = 0;
            }
            double[] gb = db[l];
            for (int j = 0; j < gb.length; j++) {
                gb[j] = 0;
            }
        }
    }

    /** Evaluates {@code count} inputs (flat count×n[0]) into {@code outputs} (flat count×n[L]), no allocation. */
    public void evaluate(double[] inputs, int count, double[] outputs) {
        int nL = n[L];
        for (int k = 0; k < count; k++) {
            System.arraycopy(forward(inputs, k * n[0]), 0, outputs, k * nL, nL);
        }
    }

    /** The weight from unit i of layer l−1 to unit j of layer l. */
    public double weight(int l, int j, int i) {
        return W[l][j * n[l - 1] + i];
    }

    public void setWeight(int l, int j, int i, double w) {
        W[l][j * n[l - 1] + i] = w;
    }

    public double bias(int l, int j) {
        return b[l][j];
    }

    public void setBias(int l, int j, double value) {
        b[l][j] = value;
    }

    /** Σ over l of n[l]·n[l−1] + n[l]. */
    public int parameterCount() {
        int count = 0;
        for (int l = 1; l <= L; l++) {
            count += W[l].length + b[l].length;
        }
        return count;
    }

    /** Writes every parameter into {@code flat}, layer by layer: W[1], b[1], W[2], b[2], … */
    public void copyParametersTo(double[] flat) {
        int k = 0;
        for (int l = 1; l <= L; l++) {
            System.arraycopy(W[l], 0, flat, k, W[l].length);
            k += W[l].length;
            System.arraycopy(b[l], 0, flat, k, b[l].length);
            k += b[l].length;
        }
    }

    /** Reads every parameter from {@code flat}, in the order of copyParametersTo. */
    public void setParameters(double[] flat) {
        int k = 0;
        for (int l = 1; l <= L; l++) {
            System.arraycopy(flat, k, W[l], 0, W[l].length);
            k += W[l].length;
            System.arraycopy(flat, k, b[l], 0, b[l].length);
            k += b[l].length;
        }
    }

    /** Whether every weight and bias is a finite number. */
    public boolean parametersFinite() {
        for (int l = 1; l <= L; l++) {
            if (!finite(W[l]) || !finite(b[l])) {
                return false;
            }
        }
        return true;
    }

    private static boolean finite(double[] values) {
        for (double v : values) {
            if (!(Math.abs(v) <= Double.MAX_VALUE)) {
                return false;
            }
        }
        return true;
    }
}
