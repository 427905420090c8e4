package backproplab.landscape;

import backproplab.nn.Network;
import backproplab.nn.Trainer;

/**
 * The loss over a plane through the parameters: L(θ + s·d₁ + t·d₂) on a size × size grid of
 * (s, t) in [−range, range]², evaluated a few cells at a time ({@link #advance}) so a frame never
 * waits for the whole grid. Each cell is the engine's own mean loss ({@link Trainer#meanLoss}) on
 * a network of its own, so the figures are those training would show at those weights; nothing
 * is allocated per cell.
 */
public final class Slice {
    public final int size;
    public final double range;
    private final double[] centre;
    private final double[] first;
    private final double[] second;
    private final Network probe;
    private final Trainer trainer;
    private final double[] theta;
    private final double[] inputs;
    private final double[] targets;
    private final int count;
    /** loss[row·size + col]: row 0 is t = +range (the top of the picture), col 0 is s = −range. */
    private final double[] loss;
    private int done;

    /**
     * @param net the network whose shape and activations the slice uses (read, never changed)
     * @param trainer its trainer, for the loss
     * @param centre θ, flat in {@link Network#copyParametersTo} order
     * @param inputs the points' features, flat count × n[0]; targets count × n[L]
     */
    public Slice(Network net, Trainer trainer, double[] centre, double[] first, double[] second, double range, int size,
            double[] inputs, double[] targets, int count) {
        this.size = size;
        this.range = range;
        this.centre = centre.clone();
        this.first = first.clone();
        this.second = second.clone();
        this.probe = new Network(net.n, net.hidden(), net.output());
        this.trainer = new Trainer(probe, trainer.loss(), trainer.optimizer(), 0, trainer.regularization(), 0, 1);
        this.theta = new double[centre.length];
        this.inputs = inputs;
        this.targets = targets;
        this.count = count;
        this.loss = new double[size * size];
    }

    /** s of column col (t of row r): evenly spaced from −range to range. */
    public double coordinate(int index) {
        return size == 1 ? 0 : -range + 2 * range * index / (size - 1);
    }

    /** Evaluates up to {@code cells} more cells; returns true once the grid is complete. */
    public boolean advance(int cells) {
        int end = Math.min(size * size, done + Math.max(0, cells));
        for (; done < end; done++) {
            int row = done / size;
            int col = done % size;
            loss[done] = lossAt(coordinate(col), -coordinate(row));
        }
        return complete();
    }

    public boolean complete() {
        return done == size * size;
    }

    /** L(θ + s·d₁ + t·d₂): the mean loss over the points, as the page shows the training loss. */
    public double lossAt(double s, double t) {
        for (int p = 0; p < theta.length; p++) {
            theta[p] = centre[p] + s * first[p] + t * second[p];
        }
        probe.setParameters(theta);
        return count == 0 ? Double.NaN : trainer.meanLoss(inputs, targets, count);
    }

    /** The losses so far, row by row (the cells not yet evaluated are 0). */
    public double[] losses() {
        return loss;
    }

    public double[] first() {
        return first;
    }

    public double[] second() {
        return second;
    }
}
