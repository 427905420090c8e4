package backproplab.playground;

import backproplab.nn.Activation;
import backproplab.nn.Loss;
import backproplab.nn.Network;
import backproplab.nn.Optimizer;
import backproplab.nn.Regularization;
import backproplab.nn.Trainer;
import java.util.ArrayList;
import java.util.List;

/**
 * One training point through the playground's network, forward, backward and the update, in the
 * order of the lecture's algorithm box (docs/notation.md §6). Every number is the engine's: the
 * pass runs on a {@link Network} with the playground's parameters, with the engine's own forward
 * and backward, so what the trace shows is what training computes. The live network is never
 * touched; a trace made before the parameters change describes the parameters it was made from.
 */
public final class PointTrace {
    /** What a step shows, in the algorithm box's order. */
    public enum Phase {
        /** a[l]ⱼ = Σᵢ W[l]ⱼᵢ z[l−1]ᵢ + b[l]ⱼ and z[l]ⱼ = σ(a[l]ⱼ) for one unit. */
        FORWARD,
        /** ℓ(y, ŷ) for this point. */
        LOSS,
        /** δ[L] = ∂ℓ/∂z[L] ⊙ σ[L]′(a[L]). */
        OUTPUT_DELTA,
        /** ∂ℓ/∂W[l] = δ[l](z[l−1])ᵀ and ∂ℓ/∂b[l] = δ[l] for one layer. */
        GRADIENT,
        /** δ[l−1] = (W[l])ᵀδ[l] ⊙ σ′(a[l−1]) for one layer. */
        DELTA,
        /** w ← w − α·∂L/∂w over this point's batch. */
        UPDATE
    }

    /** One step: its phase, the layer it is about (l of a[l], W[l] or δ[l]) and the unit (−1 for a whole layer). */
    public record Step(Phase phase, int layer, int unit) {
    }

    /** The point: its index in the training order, its coordinates, features and target. */
    public final int point;
    public final double x1;
    public final double x2;
    public final double[] x;
    public final double y;
    /** The network as the pass left it: a, z, δ of this point; dW, db this point's ∂ℓ/∂W, ∂ℓ/∂b. */
    public final Network traced;
    /** The parameters after one step on this point's batch, from the same starting parameters. */
    public final Network after;
    public final Loss loss;
    /** This point's loss ℓ(y, ŷ). */
    public final double pointLoss;
    /**
     * This point's batch: the training points [batchFrom, batchTo) of the training order, after
     * the points [carriedFrom, count) whose gradients wait from an epoch's end (none when
     * carriedFrom = count). An epoch's last, incomplete batch takes no step of its own: its
     * gradients join the next epoch's first batch (docs/tf-playground.md, "Training").
     */
    public final int batchFrom;
    public final int batchTo;
    public final int carriedFrom;
    public final int trainingCount;
    public final double learningRate;
    public final Optimizer optimizer;
    public final Regularization regularization;
    public final double regularizationRate;
    /** The mean training loss L before and after the step. */
    public final double lossBefore;
    public final double lossAfter;
    private final List<Step> steps;

    /**
     * @param net the live network (read, never changed)
     * @param trainer the live trainer: its loss, optimiser, learning rate, regularisation, batch size
     * @param trainX the training features, flat count×n[0], in training order
     * @param trainY the training targets
     * @param count the number of training points
     * @param point the index of the traced point in the training order
     */
    PointTrace(Network net, Trainer trainer, double[] trainX, double[] trainY, int count, int point, double x1, double x2) {
        if (point < 0 || point >= count) {
            throw new IllegalArgumentException("no training point " + point + " of " + count);
        }
        this.point = point;
        this.x1 = x1;
        this.x2 = x2;
        int n0 = net.n[0];
        this.x = new double[n0];
        System.arraycopy(trainX, point * n0, x, 0, n0);
        this.y = trainY[point];
        this.loss = trainer.loss();
        this.trainingCount = count;
        this.learningRate = trainer.learningRate();
        this.optimizer = trainer.optimizer();
        this.regularization = trainer.regularization();
        this.regularizationRate = trainer.regularizationRate();

        traced = copyOf(net);
        traced.forward(x);
        traced.backward(loss, trainY, point);
        pointLoss = loss.value(traced.a[traced.L][0], traced.z[traced.L][0], y);

        int batch = trainer.batchOf(count);
        int remainderFrom = count - count % batch;
        if (point >= remainderFrom) { // its gradient waits for the next epoch's first batch
            batchFrom = 0;
            carriedFrom = remainderFrom;
        } else {
            batchFrom = point / batch * batch;
            carriedFrom = batchFrom == 0 ? count - Math.min(trainer.pending(), count) : count;
        }
        batchTo = batchFrom + batch;
        int carried = count - carriedFrom;
        int size = carried + batch;
        double[] bx = new double[size * n0];
        double[] by = new double[size];
        System.arraycopy(trainX, carriedFrom * n0, bx, 0, carried * n0);
        System.arraycopy(trainY, carriedFrom, by, 0, carried);
        System.arraycopy(trainX, batchFrom * n0, bx, carried * n0, batch * n0);
        System.arraycopy(trainY, batchFrom, by, carried, batch);
        after = copyOf(net);
        // a fresh trainer on the copy takes exactly the step training takes for this batch (the optimiser's history aside)
        Trainer step = new Trainer(after, loss, optimizer, learningRate, regularization, regularizationRate, size);
        lossBefore = step.meanLoss(trainX, trainY, count);
        step.epoch(bx, by, size);
        lossAfter = step.meanLoss(trainX, trainY, count);
        steps = stepsOf(net);
    }

    private static Network copyOf(Network net) {
        Network copy = new Network(net.n, net.hidden(), net.output());
        double[] p = new double[net.parameterCount()];
        net.copyParametersTo(p);
        copy.setParameters(p);
        return copy;
    }

    private static List<Step> stepsOf(Network net) {
        List<Step> list = new ArrayList<>();
        for (int l = 1; l <= net.L; l++) {
            for (int j = 0; j < net.n[l]; j++) {
                list.add(new Step(Phase.FORWARD, l, j));
            }
        }
        list.add(new Step(Phase.LOSS, net.L, 0));
        list.add(new Step(Phase.OUTPUT_DELTA, net.L, 0));
        for (int l = net.L; l >= 1; l--) {
            list.add(new Step(Phase.GRADIENT, l, -1));
            if (l > 1) {
                list.add(new Step(Phase.DELTA, l - 1, -1));
            }
        }
        list.add(new Step(Phase.UPDATE, 0, -1));
        return List.copyOf(list);
    }

    public List<Step> steps() {
        return steps;
    }

    public Step step(int index) {
        return steps.get(index);
    }

    /** ŷ = z[L], the network's output for this point. */
    public double output() {
        return traced.z[traced.L][0];
    }

    /** ∂ℓ/∂W[l]ⱼᵢ of this point. */
    public double weightGradient(int l, int j, int i) {
        return traced.dW[l][j * traced.n[l - 1] + i];
    }

    /** The weight's change in the step: after − before. */
    public double weightChange(int l, int j, int i) {
        return after.weight(l, j, i) - traced.weight(l, j, i);
    }

    public double biasChange(int l, int j) {
        return after.bias(l, j) - traced.bias(l, j);
    }

    /** σ′(a[l]ⱼ) as the backward pass used it. */
    public double slope(int l, int j) {
        Activation sigma = traced.activation(l);
        return sigma.derivative(traced.a[l][j], traced.z[l][j]);
    }

    /** Σⱼ W[l+1]ⱼᵢ δ[l+1]ⱼ: what reaches unit i of layer l from above, before σ′. */
    public double incoming(int l, int i) {
        double s = 0;
        for (int j = 0; j < traced.n[l + 1]; j++) {
            s += traced.weight(l + 1, j, i) * traced.delta[l + 1][j];
        }
        return s;
    }

    /** The number of points in this point's batch, the carried ones included. */
    public int batchSize() {
        return batchTo - batchFrom + carried();
    }

    /** How many points of an epoch's end join this batch. */
    public int carried() {
        return trainingCount - carriedFrom;
    }
}
