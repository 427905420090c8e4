package backproplab.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import backproplab.math.Rng;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * Training and evaluation allocate nothing once running (docs/architecture.md: hot paths reuse their
 * buffers, so the garbage collector never stalls an animation frame). Measured with the JVM's
 * per-thread allocation counter; escape analysis could hide an allocation that JavaScript
 * would still make, so this backs up code review rather than replacing it.
 */
class AllocationTest {

    @Test
    void epochsAndEvaluationAllocateNothingOnceWarm() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "no allocation counter on this JVM");
        com.sun.management.ThreadMXBean counter = (com.sun.management.ThreadMXBean) bean;
        long thread = Thread.currentThread().getId();

        Rng rng = new Rng(1);
        int count = 250;
        double[] xs = new double[2 * count];
        double[] ts = new double[count];
        for (int k = 0; k < count; k++) {
            xs[2 * k] = rng.uniform(-6, 6);
            xs[2 * k + 1] = rng.uniform(-6, 6);
            ts[k] = xs[2 * k] * xs[2 * k + 1] > 0 ? 1 : -1;
        }
        double[] outputs = new double[count];
        for (Optimizer optimizer : Optimizer.values()) {
            Network net = new Network(new int[] {2, 8, 8, 8, 1}, Activation.TANH, Activation.SIGMOID);
            net.init(Init.PLAYGROUND, rng);
            Trainer trainer = new Trainer(net, Loss.LOG, optimizer, 0.03, Regularization.L1, 0.001, 10);
            for (int e = 0; e < 200; e++) { // warm up: class loading, JIT
                trainer.epoch(xs, ts, count);
                trainer.meanLoss(xs, ts, count);
                trainer.accuracy(xs, ts, count);
                net.evaluate(xs, count, outputs);
            }
            counter.getThreadAllocatedBytes(thread);
            long before = counter.getThreadAllocatedBytes(thread);
            for (int e = 0; e < 100; e++) {
                trainer.epoch(xs, ts, count);
                trainer.meanLoss(xs, ts, count);
                trainer.accuracy(xs, ts, count);
                net.evaluate(xs, count, outputs);
            }
            long allocated = counter.getThreadAllocatedBytes(thread) - before;
            assertEquals(0, allocated, optimizer.id() + ": bytes allocated in 100 epochs");
        }
    }
}
