package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.DataPoint;
import backproplab.nn.Network;
import backproplab.state.HashCodec;
import backproplab.state.PlaygroundState;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaygroundTest {
    static Playground open(String link) {
        HashCodec.Parsed parsed = HashCodec.parse(link);
        assertTrue(parsed.notices().isEmpty(), parsed.notices()::toString);
        return new Playground(parsed.state(), 50);
    }

    static double[] losses(Playground p, int epochs) {
        double[] out = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            p.epoch();
            out[e] = p.trainLoss();
        }
        return out;
    }

    @Test
    void theDefaultCircleDemoLearns() {
        // seed "demo" now starts where TF Playground starts it, on a plateau it leaves only after 300 epochs
        Playground p = open("#dataset=circle&networkShape=4,2&activation=tanh&learningRate=0.03&seed=0.59704");
        double before = p.trainLoss();
        losses(p, 300);
        assertTrue(p.trainLoss() < 0.05 && p.trainLoss() < before / 5, "loss " + before + " → " + p.trainLoss());
        assertTrue(p.trainAccuracy() > 0.97);
        assertTrue(p.testAccuracy() > 0.95);
        assertEquals(300, p.epochs());
    }

    @Test
    void restartFromTheSameInitialWeightsRepeatsTheRunExactly() {
        Playground p = open("#dataset=spiral&networkShape=8,8&activation=relu&seed=s");
        double[] first = losses(p, 20);
        p.restart();
        assertEquals(0, p.epochs());
        assertArrayEquals(first, losses(p, 20));
        p.freshWeights();
        assertNotEquals(first[19], losses(p, 20)[19], "reset draws new weights");
    }

    @Test
    void theSameLinkGivesTheSameRun() {
        String link = "#dataset=xor&networkShape=4&seed=same";
        assertArrayEquals(losses(open(link), 10), losses(open(link), 10));
    }

    @Test
    void hyperparametersChangeInPlaceButTheShapeRebuildsTheNetwork() {
        Playground p = open("#dataset=circle&networkShape=4,2&seed=k");
        losses(p, 5);
        Network net = p.network();
        assertFalse(p.apply(p.state().withLearningRate(0.1).withBatchSize(3)));
        assertEquals(5, p.epochs());
        assertEquals(0.1, p.trainer().learningRate());
        assertTrue(net == p.network());
        assertTrue(p.apply(p.state().withNetworkShape(java.util.List.of(3))));
        assertEquals(0, p.epochs());
        assertEquals(3, p.network().n[1]);
    }

    @Test
    void aLearningRateOfTenDivergesAndResetRecovers() {
        Playground p = open("#dataset=spiral&networkShape=8,8,8&activation=relu&learningRate=10&seed=d");
        for (int e = 0; e < 200 && !p.diverged(); e++) {
            p.epoch();
        }
        assertTrue(p.diverged());
        assertTrue(p.divergence().contains("training loss rose to"), p.divergence());
        p.apply(p.state().withLearningRate(0.03));
        p.freshWeights();
        assertFalse(p.diverged());
        p.epoch();
        assertTrue(Double.isFinite(p.trainLoss()));
    }

    @Test
    void withNoPointsThereIsNoLossNoTrainingAndNoDivergenceUntilPointsAreAdded() {
        Playground p = open("#dataset=user&networkShape=4,2&seed=u");
        assertFalse(p.hasTrainingPoints());
        assertTrue(Double.isNaN(p.trainLoss()) && Double.isNaN(p.testLoss()), "no loss to show");
        p.epoch();
        assertEquals(0, p.epochs(), "nothing to train on: no epoch");
        assertFalse(p.diverged(), "no points is not divergence: " + p.divergence());

        p.apply(p.state().withUserPoints(List.of(new DataPoint(1, 2, 1))));
        assertTrue(p.hasTrainingPoints());
        assertEquals(1, p.data().train().count, "one point: it trains");
        assertEquals(0, p.data().test().count);
        assertTrue(Double.isFinite(p.trainLoss()));
        assertTrue(Double.isNaN(p.testLoss()), "no test points: no test loss");
        losses(p, 50);
        assertEquals(50, p.epochs());
        assertFalse(p.diverged(), p.divergence());
        assertEquals(1.0, p.trainAccuracy());
    }

    @Test
    void ordinaryRunsAreNeverCalledDiverged() {
        for (String link : new String[] {
            "#problem=regression&regDataset=reg-plane&networkShape=4,2&seed=r1",
            "#problem=regression&regDataset=reg-gauss&networkShape=8,8&activation=relu&learningRate=0.1&seed=r2",
            "#dataset=circle&networkShape=4,2&learningRate=0.3&seed=c1",
            "#dataset=xor&networkShape=&loss=log&learningRate=0.1&seed=x1",
        }) {
            Playground p = open(link);
            for (int e = 0; e < 300; e++) {
                p.epoch();
                assertFalse(p.diverged(), link + " at epoch " + e);
            }
        }
    }

    @Test
    void theGridHoldsEveryUnitsOutputAndTheOutputMatchesPredict() {
        Playground p = open("#dataset=circle&networkShape=3&seed=g");
        losses(p, 30);
        Grid g = p.grid();
        g.update();
        int r = 7;
        int c = 31;
        assertEquals(p.predict(g.x1(c), g.x2(r)), g.output()[r * g.size + c], 1e-4, "the picture's tanh (Activation.applyForPictures), a colour step being 1/256");
        assertEquals(g.x1(c), g.unit(0, 0)[r * g.size + c], 0, "layer 0 holds the input feature x₁");
        assertEquals(-6 + 3 * 12.0 / 50 / 2, g.x1(1), 1e-12);
        assertTrue(g.x2(0) > 5.8, "row 0 is the top of the plane");
        assertEquals(3, p.network().n[1]);
        for (int j = 0; j < 3; j++) {
            assertEquals(50 * 50, g.unit(1, j).length);
        }
    }

    @Test
    void noInputFeaturesStillGivesAWorkingNetwork() {
        Playground p = new Playground(PlaygroundState.DEFAULT.withFeatures(java.util.Set.of()).withSeed("z"), 10);
        assertEquals(0, p.network().n[0]);
        p.epoch();
        assertTrue(Double.isFinite(p.trainLoss()));
    }
}
