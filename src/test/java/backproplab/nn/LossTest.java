package backproplab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The losses and output heads: values worked out by hand, and log loss that never overflows. */
class LossTest {
    private static final double LN3 = Math.log(3);

    private static double logLoss(double a, double t) {
        return Loss.LOG.value(a, Activation.sigmoid(a), t);
    }

    private static double logDelta(double a, double t) {
        return Loss.LOG.delta(Activation.SIGMOID, a, Activation.sigmoid(a), t);
    }

    @Test
    void squaredErrorIsNamedInTheLecturesNotationOutputYHatTargetY() {
        assertEquals("squared error ½(ŷ−y)²", Loss.SQUARED.label());
        assertEquals(0.5 * 0.3 * 0.3, Loss.SQUARED.value(0, 0.2, -0.1), 1e-15, "½(ŷ−y)² at ŷ = 0.2, y = −0.1");
    }

    @Test
    void logLossMatchesTheNegativeLogLikelihoodAtHandPickedLogits() {
        // a = 0: σ = ½, so −log ½ = ln 2 whatever the label
        assertEquals(Math.log(2), logLoss(0, 1), 1e-15);
        assertEquals(Math.log(2), logLoss(0, -1), 1e-15);
        // a = ln 3: σ = 3/4, so −log ¾ = ln(4/3) for y = 1 and −log ¼ = ln 4 for y = 0
        assertEquals(Math.log(4.0 / 3), logLoss(LN3, 1), 1e-15);
        assertEquals(Math.log(4), logLoss(LN3, -1), 1e-15);
        // a = −ln 3: σ = 1/4
        assertEquals(Math.log(4), logLoss(-LN3, 1), 1e-15);
        assertEquals(Math.log(4.0 / 3), logLoss(-LN3, -1), 1e-15);
    }

    @Test
    void logLossDeltaIsSigmoidMinusTheZeroOneLabel() {
        assertEquals(0.75 - 1, logDelta(LN3, 1), 1e-15);
        assertEquals(0.75, logDelta(LN3, -1), 1e-15);
        assertEquals(0.5, logDelta(0, -1), 1e-15);
    }

    @Test
    void logLossAndItsGradientStayFiniteAndCorrectForHugeLogits() {
        for (double a : new double[] {1e4, -1e4, 745, -745, 1e300, -1e300}) {
            for (double t : new double[] {1, -1}) {
                double value = logLoss(a, t);
                double delta = logDelta(a, t);
                assertTrue(Double.isFinite(value) && Double.isFinite(delta), "a=" + a + " t=" + t);
                boolean right = (a > 0) == (t > 0);
                // confidently right costs nothing; confidently wrong costs |a| (−log σ(−|a|) → |a|)
                assertEquals(right ? 0 : Math.abs(a), value, 1e-12 * Math.abs(a));
                assertEquals(right ? 0 : (t > 0 ? -1 : 1), delta, 1e-15);
            }
        }
    }

    @Test
    void logLossStaysFiniteThroughANetworkWhoseOutputSaturates() {
        Network net = new Network(new int[] {1, 1}, Activation.TANH, Activation.SIGMOID);
        net.setWeight(1, 0, 0, 1e4);
        Trainer trainer = new Trainer(net, Loss.LOG, Optimizer.SGD, 0.1, Regularization.NONE, 0, 1);
        double[] x = {-1, 1};
        double[] t = {1, -1}; // both confidently wrong: loss 1e4 each
        assertEquals(1e4, trainer.meanLoss(x, t, 2), 1e-9);
        trainer.epoch(x, t, 2);
        assertTrue(!trainer.diverged() && Double.isFinite(net.weight(1, 0, 0)));
    }

    @Test
    void squaredErrorIsHalfTheSquareAndItsDeltaCarriesTheOutputSlope() {
        double a = 0.5 * LN3; // tanh a = ½
        double z = Activation.tanh(a);
        assertEquals(0.5, z, 1e-15);
        assertEquals(0.5 * 1.5 * 1.5, Loss.SQUARED.value(a, z, -1), 1e-15);
        // δ = (z − t)·tanh′(a) = 1.5 · (1 − ¼)
        assertEquals(1.5 * 0.75, Loss.SQUARED.delta(Activation.TANH, a, z, -1), 1e-15);
        assertEquals(-2.5, Loss.SQUARED.delta(Activation.LINEAR, 0.5, 0.5, 3), 0);
    }

    @Test
    void headsPairTheOutputWithTheLossAsTfPlaygroundAndLogisticRegressionDo() {
        assertEquals(Head.TANH_SQUARED, Head.of(true, Loss.SQUARED));
        assertEquals(Head.SIGMOID_LOG, Head.of(true, Loss.LOG));
        assertEquals(Head.LINEAR_SQUARED, Head.of(false, Loss.SQUARED));
        assertEquals(Head.LINEAR_SQUARED, Head.of(false, Loss.LOG));
        assertEquals(Activation.SIGMOID, Head.SIGMOID_LOG.activation);
        assertEquals(Loss.LOG, Head.SIGMOID_LOG.loss);
    }

    @Test
    void predictedLabelsAreTheSignOfTanhAndTheHalfwayMarkOfSigmoid() {
        assertEquals(1, Head.label(Activation.TANH, 0.01));
        assertEquals(-1, Head.label(Activation.TANH, -0.01));
        assertEquals(1, Head.label(Activation.SIGMOID, 0.51));
        assertEquals(-1, Head.label(Activation.SIGMOID, 0.49));
        assertEquals(-1, Head.label(Activation.SIGMOID, 0.2)); // positive, yet below ½
    }

    @Test
    void logLossRefusesAnOutputThatIsNotASigmoid() {
        Network net = new Network(new int[] {2, 1}, Activation.TANH, Activation.TANH);
        assertThrows(IllegalArgumentException.class,
                () -> new Trainer(net, Loss.LOG, Optimizer.SGD, 0.1, Regularization.NONE, 0, 1));
        Trainer trainer = new Trainer(net, Loss.SQUARED, Optimizer.SGD, 0.1, Regularization.NONE, 0, 1);
        assertThrows(IllegalArgumentException.class, () -> trainer.setLoss(Loss.LOG));
        trainer.setHead(Head.SIGMOID_LOG);
        assertEquals(Activation.SIGMOID, net.output());
        assertEquals(Loss.LOG, trainer.loss());
    }
}
