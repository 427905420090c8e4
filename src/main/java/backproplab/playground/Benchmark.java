package backproplab.playground;

import backproplab.state.HashCodec;
import backproplab.text.Fmt;
import java.util.Arrays;

/**
 * The engine's figures for docs/benchmarks.md, measured wherever this runs (the compiled page
 * in Chromium, or the JVM): training examples per second, and the compute of one animation
 * frame (an epoch, the train and test loss, every unit over the 100×100 grid), a 31 × 31 slice of
 * the loss landscape, and tracing one point.
 * It prints numbers; it passes or fails nothing.
 */
public final class Benchmark {
    /** The configurations of issue 7: batch 10, learning rate 0.03, 500 points, half for training. */
    public static final String[][] CONFIGS = {
        {"a: circle, 4,2 tanh, x,y", "#dataset=circle&networkShape=4,2&activation=tanh&batchSize=10&learningRate=0.03&percTrainData=50&seed=bench"},
        {"b: spiral, 8,8,8 ReLU, L2 0.001", "#dataset=spiral&networkShape=8,8,8&activation=relu&regularization=L2&regularizationRate=0.001"
                + "&batchSize=10&learningRate=0.03&percTrainData=50&seed=bench"},
        {"c: spiral, 6×8 tanh, 7 features", "#dataset=spiral&networkShape=8,8,8,8,8,8&activation=tanh&batchSize=10&learningRate=0.03"
                + "&percTrainData=50&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true&seed=bench"},
    };
    static final int RUNS = 5;

    private Benchmark() {
    }

    /** One table row per configuration: median (min–max) over RUNS runs after a warm-up. */
    public static String report() {
        StringBuilder out = new StringBuilder();
        for (String[] config : CONFIGS) {
            Playground p = new Playground(HashCodec.parse(config[1]).state(), 100);
            double[] examples = new double[RUNS];
            double[] frames = new double[RUNS];
            double[] grids = new double[RUNS];
            double[] slices = new double[RUNS];
            double[] traces = new double[RUNS];
            examplesPerSecond(p); // warm-up: lets the JIT compile the hot loops
            frameMillis(p);
            gridMillis(p);
            sliceMillis(p);
            traceMillis(p);
            for (int r = 0; r < RUNS; r++) {
                examples[r] = examplesPerSecond(p);
                frames[r] = frameMillis(p);
                grids[r] = gridMillis(p);
                slices[r] = sliceMillis(p);
                traces[r] = traceMillis(p);
            }
            out.append(config[0]).append(" | ").append(range(examples, 0)).append(" | ").append(range(frames, 2))
                    .append(" | ").append(range(grids, 2)).append(" | ").append(range(slices, 1)).append(" | ")
                    .append(range(traces, 3)).append('\n');
        }
        return out.toString();
    }

    /** Training examples (forward + backward + update) per second over about a second. */
    static double examplesPerSecond(Playground p) {
        double millis = millisEach(() -> {
            for (int k = 0; k < 20; k++) {
                p.epoch();
            }
        }, 1000);
        return 20 * (double) p.data().train().count / (millis / 1000);
    }

    /** Milliseconds for one frame's work: one epoch, both losses, the whole grid. */
    static double frameMillis(Playground p) {
        return millisEach(() -> {
            p.epoch();
            p.trainLoss();
            p.testLoss();
            p.grid().update();
        }, 500);
    }

    /** Milliseconds for the frame's largest part alone: every unit over the 100×100 grid. */
    static double gridMillis(Playground p) {
        return millisEach(() -> {
            p.parametersEdited();
            p.grid().update();
        }, 500);
    }

    /** Milliseconds for a 31 × 31 slice of the loss landscape along random directions, all at once. */
    static double sliceMillis(Playground p) {
        p.landscape().configure(LossLandscape.Plane.RANDOM, LossLandscape.DEFAULT_SIZE, 1, false);
        return millisEach(() -> {
            p.beginLandscape();
            p.landscape().advance(Integer.MAX_VALUE);
        }, 500);
    }

    /** Milliseconds to trace one training point: forward, backward, the step on its batch and the losses around it. */
    static double traceMillis(Playground p) {
        int[] k = {0};
        return millisEach(() -> p.trace(k[0]++ % p.data().train().count), 300);
    }

    /** Mean milliseconds of one run of {@code work}, repeated until at least {@code minMillis} have passed. */
    private static double millisEach(Runnable work, long minMillis) {
        int runs = 0;
        long start = System.currentTimeMillis();
        long elapsed;
        do {
            work.run();
            runs++;
            elapsed = System.currentTimeMillis() - start;
        } while (elapsed < minMillis);
        return elapsed / (double) runs;
    }

    /** "median (min–max)" of the values. */
    public static String range(double[] values, int decimals) {
        double[] v = values.clone();
        Arrays.sort(v);
        return Fmt.fixed(v[v.length / 2], decimals) + " (" + Fmt.fixed(v[0], decimals) + "–" + Fmt.fixed(v[v.length - 1], decimals) + ")";
    }
}
