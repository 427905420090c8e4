package backproplab.playground;

import backproplab.nn.Activation;
import backproplab.nn.Head;
import backproplab.nn.Loss;
import backproplab.nn.Regularization;
import backproplab.state.PlaygroundState;

/**
 * What the playground says about its own numbers, in the lecture's notation (docs/notation.md):
 * which loss the two figures are the mean of, what the heatmap's colours stand for, and why a
 * configuration will not learn. Each follows the head the network trains with ({@link Head}),
 * not the loss asked for: regression always trains a linear output under squared error.
 *
 * @param lossCaption   the sentence under "Training loss" and "Test loss"
 * @param output        the output unit the heatmap shows, e.g. "ŷ = σ(a)"
 * @param low           the value at the legend's orange end
 * @param high          the value at its blue end
 * @param hiddenWarning why the hidden layers will not learn, or null when they will
 */
public record Readout(String lossCaption, String output, String low, String high, String hiddenWarning) {

    public static Readout of(Playground p) {
        Head head = p.head();
        PlaygroundState s = p.state();
        String penalty = s.regularization() == Regularization.NONE ? ""
                : " The " + s.regularization().id() + " penalty that training adds is not part of it.";
        String caption;
        String output;
        String low = "−1";
        String high = "+1";
        if (head.loss == Loss.LOG) {
            output = "ŷ = σ(a)";
            low = "0";
            high = "1";
            caption = "Each loss is the mean, over the training or the test points, of the log loss"
                    + " −[y log ŷ + (1 − y) log(1 − ŷ)], with ŷ = σ(a) the output unit and the label ±1 read as y = 1 or 0.";
        } else if (head.activation.kind() == Activation.Kind.LINEAR) {
            output = "ŷ = a";
            low = "≤ −1"; // a linear output is not bounded: the colours stop at ±1
            high = "≥ +1";
            caption = "Each loss is the mean, over the training or the test points, of the squared error ½(ŷ − y)²,"
                    + " with ŷ = a the (linear) output unit and y the point's value.";
        } else {
            output = "ŷ = tanh(a)";
            caption = "Each loss is the mean, over the training or the test points, of the squared error ½(ŷ − y)²,"
                    + " with ŷ = tanh(a) the output unit and y the label ±1.";
        }
        return new Readout(caption + penalty, output, low, high, hiddenWarning(s));
    }

    /**
     * Step units pass no gradient back (docs/notation.md §6, step 6: δ[l] has the factor
     * σ[l]′(a[l])), so only the output unit's weights learn from the data.
     */
    private static String hiddenWarning(PlaygroundState s) {
        if (s.activation().kind() != Activation.Kind.STEP || s.networkShape().isEmpty()) {
            return null;
        }
        return "The hidden layers will not learn with the step activation: its derivative σ′(a) is 0 wherever it is"
                + " defined, so backpropagation sends δ[l] = 0 into every hidden layer and their weights and biases get no"
                + " gradient from the data. Only the output unit learns, on the hidden units' fixed steps. Choose tanh,"
                + " sigmoid or ReLU to train the hidden layers; the step belongs to the perceptron, whose own rule trains"
                + " it on the perceptron page.";
    }
}
