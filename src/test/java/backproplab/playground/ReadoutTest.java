package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.state.HashCodec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReadoutTest {
    private static Readout readout(String hash) {
        return Readout.of(new Playground(HashCodec.parse("seed=r&" + hash).state(), 10));
    }

    @Test
    void squaredErrorIsNamedWithTheTanhOutputAndItsLegendRunsFromMinusOneToOne() {
        Readout r = readout("networkShape=3");
        assertEquals("Each loss is the mean, over the training or the test points, of the squared error ½(ŷ − y)²,"
                + " with ŷ = tanh(a) the output unit and y the label ±1.", r.lossCaption());
        assertEquals("ŷ = tanh(a)", r.output());
        assertEquals("−1", r.low());
        assertEquals("+1", r.high());
    }

    @Test
    void logLossIsNamedAndTheLegendOfTheSigmoidOutputRunsFromZeroToOne() {
        Readout r = readout("networkShape=3&loss=log");
        assertEquals("Each loss is the mean, over the training or the test points, of the log loss"
                + " −[y log ŷ + (1 − y) log(1 − ŷ)], with ŷ = σ(a) the output unit and the label ±1 read as y = 1 or 0.",
                r.lossCaption());
        assertEquals("ŷ = σ(a)", r.output());
        assertEquals("0", r.low());
        assertEquals("1", r.high());
    }

    @Test
    void regressionTrainsALinearOutputUnderSquaredErrorWhateverTheLossAsked() {
        Readout r = readout("problem=regression&loss=log");
        assertEquals("Each loss is the mean, over the training or the test points, of the squared error ½(ŷ − y)²,"
                + " with ŷ = a the (linear) output unit and y the point's value.", r.lossCaption());
        assertEquals("ŷ = a", r.output());
        assertEquals("≤ −1", r.low());
        assertEquals("≥ +1", r.high());
    }

    @Test
    void theFiguresSayTheyLeaveTheRegularisationPenaltyOut() {
        assertTrue(readout("networkShape=3&regularization=L2&regularizationRate=0.3").lossCaption()
                .endsWith("y the label ±1. The L2 penalty that training adds is not part of it."));
    }

    @Test
    void stepHiddenUnitsAreWarnedAboutAndTrulyDoNotLearn() {
        String config = "seed=r&dataset=circle&activation=step&networkShape=4,2&learningRate=0.3";
        Playground p = new Playground(HashCodec.parse(config).state(), 10);
        assertEquals("The hidden layers will not learn with the step activation: its derivative σ′(a) is 0 wherever it is"
                + " defined, so backpropagation sends δ[l] = 0 into every hidden layer and their weights and biases get no"
                + " gradient from the data. Only the output unit learns, on the hidden units' fixed steps. Choose tanh,"
                + " sigmoid or ReLU to train the hidden layers; the step belongs to the perceptron, whose own rule trains"
                + " it on the perceptron page.", Readout.of(p).hiddenWarning());
        int hidden = 2 * 4 + 4 + 4 * 2 + 2; // W[1], b[1], W[2], b[2]
        double[] before = new double[p.network().parameterCount()];
        p.network().copyParametersTo(before);
        for (int e = 0; e < 20; e++) {
            p.epoch();
        }
        double[] after = new double[before.length];
        p.network().copyParametersTo(after);
        assertArrayEquals(Arrays.copyOf(before, hidden), Arrays.copyOf(after, hidden), "hidden layers");
        assertFalse(Arrays.equals(before, after), "the output unit learns");

        assertNull(readout("activation=step&networkShape=").hiddenWarning(), "no hidden layer: the step is not used");
        assertNull(readout("activation=tanh&networkShape=4,2").hiddenWarning());
    }
}
