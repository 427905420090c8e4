package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.state.HashCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The playground's landscape: its centre is the loss the page shows, training or test, and its sentences say which. */
class LossLandscapeTest {
    private static Playground trained(int epochs) {
        Playground p = new Playground(HashCodec.parse("dataset=circle&networkShape=4,2&activation=tanh&seed=ls").state(), 10);
        for (int e = 0; e < epochs; e++) {
            p.epoch();
        }
        return p;
    }

    private static double centre(Playground p) {
        int n = p.landscape().size();
        return p.landscape().slice().losses()[(n / 2) * n + n / 2];
    }

    @Test
    void theCentreIsTheTrainingOrTheTestLossThePageShows() {
        Playground p = trained(20);
        p.landscape().configure(LossLandscape.Plane.RANDOM, 21, 1, false);
        p.beginLandscape();
        p.landscape().advance(Integer.MAX_VALUE);
        assertEquals(p.trainLoss(), centre(p));
        assertTrue(p.landscape().describe().get(1).startsWith("Training loss L at the current weights (the centre, epoch 20)"));

        p.landscape().configure(LossLandscape.Plane.RANDOM, 21, 1, true);
        p.beginLandscape();
        p.landscape().advance(Integer.MAX_VALUE);
        assertEquals(p.testLoss(), centre(p));
        assertTrue(p.landscape().describe().get(1).startsWith("Test loss L at the current weights"), p.landscape().describe().toString());
    }

    @Test
    void thePathsPlaneWaitsForThreeRecordedEpochsAndSaysSo() {
        Playground p = trained(1);
        p.landscape().configure(LossLandscape.Plane.PATH, 21, 1, false);
        p.beginLandscape();
        List<String> said = p.landscape().describe();
        assertEquals("The training path needs three recorded epochs for its plane: train a little first. Shown meanwhile: random directions.",
                said.get(0));
        for (int e = 0; e < 5; e++) {
            p.epoch();
        }
        p.beginLandscape();
        p.landscape().advance(Integer.MAX_VALUE);
        assertTrue(p.landscape().describe().get(0).startsWith("The plane through the current weights that best fits the 7 weights recorded since epoch 0"),
                p.landscape().describe().toString());
    }
}
