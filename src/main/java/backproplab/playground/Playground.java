package backproplab.playground;

import backproplab.data.Feature;
import backproplab.data.Points;
import backproplab.data.Split;
import backproplab.math.Rng;
import backproplab.nn.Head;
import backproplab.nn.Loss;
import backproplab.nn.Network;
import backproplab.nn.Trainer;
import backproplab.state.PlaygroundState;
import backproplab.state.Problem;
import backproplab.text.Fmt;
import java.util.List;

/**
 * The playground without the page: a configuration's data, its network, the trainer and the
 * numbers the page shows. The browser page and the JVM tests drive this same class, so a
 * figure on the page can be checked against the JVM.
 *
 * <p>Data flows one way (docs/architecture.md): state → data → network. Changing the data, the features,
 * the shape, the activation or the loss builds a new network, as TF Playground does; the
 * learning rate, regularisation, batch size and optimiser change in place while training.
 */
public final class Playground {
    private PlaygroundState state;
    private Split data;
    private Feature[] inputs;
    private double[] trainX;
    private double[] trainY;
    private double[] testX;
    private double[] testY;
    private Network net;
    private Trainer trainer;
    /**
     * TF Playground's one stream (docs/tf-playground.md, "Random stream"): seeded when the data
     * are made, it draws the points, their shuffle and then every network's starting weights.
     */
    private Rng stream;
    private double[] initialParameters;
    /** The epoch count {@link #initialParameters} had: 0 for fresh weights, a link's or a file's count for trained ones. */
    private int initialEpochs;
    private boolean lossesKnown;
    private int parametersVersion;
    /** See {@link #baselineLoss()}. */
    private double baselineLoss;
    private double trainLoss;
    private double testLoss;
    /** The training loss at epoch 0 of this run. */
    private double startLoss;
    private final Grid grid;
    private final LossLandscape landscape = new LossLandscape();
    /** The grid of a trace's network after its step, made when first asked for. */
    private Grid afterGrid;
    /** The output over the grid on the −1 … +1 picture scale, when it differs from z (a sigmoid head). */
    private double[] picture = new double[0];

    public Playground(PlaygroundState state, int gridSize) {
        this.grid = new Grid(gridSize);
        this.state = state;
        rebuildData();
        rebuildNetwork();
    }

    public PlaygroundState state() {
        return state;
    }

    public Split data() {
        return data;
    }

    public Feature[] inputs() {
        return inputs;
    }

    public Network network() {
        return net;
    }

    public Trainer trainer() {
        return trainer;
    }

    public Grid grid() {
        return grid;
    }

    /**
     * Moves to a new configuration, rebuilding only what it changed. Returns true when the
     * network was rebuilt (the training starts over).
     */
    public boolean apply(PlaygroundState next) {
        PlaygroundState old = state;
        state = next;
        boolean dataChanged = !old.dataKind().equals(next.dataKind()) || old.noise() != next.noise()
                || old.percTrainData() != next.percTrainData() || !old.seed().equals(next.seed())
                || !old.userPoints().equals(next.userPoints()) || old.problem() != next.problem();
        boolean inputsChanged = !java.util.Arrays.equals(Feature.inOrder(old.features()), Feature.inOrder(next.features()))
                || !old.hiddenFeatures().equals(next.hiddenFeatures());
        boolean netChanged = inputsChanged || dataChanged || !old.networkShape().equals(next.networkShape())
                || !old.activation().equals(next.activation()) || old.loss() != next.loss() || old.init() != next.init();
        if (dataChanged) {
            rebuildData();
        } else if (inputsChanged) {
            useInputs();
        }
        if (netChanged) {
            rebuildNetwork();
            return true;
        }
        trainer.setLearningRate(next.learningRate());
        trainer.setRegularization(next.regularization());
        trainer.setRegularizationRate(next.regularizationRate());
        trainer.setBatchSize(next.batchSize());
        if (trainer.optimizer() != next.optimizer()) {
            trainer.setOptimizer(next.optimizer());
        }
        return false;
    }

    private void rebuildData() {
        stream = Rng.fromString(state.seed());
        useData(state.data(stream));
    }

    private void useData(Split split) {
        data = split;
        useInputs();
    }

    private void useInputs() {
        inputs = state.inputs();
        trainX = features(data.train(), inputs);
        trainY = data.train().label;
        testX = features(data.test(), inputs);
        testY = data.test().label;
    }

    private static double[] features(Points points, Feature[] inputs) {
        int n0 = inputs.length;
        double[] out = new double[points.count * n0];
        double[] row = new double[n0];
        for (int k = 0; k < points.count; k++) {
            Feature.fill(inputs, points.x1[k], points.x2[k], row);
            System.arraycopy(row, 0, out, k * n0, n0);
        }
        return out;
    }

    private void rebuildNetwork() {
        List<Integer> shape = state.networkShape();
        int[] sizes = new int[shape.size() + 2];
        sizes[0] = inputs.length;
        for (int l = 0; l < shape.size(); l++) {
            sizes[l + 1] = shape.get(l);
        }
        sizes[sizes.length - 1] = 1;
        Head head = head();
        net = new Network(sizes, state.activation(), head.activation);
        trainer = new Trainer(net, head.loss, state.optimizer(), state.learningRate(), state.regularization(),
                state.regularizationRate(), state.batchSize());
        initialParameters = new double[net.parameterCount()];
        baselineLoss = computeBaselineLoss();
        freshWeights();
        grid.attach(net, inputs);
    }

    /** The output unit and loss this configuration trains with (docs/notation.md §2 and TF Playground). */
    public Head head() {
        return Head.of(state.problem() == Problem.CLASSIFICATION, state.loss());
    }

    /** Reset: new random weights, the next draws of the stream (no reseeding, as in TF Playground), epoch 0. */
    public void freshWeights() {
        net.init(state.init(), stream);
        net.copyParametersTo(initialParameters);
        initialEpochs = 0;
        trainer.reset();
        parametersEdited();
        startLoss = trainLoss();
        landscape.restart(net, trainer.epochs());
    }

    /** "Restart from the same initial weights": the run starts over exactly as before, at the epoch those weights had. */
    public void restart() {
        net.setParameters(initialParameters);
        trainer.reset();
        trainer.setEpochs(initialEpochs);
        parametersEdited();
        startLoss = trainLoss();
        landscape.restart(net, trainer.epochs());
    }

    /**
     * Starts from these weights and biases (in {@link Network#copyParametersTo} order, e.g. from
     * a link) trained for {@code epochs} epochs, which the counter goes on from; "restart" comes
     * back to both.
     */
    public void loadParameters(double[] parameters, int epochs) {
        if (parameters.length != net.parameterCount()) {
            throw new IllegalArgumentException(parameters.length + " parameters for a network of " + net.parameterCount());
        }
        net.setParameters(parameters);
        net.copyParametersTo(initialParameters);
        trainer.reset();
        trainer.setEpochs(epochs);
        initialEpochs = epochs;
        parametersEdited();
        startLoss = trainLoss();
        landscape.restart(net, trainer.epochs());
    }

    /**
     * Becomes the saved model exactly: its configuration, its data as saved (not regenerated),
     * its weights and biases (which "restart" then comes back to) and its epoch count.
     */
    public void load(ModelFile.Model model) {
        state = model.state();
        stream = Rng.fromString(state.seed()); // the saved data are not drawn: the stream starts at the weights
        useData(model.data());
        rebuildNetwork();
        loadParameters(model.parameters(), model.epochs());
    }

    /** Whether there is anything to train on: the student's own data set starts with no points. */
    public boolean hasTrainingPoints() {
        return data.train().count > 0;
    }

    /** One epoch over the training data (TF Playground's one step); without training points, nothing (no epoch is counted). */
    public void epoch() {
        if (!hasTrainingPoints()) {
            return;
        }
        trainer.epoch(trainX, trainY, data.train().count);
        parametersEdited();
        landscape.record(net, trainer.epochs());
    }

    /** The parameters changed (by training, or by hand on the page): pictures and losses are out of date. */
    public void parametersEdited() {
        grid.invalidate();
        lossesKnown = false;
        parametersVersion++;
    }

    /**
     * A count that moves whenever the parameters may have changed (trained, edited, loaded, or a
     * new network): what a picture made from them checks to know it is out of date.
     */
    public int parametersVersion() {
        return parametersVersion;
    }

    public int epochs() {
        return trainer.epochs();
    }

    /** The training loss and the epoch this run started from (fresh, restarted or loaded weights). */
    public double startLoss() {
        return startLoss;
    }

    public int startEpoch() {
        return initialEpochs;
    }

    /**
     * Whether training has gone wrong for good: a number became NaN or infinite, or the steps
     * overshot so far that the training loss is half again above both the loss it started from
     * and {@link #baselineLoss()}, the loss of a network that ignores its input. With a learning rate of 10 both happen: the
     * weights either blow up or jump to where tanh saturates and ReLUs die, and stay there.
     */
    public boolean diverged() {
        return divergence() != null;
    }

    /** Why training diverged, in a sentence for the page, or null while it has not. */
    public String divergence() {
        if (!hasTrainingPoints()) {
            return null; // no loss to rise: training waits for points (see hasTrainingPoints)
        }
        String overflow = overflow();
        if (overflow != null) {
            return overflow;
        }
        double loss = trainLoss();
        double bound = 1.5 * Math.max(baselineLoss(), startLoss);
        if (!(loss <= bound)) {
            return "the training loss rose to " + Fmt.num(loss, 3) + ", far above the " + Fmt.num(baselineLoss(), 3)
                    + " of a network that always answers " + (head().loss == Loss.LOG ? "½" : "0")
                    + ": the steps overshoot and the units saturate";
        }
        return null;
    }

    /** The first half of {@link #divergence}, without computing the loss: whether a weight is NaN or ∞. */
    public String overflow() {
        if (trainer.diverged() || !net.parametersFinite()) {
            return "the weights are no longer numbers (NaN or ∞): each step overshot further than the last";
        }
        return null;
    }

    /**
     * The mean loss of always answering the output unit's midpoint (0 for tanh and linear, ½
     * for a sigmoid): ½ mean t² under squared error, log 2 under log loss.
     */
    public double baselineLoss() {
        return baselineLoss;
    }

    /** Computed once per network (the data, the problem and the loss are fixed for its lifetime), not per epoch. */
    private double computeBaselineLoss() {
        if (head().loss == Loss.LOG) {
            return Math.log(2);
        }
        double sum = 0;
        for (int k = 0; k < data.train().count; k++) {
            sum += 0.5 * trainY[k] * trainY[k];
        }
        return data.train().count == 0 ? 0 : sum / data.train().count;
    }

    /** The mean training loss (without the regularisation term, as TF Playground shows it); NaN without training points. */
    public double trainLoss() {
        knowLosses();
        return trainLoss;
    }

    public double testLoss() {
        knowLosses();
        return testLoss;
    }

    /** Both losses once per change of the parameters: the chart, the figures and divergence() all read them. */
    private void knowLosses() {
        if (!lossesKnown) {
            // the mean of no losses is no number, and must not count as divergence in the trainer
            trainLoss = hasTrainingPoints() ? trainer.meanLoss(trainX, trainY, data.train().count) : Double.NaN;
            testLoss = data.test().count == 0 ? Double.NaN : trainer.meanLoss(testX, testY, data.test().count);
            lossesKnown = true;
        }
    }

    /** Fraction of training points classified right (classification only). */
    public double trainAccuracy() {
        return trainer.accuracy(trainX, trainY, data.train().count);
    }

    public double testAccuracy() {
        return data.test().count == 0 ? Double.NaN : trainer.accuracy(testX, testY, data.test().count);
    }

    /**
     * The output unit over the grid on the picture's −1 … +1 scale (orange … blue): z itself for
     * a tanh or linear output; 2z − 1 for a sigmoid, whose decision boundary z = ½ then shows
     * white like tanh's z = 0 (docs/notation.md §2: predict 1 if σ(a) &gt; 0.5). Of the grid as it is:
     * bring it up to date first ({@link Grid#update}, or {@link Grid#advance} until it is complete).
     */
    public double[] outputPicture() {
        double[] shown = onPictureScale(grid.output(), picture);
        if (shown != grid.output()) {
            picture = shown;
        }
        return shown;
    }

    /** z, or 2z − 1 into {@code buffer} (made anew when it is not z's size) for a sigmoid head. */
    private double[] onPictureScale(double[] z, double[] buffer) {
        if (head().activation.kind() != backproplab.nn.Activation.Kind.SIGMOID) {
            return z;
        }
        double[] out = buffer.length == z.length ? buffer : new double[z.length];
        for (int k = 0; k < z.length; k++) {
            out[k] = 2 * z[k] - 1;
        }
        return out;
    }

    /**
     * Traces training point {@code point} (in training order) through the network as it is now:
     * forward, backward and one step on its batch ({@link PointTrace}).
     */
    public PointTrace trace(int point) {
        Points train = data.train();
        return new PointTrace(net, trainer, trainX, trainY, train.count, point, train.x1[point], train.x2[point]);
    }

    /**
     * The output over the grid after the trace's step, on the picture scale of {@link #outputPicture}:
     * the heatmap the step would leave.
     */
    public double[] pictureAfter(PointTrace trace) {
        if (afterGrid == null || afterGrid.size != grid.size) {
            afterGrid = new Grid(grid.size);
        }
        afterGrid.attach(trace.after, inputs);
        afterGrid.update();
        return onPictureScale(afterGrid.output(), new double[0]);
    }

    /** The training point nearest (x1, x2) within {@code reach}, or −1: what a click on the plot picks. */
    public int trainingPointNear(double x1, double x2, double reach) {
        Points train = data.train();
        int best = -1;
        double bestDistance = reach * reach;
        for (int k = 0; k < train.count; k++) {
            double dx = train.x1[k] - x1;
            double dy = train.x2[k] - x2;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    /** The training data as hidden layer {@code layer} (1 … L−1) sees it now. */
    public HiddenSpace hiddenSpace(int layer) {
        return new HiddenSpace(net, layer, trainX, trainY, data.train().count);
    }

    /** The loss landscape: its settings, the path recorded so far, the slice last begun. */
    public LossLandscape landscape() {
        return landscape;
    }

    /** Begins a slice of the training (or, if the landscape asks, the test) loss through the current weights ({@link LossLandscape}). */
    public void beginLandscape() {
        if (landscape.testLoss()) {
            landscape.begin(net, trainer, testX, testY, data.test().count, state.seed());
        } else {
            landscape.begin(net, trainer, trainX, trainY, data.train().count, state.seed());
        }
    }

    /** The network's output for one point of the plane. */
    public double predict(double x1, double x2) {
        double[] row = grid.row();
        Feature.fill(inputs, x1, x2, row);
        return net.forward(row)[0];
    }
}
