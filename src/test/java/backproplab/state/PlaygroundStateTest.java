package backproplab.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import backproplab.data.DataKind;
import backproplab.data.DataPoint;
import backproplab.data.Feature;
import backproplab.nn.Activation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaygroundStateTest {
    private static final PlaygroundState D = PlaygroundState.DEFAULT;

    @Test
    void withMethodsChangeOneFieldAndLeaveTheOriginalAlone() {
        PlaygroundState s = D.withBatchSize(30);
        assertEquals(30, s.batchSize());
        assertEquals(10, D.batchSize());
        assertEquals(D, s.withBatchSize(10), "value equality");
        assertNotEquals(D, s);
    }

    @Test
    void theConstructorClampsEveryFieldSoEveryStateIsValid() {
        PlaygroundState s = D.withBatchSize(0).withLearningRate(Double.NaN).withRegularizationRate(-1).withNoise(1e308)
                .withPercTrainData(0).withNetworkShape(List.of(100, 0, 1, 1, 1, 1, 1, 1)).withSpeed(99)
                .withActivation(new Activation(Activation.Kind.RELU, 5)).withDataset(DataKind.REG_GAUSS)
                .withSeed("x".repeat(500));
        assertEquals(1, s.batchSize());
        assertEquals(0.03, s.learningRate());
        assertEquals(0.0, s.regularizationRate());
        assertEquals(50.0, s.noise());
        assertEquals(10.0, s.percTrainData());
        assertEquals(List.of(8, 1, 1, 1, 1, 1), s.networkShape());
        assertEquals(20, s.speed());
        assertEquals(Activation.RELU, s.activation(), "only LeakyReLU keeps a slope");
        assertEquals(DataKind.CIRCLE, s.dataset(), "a regression set cannot be the classification set");
        assertEquals(100, s.seed().length());
        assertEquals(0.0, D.withRegularizationRate(-0.0).regularizationRate(), "−0 is 0, so equal states write equal links");
    }

    @Test
    void collectionsAreCopiedAndCannotBeChangedAfterwards() {
        List<Integer> shape = new ArrayList<>(List.of(2, 2));
        PlaygroundState s = D.withNetworkShape(shape);
        shape.add(3);
        assertEquals(List.of(2, 2), s.networkShape());
        assertThrows(UnsupportedOperationException.class, () -> s.networkShape().add(1));
        assertThrows(UnsupportedOperationException.class, () -> s.features().add(Feature.SIN_X));
    }

    @Test
    void studentPointsOutsideThePlotOrWithoutANumberLabelAreDropped() {
        PlaygroundState s = D.withUserPoints(List.of(new DataPoint(1, 1, 1), new DataPoint(7, 0, 1), new DataPoint(0, 0, Double.NaN)));
        assertEquals(List.of(new DataPoint(1, 1, 1)), s.userPoints());
    }

    @Test
    void inputsAreTheFeaturesOnAndNotHiddenInFeatureOrder() {
        PlaygroundState s = D.withFeature(Feature.SIN_Y, true).withFeature(Feature.X_SQUARED, true).withFeature(Feature.X, false);
        assertArrayEquals(new Feature[] {Feature.Y, Feature.X_SQUARED, Feature.SIN_Y}, s.inputs());
    }

    @Test
    void theDataFollowsProblemDatasetNoiseSplitAndSeed() {
        PlaygroundState s = D.withSeed("demo").withPercTrainData(70);
        assertEquals(350, s.data().train().count);
        assertEquals(150, s.data().test().count);
        assertEquals(s.data().train().fingerprint(), D.withSeed("demo").withPercTrainData(70).data().train().fingerprint());
        PlaygroundState r = s.withProblem(Problem.REGRESSION);
        assertEquals(DataKind.REG_PLANE, r.dataKind());
        assertEquals(840, r.data().train().count);
    }
}
