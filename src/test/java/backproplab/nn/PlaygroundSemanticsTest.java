package backproplab.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Training as TF Playground does it (docs/tf-playground.md, "Training"). */
class PlaygroundSemanticsTest {
    private static final double[] XS = {0.5, -1, -2, 0.25, 1.5, 1.5};
    private static final double[] TS = {1, -1, 1};

    private static Network network() {
        Network net = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.TANH);
        net.init(Init.PLAYGROUND, new Rng(42));
        return net;
    }

    private static double[] parameters(Network net) {
        double[] p = new double[net.parameterCount()];
        net.copyParametersTo(p);
        return p;
    }

    /** The flat gradient of example k alone at the network's current parameters. */
    private static double[] gradient(Network net, int k) {
        net.zeroGradients();
        net.forward(XS, 2 * k);
        net.backward(Loss.SQUARED, TS, k);
        double[] g = new double[net.parameterCount()];
        int i = 0;
        for (int l = 1; l <= net.L; l++) {
            for (double v : net.dW[l]) {
                g[i++] = v;
            }
            for (double v : net.db[l]) {
                g[i++] = v;
            }
        }
        net.zeroGradients();
        return g;
    }

    @Test
    void aBatchStepsOnceAlongTheGradientAveragedOverItsExamples() {
        Network net = network();
        double[] theta0 = parameters(net);
        double[] g0 = gradient(net, 0);
        double[] g1 = gradient(net, 1);
        double[] expected = new double[theta0.length];
        for (int p = 0; p < expected.length; p++) {
            expected[p] = theta0[p] - 0.1 * (g0[p] + g1[p]) / 2;
        }
        new Trainer(net, Loss.SQUARED, Optimizer.SGD, 0.1, Regularization.NONE, 0, 2).epoch(XS, TS, 2);
        assertArrayEquals(expected, parameters(net), 1e-15);
    }

    @Test
    void theRemainderOfAnEpochWaitsAndJoinsTheNextEpochsFirstUpdate() {
        Network net = network();
        Trainer trainer = new Trainer(net, Loss.SQUARED, Optimizer.SGD, 0.1, Regularization.NONE, 0, 2);
        trainer.epoch(XS, TS, 2);
        double[] theta1 = parameters(net);

        net.setParameters(parameters(network()));
        trainer.reset();
        trainer.epoch(XS, TS, 3); // batch {0, 1}; example 2 waits
        assertArrayEquals(theta1, parameters(net), 0, "the remainder takes no step of its own");
        assertEquals(1, trainer.pending());

        Network probe = network();
        probe.setParameters(theta1);
        double[] g0 = gradient(probe, 0);
        double[] g1 = gradient(probe, 1);
        double[] g2 = gradient(probe, 2);
        trainer.epoch(XS, TS, 3); // {2 of the last epoch, 0, 1}, then 2 waits again
        double[] expected = new double[theta1.length];
        for (int p = 0; p < expected.length; p++) {
            expected[p] = theta1[p] - 0.1 * (g2[p] + g0[p] + g1[p]) / 3;
        }
        assertArrayEquals(expected, parameters(net), 1e-15);
        assertEquals(1, trainer.pending());
        assertEquals(2, trainer.epochs());
        trainer.reset();
        assertEquals(0, trainer.pending(), "reset forgets what waits");
    }

    @Test
    void aSetSmallerThanABatchIsOneBatch() {
        Network net = network();
        double[] theta0 = parameters(net);
        double[] g0 = gradient(net, 0);
        double[] g1 = gradient(net, 1);
        double[] g2 = gradient(net, 2);
        Trainer trainer = new Trainer(net, Loss.SQUARED, Optimizer.SGD, 0.1, Regularization.NONE, 0, 10);
        trainer.epoch(XS, TS, 3);
        double[] expected = new double[theta0.length];
        for (int p = 0; p < expected.length; p++) {
            expected[p] = theta0[p] - 0.1 * (g0[p] + g1[p] + g2[p]) / 3;
        }
        assertArrayEquals(expected, parameters(net), 1e-15);
        assertEquals(0, trainer.pending());
    }

    @Test
    void l2ShrinksWeightsByLearningRateTimesRateAndLeavesBiasesAlone() {
        // one weight, one bias, a target the network already hits: the data gradient is zero
        Network net = new Network(new int[] {1, 1}, Activation.TANH, Activation.LINEAR);
        net.setParameters(new double[] {0.8, 0.3});
        Trainer trainer = new Trainer(net, Loss.SQUARED, Optimizer.SGD, 0.5, Regularization.L2, 0.1, 1);
        trainer.epoch(new double[] {2}, new double[] {0.8 * 2 + 0.3}, 1);
        assertEquals(0.8 * (1 - 0.5 * 0.1), net.weight(1, 0, 0), 1e-15);
        assertEquals(0.3, net.bias(1, 0));
    }

    @Test
    void regularisationNeverTouchesBiases() {
        for (Regularization r : new Regularization[] {Regularization.L1, Regularization.L2}) {
            Network plain = network();
            Network regularised = network();
            new Trainer(plain, Loss.SQUARED, Optimizer.SGD, 0.1, Regularization.NONE, 0, 3).epoch(XS, TS, 3);
            new Trainer(regularised, Loss.SQUARED, Optimizer.SGD, 0.1, r, 0.3, 3).epoch(XS, TS, 3);
            for (int l = 1; l <= plain.L; l++) {
                assertArrayEquals(plain.b[l], regularised.b[l], r.id());
                assertFalse(Arrays.equals(plain.W[l], regularised.W[l]), r.id());
            }
        }
    }

    @Test
    void l1SetsAWeightItWouldPushAcrossZeroToZeroAndFreezesIt() {
        Network net = new Network(new int[] {1, 1}, Activation.TANH, Activation.LINEAR);
        net.setParameters(new double[] {0.001, 0});
        Trainer trainer = new Trainer(net, Loss.SQUARED, Optimizer.SGD, 0.1, Regularization.L1, 0.1, 1);
        double[] x = {1};
        // o = 0.001, t = 0: the data step leaves w = 0.001 − 0.1·0.001 = 0.0009,
        // the L1 step 0.1·0.1·sign(w) = 0.01 would carry it to −0.0091: it becomes 0
        trainer.epoch(x, new double[] {0}, 1);
        assertEquals(0, net.weight(1, 0, 0));
        assertTrue(trainer.frozen(1, 0, 0));
        double bias = net.bias(1, 0);

        trainer.epoch(x, new double[] {5}, 1); // a large gradient, yet the weight stays dead
        assertEquals(0, net.weight(1, 0, 0));
        assertNotEquals(bias, net.bias(1, 0));

        trainer.reset();
        assertFalse(trainer.frozen(1, 0, 0));
        trainer.epoch(x, new double[] {5}, 1);
        assertNotEquals(0, net.weight(1, 0, 0));
    }

    @Test
    void l1PullsAWeightTowardsZeroByAConstantStepWhileItKeepsItsSign() {
        Network net = new Network(new int[] {1, 1}, Activation.TANH, Activation.LINEAR);
        net.setParameters(new double[] {-0.5, 0});
        Trainer trainer = new Trainer(net, Loss.SQUARED, Optimizer.SGD, 0.1, Regularization.L1, 0.2, 1);
        trainer.epoch(new double[] {1}, new double[] {-0.5}, 1); // zero data gradient
        assertEquals(-0.5 + 0.1 * 0.2, net.weight(1, 0, 0), 1e-15);
        assertFalse(trainer.frozen(1, 0, 0));
    }

    @Test
    void initZeroStartsEveryWeightAndBiasAtZero() {
        Network net = new Network(new int[] {2, 4, 2, 1}, Activation.TANH, Activation.TANH);
        net.init(Init.PLAYGROUND, new Rng(1));
        net.init(Init.ZERO, new Rng(1));
        double[] p = parameters(net);
        assertArrayEquals(new double[p.length], p);
    }

    @Test
    void aLearningRateThatBlowsUpIsReportedAsDivergedAndTrainingStops() {
        Network net = new Network(new int[] {2, 8, 1}, Activation.RELU, Activation.LINEAR);
        net.init(Init.PLAYGROUND, new Rng(3));
        Trainer trainer = new Trainer(net, Loss.SQUARED, Optimizer.SGD, 10, Regularization.NONE, 0, 1);
        double[] xs = {5, 5, -5, 4, 3, -6};
        double[] ts = {1, -1, 0.5};
        assertFalse(trainer.diverged());
        for (int e = 0; e < 50 && !trainer.diverged(); e++) {
            trainer.epoch(xs, ts, 3);
        }
        assertTrue(trainer.diverged());
        int epochs = trainer.epochs();
        trainer.epoch(xs, ts, 3);
        assertEquals(epochs, trainer.epochs(), "a diverged trainer does not go on");
        assertTrue(Double.isNaN(trainer.meanLoss(xs, ts, 3)) || Double.isInfinite(trainer.meanLoss(xs, ts, 3)));

        net.init(Init.PLAYGROUND, new Rng(3));
        trainer.reset();
        assertFalse(trainer.diverged());
    }

    @Test
    void theSameInitialWeightsGiveTheSameTrainingRun() {
        Network net = network();
        double[] initial = parameters(net);
        Trainer trainer = new Trainer(net, Loss.SQUARED, Optimizer.ADAM, 0.03, Regularization.L2, 0.01, 2);
        for (int e = 0; e < 20; e++) {
            trainer.epoch(XS, TS, 3);
        }
        double[] first = parameters(net);

        net.setParameters(initial);
        trainer.reset();
        for (int e = 0; e < 20; e++) {
            trainer.epoch(XS, TS, 3);
        }
        assertArrayEquals(first, parameters(net), 0);
    }
}
