package backproplab.state;

import backproplab.data.DataKind;
import backproplab.data.DataPoint;
import backproplab.data.Datasets;
import backproplab.data.Feature;
import backproplab.data.Split;
import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Loss;
import backproplab.nn.Optimizer;
import backproplab.nn.Regularization;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The whole playground configuration as one immutable value: every key of a TF Playground
 * link and ours (docs/tf-playground.md). Every instance is valid: the constructor clamps each
 * field to {@link Limits} and fills nulls with defaults, silently; {@link HashCodec} is the
 * place that tells the student what it changed. Change a field with its {@code with…} method.
 *
 * <p>The default is TF Playground's default, except the seed: there it is random, here it is
 * empty, meaning "the page picks one" ({@link #withSeed}) so the JVM never depends on chance.
 *
 * @param activation the hidden units' activation; LeakyReLU carries its slope (0 … 1)
 * @param batchSize 1 … 100
 * @param dataset the classification data set
 * @param regDataset the regression data set
 * @param learningRate α in (0, 10]
 * @param regularizationRate λ in [0, 10]
 * @param noise percent, 0 … 50
 * @param networkShape hidden-layer sizes, 0 … 6 layers of 1 … 8 units; empty: no hidden layer
 * @param seed "" means: the page picks one (as TF Playground picks a random one) and stores it here
 * @param percTrainData percent of the points that train, 10 … 90
 * @param features the input features switched on
 * @param collectStats kept for TF Playground links; unused there too
 * @param tutorial kept for TF Playground links; ignored
 * @param init TF Playground's initZero is Init.ZERO
 * @param hidden controls hidden by &lt;id&gt;_hide
 * @param hiddenFeatures features removed by &lt;id&gt;_hide: not shown and not fed to the network
 * @param speed epochs per animation frame, 1 … 20
 * @param firstLayerLines draw each first-layer unit's line w·x + b = 0 over the data
 * @param userPoints the student's own points (data set user / reg-user)
 */
public record PlaygroundState(
        Activation activation,
        Regularization regularization,
        int batchSize,
        DataKind dataset,
        DataKind regDataset,
        double learningRate,
        double regularizationRate,
        double noise,
        List<Integer> networkShape,
        String seed,
        boolean showTestData,
        boolean discretize,
        double percTrainData,
        Set<Feature> features,
        boolean collectStats,
        String tutorial,
        Problem problem,
        Init init,
        boolean hideText,
        Set<Control> hidden,
        Set<Feature> hiddenFeatures,
        Loss loss,
        Optimizer optimizer,
        int speed,
        boolean firstLayerLines,
        boolean highContrast,
        List<DataPoint> userPoints) {

    public static final PlaygroundState DEFAULT = new PlaygroundState(
            Activation.TANH, Regularization.NONE, 10, DataKind.CIRCLE, DataKind.REG_PLANE, 0.03, 0, 0,
            List.of(4, 2), "", false, false, 50, Set.of(Feature.X, Feature.Y), false, "",
            Problem.CLASSIFICATION, Init.PLAYGROUND, false, Set.of(), Set.of(), Loss.SQUARED, Optimizer.SGD, 1,
            false, false, List.of());

    public PlaygroundState {
        activation = activation == null ? Activation.TANH
                : activation.kind() == Activation.Kind.LEAKY_RELU
                        ? Activation.leakyRelu(Limits.clamp(activation.slope(), 0, Limits.MAX_LEAKY_SLOPE, Activation.DEFAULT_LEAKY_SLOPE))
                        : Activation.of(activation.kind());
        regularization = regularization == null ? Regularization.NONE : regularization;
        batchSize = Limits.clamp(batchSize, Limits.MIN_BATCH, Limits.MAX_BATCH);
        dataset = dataset == null || dataset.regression() ? DataKind.CIRCLE : dataset;
        regDataset = regDataset == null || !regDataset.regression() ? DataKind.REG_PLANE : regDataset;
        learningRate = learningRate > 0 ? Limits.clamp(learningRate, 0, Limits.MAX_LEARNING_RATE, 0.03) : 0.03;
        regularizationRate = Limits.clamp(regularizationRate, 0, Limits.MAX_REGULARIZATION_RATE, 0);
        noise = Limits.clamp(noise, 0, Limits.MAX_NOISE, 0);
        networkShape = shape(networkShape);
        seed = text(seed);
        percTrainData = Limits.clamp(percTrainData, Limits.MIN_PERC_TRAIN, Limits.MAX_PERC_TRAIN, 50);
        features = features == null ? Set.of() : Set.copyOf(features);
        tutorial = text(tutorial);
        problem = problem == null ? Problem.CLASSIFICATION : problem;
        init = init == null ? Init.PLAYGROUND : init;
        hidden = hidden == null ? Set.of() : Set.copyOf(hidden);
        hiddenFeatures = hiddenFeatures == null ? Set.of() : Set.copyOf(hiddenFeatures);
        loss = loss == null ? Loss.SQUARED : loss;
        optimizer = optimizer == null ? Optimizer.SGD : optimizer;
        speed = Limits.clamp(speed, Limits.MIN_SPEED, Limits.MAX_SPEED);
        userPoints = points(userPoints);
    }

    private static List<Integer> shape(List<Integer> shape) {
        List<Integer> out = new ArrayList<>();
        if (shape != null) {
            for (int i = 0; i < shape.size() && out.size() < Limits.MAX_LAYERS; i++) {
                Integer units = shape.get(i);
                out.add(Limits.clamp(units == null ? Limits.MIN_UNITS : units, Limits.MIN_UNITS, Limits.MAX_UNITS));
            }
        }
        return List.copyOf(out);
    }

    /** At most MAX_TEXT characters, and no unpaired surrogate (a link could not carry it). */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < Limits.MAX_TEXT; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (out.length() + 2 > Limits.MAX_TEXT) {
                    break;
                }
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** Keeps the first MAX_USER_POINTS points inside the plotted square with a finite label. */
    static List<DataPoint> points(List<DataPoint> points) {
        List<DataPoint> out = new ArrayList<>();
        if (points != null) {
            for (DataPoint p : points) {
                if (out.size() < Limits.MAX_USER_POINTS && p != null && validPoint(p.x1(), p.x2(), p.label())) {
                    out.add(new DataPoint(p.x1() + 0.0, p.x2() + 0.0, p.label() + 0.0)); // −0 → 0
                }
            }
        }
        return List.copyOf(out);
    }

    static boolean validPoint(double x1, double x2, double label) {
        return Math.abs(x1) <= Limits.DOMAIN && Math.abs(x2) <= Limits.DOMAIN && label - label == 0;
    }

    /** The data set in use: {@code dataset} for classification, {@code regDataset} for regression. */
    public DataKind dataKind() {
        return problem == Problem.REGRESSION ? regDataset : dataset;
    }

    /** The network's inputs: the features switched on and not hidden, in {@link Feature} order. */
    public Feature[] inputs() {
        Feature[] on = Feature.inOrder(features);
        int n = 0;
        for (Feature f : on) {
            n += hiddenFeatures.contains(f) ? 0 : 1;
        }
        Feature[] result = new Feature[n];
        int i = 0;
        for (Feature f : on) {
            if (!hiddenFeatures.contains(f)) {
                result[i++] = f;
            }
        }
        return result;
    }

    /** The training and test points this configuration describes (same seed, same points). */
    public Split data() {
        return data(Rng.fromString(seed));
    }

    /** The same points drawn from {@code stream} (seeded by this state's seed), which then goes on to the weights. */
    public Split data(Rng stream) {
        return Datasets.build(dataKind(), noise / 100, percTrainData, stream, userPoints);
    }

    /** This state with feature {@code f} switched on or off. */
    public PlaygroundState withFeature(Feature f, boolean on) {
        Set<Feature> next = new java.util.HashSet<>(features);
        if (on) {
            next.add(f);
        } else {
            next.remove(f);
        }
        return withFeatures(next);
    }

    /** This state with control {@code c} hidden or shown. */
    public PlaygroundState withHidden(Control c, boolean hide) {
        Set<Control> next = new java.util.HashSet<>(hidden);
        if (hide) {
            next.add(c);
        } else {
            next.remove(c);
        }
        return withHidden(next);
    }

    public PlaygroundState withActivation(Activation value) {
        return new PlaygroundState(value, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withRegularization(Regularization value) {
        return new PlaygroundState(activation, value, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withBatchSize(int value) {
        return new PlaygroundState(activation, regularization, value, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withDataset(DataKind value) {
        return new PlaygroundState(activation, regularization, batchSize, value, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withRegDataset(DataKind value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, value, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withLearningRate(double value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, value, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withRegularizationRate(double value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, value, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withNoise(double value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, value, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withNetworkShape(List<Integer> value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, value, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withSeed(String value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, value, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withShowTestData(boolean value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, value, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withDiscretize(boolean value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, value, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withPercTrainData(double value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, value, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withFeatures(Set<Feature> value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, value, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withCollectStats(boolean value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, value, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withTutorial(String value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, value, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withProblem(Problem value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, value, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withInit(Init value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, value, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    /**
     * This state without what belongs to the classroom link it came from: no hidden controls or
     * features, the explanation shown. A restored session is the student's own playground.
     */
    public PlaygroundState withoutClassroomKeys() {
        return withHidden(Set.of()).withHiddenFeatures(Set.of()).withHideText(false);
    }

    public PlaygroundState withHideText(boolean value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, value, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withHidden(Set<Control> value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, value, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withHiddenFeatures(Set<Feature> value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, value, loss, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withLoss(Loss value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, value, optimizer, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withOptimizer(Optimizer value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, value, speed, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withSpeed(int value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, value, firstLayerLines, highContrast, userPoints);
    }

    public PlaygroundState withFirstLayerLines(boolean value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, value, highContrast, userPoints);
    }

    public PlaygroundState withHighContrast(boolean value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, value, userPoints);
    }

    public PlaygroundState withUserPoints(List<DataPoint> value) {
        return new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate, regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats, tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast, value);
    }
}
