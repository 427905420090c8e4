package backproplab.nn;

/**
 * Trains a {@link Network} as TF Playground does (docs/tf-playground.md, "Training"): one
 * epoch passes every example forward and backward in order, and after every batchSize-th
 * example of the epoch the parameters take one step on the gradient averaged over what was
 * accumulated. As there, an epoch's last, incomplete batch takes no step of its own: its
 * gradients wait ({@link #pending()}) and join the next epoch's first step, so the losses
 * follow TF Playground's epoch by epoch. A data set smaller than a batch (only ours have one)
 * is one batch: TF Playground's rule would never take a step on it.
 *
 * <p>Momentum and Adam exist here, not there. Regularisation is a separate step after the optimiser's, on
 * weights only, with R′ taken at the weight before the update, as TF Playground does.
 * With L1, a weight whose sign the L1 step would flip is set to 0 and then frozen, as there:
 * it takes no further steps until {@link #reset()}.
 *
 * <p>Nothing is allocated after the constructor: the optimiser state and the frozen-weight
 * masks are made once, and the network's own buffers carry every pass.
 */
public final class Trainer {
    private final Network net;
    private Loss loss;
    private Optimizer optimizer;
    private double learningRate;
    private Regularization regularization;
    private double regularizationRate;
    private int batchSize;

    /** Optimiser state per parameter: momentum's velocity / Adam's moments (m), Adam's second moments (v). */
    private final double[][] mW;
    private final double[][] vW;
    private final double[][] mb;
    private final double[][] vb;
    /** Weights zeroed by L1 and frozen since. */
    private final boolean[][] frozen;
    /** The optimiser's steps Δ for one layer's weights or biases, before regularisation. */
    private final double[] step;
    /** β1^t and β2^t for Adam's bias correction after t updates. */
    private double beta1Power;
    private double beta2Power;
    private int epochs;
    private boolean diverged;
    /** Examples whose gradients are in the network's dW, db and not yet applied. */
    private int pending;

    public Trainer(Network net, Loss loss, Optimizer optimizer, double learningRate,
            Regularization regularization, double regularizationRate, int batchSize) {
        this.net = net;
        int layers = net.L + 1;
        mW = new double[layers][];
        vW = new double[layers][];
        mb = new double[layers][];
        vb = new double[layers][];
        frozen = new boolean[layers][];
        int largest = 0;
        for (int l = 0; l < layers; l++) {
            largest = Math.max(largest, Math.max(net.W[l].length, net.b[l].length));
            mW[l] = new double[net.W[l].length];
            vW[l] = new double[net.W[l].length];
            mb[l] = new double[net.b[l].length];
            vb[l] = new double[net.b[l].length];
            frozen[l] = new boolean[net.W[l].length];
        }
        step = new double[largest];
        setLoss(loss);
        this.optimizer = optimizer;
        setLearningRate(learningRate);
        this.regularization = regularization;
        setRegularizationRate(regularizationRate);
        setBatchSize(batchSize);
        reset();
    }

    public Network network() {
        return net;
    }

    public Loss loss() {
        return loss;
    }

    /** Log loss needs a sigmoid output: set the network's output first (see {@link Head}). */
    public void setLoss(Loss loss) {
        if (!loss.fits(net.output())) {
            throw new IllegalArgumentException(loss.label() + " does not fit a " + net.output().kind().label() + " output");
        }
        this.loss = loss;
    }

    /** Switches the output activation and the loss together. */
    public void setHead(Head head) {
        net.setOutput(head.activation);
        setLoss(head.loss);
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    /** A different optimiser starts from fresh state (its moments mean nothing to another). */
    public void setOptimizer(Optimizer optimizer) {
        if (optimizer != this.optimizer) {
            this.optimizer = optimizer;
            resetOptimizer();
        }
    }

    public double learningRate() {
        return learningRate;
    }

    public void setLearningRate(double learningRate) {
        this.learningRate = learningRate;
    }

    public Regularization regularization() {
        return regularization;
    }

    public void setRegularization(Regularization regularization) {
        this.regularization = regularization;
    }

    public double regularizationRate() {
        return regularizationRate;
    }

    public void setRegularizationRate(double regularizationRate) {
        this.regularizationRate = regularizationRate;
    }

    public int batchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /** Epochs trained since the last reset. */
    public int epochs() {
        return epochs;
    }

    /** Continues the epoch count of a run restored from a saved model (after {@link #reset()}). */
    public void setEpochs(int epochs) {
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs " + epochs);
        }
        this.epochs = epochs;
    }

    /** True once a parameter or a computed loss was NaN or infinite; sticky until {@link #reset()}. */
    public boolean diverged() {
        return diverged;
    }

    /** Whether L1 has zeroed and frozen the weight from unit i of layer l−1 to unit j of layer l. */
    public boolean frozen(int l, int j, int i) {
        return frozen[l][j * net.n[l - 1] + i];
    }

    /**
     * How many examples' gradients are accumulated and not yet applied: after an epoch, the
     * remainder count mod batchSize that the next epoch's first step will include.
     */
    public int pending() {
        return pending;
    }

    /** Forgets the training history (after new or restored parameters): epochs, optimiser state, frozen weights, divergence, pending gradients. */
    public void reset() {
        epochs = 0;
        pending = 0;
        diverged = false;
        resetOptimizer();
        for (boolean[] f : frozen) {
            for (int k = 0; k < f.length; k++) {
                f[k] = false;
            }
        }
        net.zeroGradients();
    }

    private void resetOptimizer() {
        beta1Power = 1;
        beta2Power = 1;
        for (int l = 0; l <= net.L; l++) {
            zero(mW[l]);
            zero(vW[l]);
            zero(mb[l]);
            zero(vb[l]);
        }
    }

    private static void zero(double[] values) {
        for (int k = 0; k < values.length; k++) {
            values[k] = 0;
        }
    }

    /**
     * One epoch over {@code count} examples: inputs flat count×n[0], targets flat count×n[L].
     * Does nothing once diverged (the parameters are no longer numbers).
     */
    public void epoch(double[] inputs, double[] targets, int count) {
        if (diverged) {
            return;
        }
        int n0 = net.n[0];
        int nL = net.n[net.L];
        int batch = batchOf(count);
        for (int k = 0; k < count; k++) {
            net.forward(inputs, k * n0);
            net.backward(loss, targets, k * nL);
            pending++;
            if ((k + 1) % batch == 0) { // batches count from the epoch's first example, whatever is pending
                update(pending);
                pending = 0;
            }
        }
        epochs++;
        if (!net.parametersFinite()) {
            diverged = true;
        }
    }

    /** The batch an epoch over {@code count} examples uses: batchSize, or all of them when they are fewer. */
    public int batchOf(int count) {
        return Math.max(1, Math.min(batchSize, count));
    }

    /** One step on the gradients accumulated over {@code count} examples, averaged; then clears them. */
    private void update(int count) {
        double scale = 1.0 / count;
        if (optimizer == Optimizer.ADAM) {
            beta1Power *= Optimizer.BETA1;
            beta2Power *= Optimizer.BETA2;
        }
        double c1 = 1 - beta1Power;
        double c2 = 1 - beta2Power;
        for (int l = 1; l <= net.L; l++) {
            double[] Wl = net.W[l];
            // a frozen weight's optimiser state moves too, unread: it stays frozen until reset() clears both
            if (optimizer == Optimizer.SGD) {
                for (int k = 0; k < Wl.length; k++) {
                    step[k] = learningRate / count * net.dW[l][k]; // TF Playground's rounding: (α/n)·Σ
                }
            } else {
                optimizer.steps(net.dW[l], scale, learningRate, mW[l], vW[l], c1, c2, step, Wl.length);
            }
            regularize(Wl, frozen[l]);
            double[] bl = net.b[l];
            if (optimizer == Optimizer.SGD) {
                for (int j = 0; j < bl.length; j++) {
                    step[j] = learningRate * net.db[l][j] / count; // and for a bias (α·Σ)/n
                }
            } else {
                optimizer.steps(net.db[l], scale, learningRate, mb[l], vb[l], c1, c2, step, bl.length);
            }
            for (int j = 0; j < bl.length; j++) {
                bl[j] -= step[j];
            }
        }
        net.zeroGradients();
    }

    /**
     * w ← (w − Δ) − αλR′(w) for the weights not frozen, R′ at the weight before the step; L1
     * sets a weight whose sign that would flip to 0 and freezes it (the class comment).
     */
    private void regularize(double[] Wl, boolean[] f) {
        double decay = learningRate * regularizationRate;
        switch (regularization) {
            case NONE: // (w − Δ) − αλ·0 is w − Δ
                for (int k = 0; k < Wl.length; k++) {
                    if (!f[k]) {
                        Wl[k] -= step[k];
                    }
                }
                break;
            case L2:
                for (int k = 0; k < Wl.length; k++) {
                    if (!f[k]) {
                        double w = Wl[k];
                        Wl[k] = (w - step[k]) - decay * w;
                    }
                }
                break;
            case L1:
                for (int k = 0; k < Wl.length; k++) {
                    if (!f[k]) {
                        double w = Wl[k];
                        double moved = w - step[k];
                        double next = moved - decay * Regularization.L1.derivative(w);
                        if (moved * next < 0) {
                            next = 0;
                            f[k] = true;
                        }
                        Wl[k] = next;
                    }
                }
                break;
            default:
                throw new IllegalStateException();
        }
    }

    /** The mean over examples of the loss summed over output units (TF Playground's "loss"); no regularisation term. */
    public double meanLoss(double[] inputs, double[] targets, int count) {
        int n0 = net.n[0];
        int L = net.L;
        int nL = net.n[L];
        double sum = 0;
        for (int k = 0; k < count; k++) {
            net.forward(inputs, k * n0);
            for (int j = 0; j < nL; j++) {
                sum += loss.value(net.a[L][j], net.z[L][j], targets[k * nL + j]);
            }
        }
        double mean = sum / count;
        if (!(Math.abs(mean) <= Double.MAX_VALUE)) {
            diverged = true;
        }
        return mean;
    }

    /** The fraction of output labels predicted right, in the ±1 label space ({@link Head#label}). */
    public double accuracy(double[] inputs, double[] targets, int count) {
        int n0 = net.n[0];
        int nL = net.n[net.L];
        Activation output = net.output();
        int correct = 0;
        for (int k = 0; k < count; k++) {
            double[] o = net.forward(inputs, k * n0);
            for (int j = 0; j < nL; j++) {
                if (Head.label(output, o[j]) == (targets[k * nL + j] > 0 ? 1 : -1)) {
                    correct++;
                }
            }
        }
        return (double) correct / (count * nL);
    }
}
