package backproplab.nn;

import backproplab.math.Rng;
import org.junit.jupiter.api.Test;

/**
 * Training throughput on the JVM, 2→8→8→8→1 with tanh or ReLU hidden units (the shape the browser must run at
 * ≥ 2,000,000 examples/s). A benchmark, not a test: it prints and never fails. Surefire's
 * default includes skip it; run it with {@code mvn -o -q test -Dtest=EngineThroughputBenchmark}.
 */
class EngineThroughputBenchmark {

    @Test
    void printExamplesPerSecond() {
        Rng rng = new Rng(1);
        int count = 250;
        double[] xs = new double[2 * count];
        double[] ts = new double[count];
        for (int k = 0; k < count; k++) {
            xs[2 * k] = rng.uniform(-6, 6);
            xs[2 * k + 1] = rng.uniform(-6, 6);
            ts[k] = xs[2 * k] * xs[2 * k + 1] > 0 ? 1 : -1;
        }
        for (Activation hidden : new Activation[] {Activation.TANH, Activation.RELU}) {
            for (Optimizer optimizer : Optimizer.values()) {
                for (int batch : new int[] {1, 10}) {
                    Network net = new Network(new int[] {2, 8, 8, 8, 1}, hidden, Activation.TANH);
                    net.init(Init.PLAYGROUND, rng);
                    Trainer trainer = new Trainer(net, Loss.SQUARED, optimizer, 0.03, Regularization.NONE, 0, batch);
                    for (int e = 0; e < 2000; e++) { // warm up the JIT
                        trainer.epoch(xs, ts, count);
                    }
                    int epochs = 8000;
                    long start = System.nanoTime();
                    for (int e = 0; e < epochs; e++) {
                        trainer.epoch(xs, ts, count);
                    }
                    double seconds = (System.nanoTime() - start) * 1e-9;
                    System.out.println("2→8→8→8→1 " + hidden.id() + ", " + optimizer.id() + ", batch " + batch + ": "
                            + Math.round(epochs * (double) count / seconds) + " examples/s");
                }
            }
        }
    }
}
