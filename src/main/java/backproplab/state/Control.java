package backproplab.state;

import backproplab.text.Keyed;

/**
 * The controls a link can hide with {@code <id>_hide=true} (classroom mode), TF Playground's
 * first and ours after. Input features are hidden the same way, by their {@code Feature} id.
 */
public enum Control implements Keyed {
    SHOW_TEST_DATA("showTestData", "Show test data"),
    DISCRETIZE("discretize", "Discretize output"),
    PLAY_BUTTON("playButton", "Play"),
    STEP_BUTTON("stepButton", "Step"),
    RESET_BUTTON("resetButton", "Reset"),
    LEARNING_RATE("learningRate", "Learning rate"),
    ACTIVATION("activation", "Activation"),
    REGULARIZATION("regularization", "Regularization"),
    REGULARIZATION_RATE("regularizationRate", "Regularization rate"),
    PROBLEM("problem", "Problem type"),
    DATASET("dataset", "Data"),
    PERC_TRAIN_DATA("percTrainData", "Ratio of training to test data"),
    NOISE("noise", "Noise"),
    BATCH_SIZE("batchSize", "Batch size"),
    NUM_HIDDEN_LAYERS("numHiddenLayers", "Hidden layers"),
    LOSS("loss", "Loss"),
    OPTIMIZER("optimizer", "Optimizer"),
    INIT("init", "Initialisation"),
    SPEED("speed", "Speed");

    private final String id;
    private final String label;

    Control(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public static Control byId(String id) {
        return Keyed.byId(values(), id);
    }
}
