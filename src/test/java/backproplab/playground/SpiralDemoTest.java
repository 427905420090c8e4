package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.state.HashCodec;
import org.junit.jupiter.api.Test;

class SpiralDemoTest {
    static final String LINK = "#activation=relu&regularization=L2&batchSize=10&dataset=spiral&regDataset=reg-plane&learningRate=0.03&regularizationRate=0.001&noise=0&networkShape=8,8,8&seed=SEED&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false";

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
    void survey() {
        String[] seeds = {"0.12345", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
        int ok = 0;
        for (String s : seeds) {
            int e = epochsTo(s, 0.05, 1000);
            System.out.println("seed " + s + " -> " + e);
            ok += e > 0 ? 1 : 0;
        }
        System.out.println(ok + " of " + seeds.length);
        assertTrue(true);
    }
}
