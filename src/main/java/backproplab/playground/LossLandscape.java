package backproplab.playground;

import backproplab.landscape.Directions;
import backproplab.landscape.Path;
import backproplab.landscape.Slice;
import backproplab.math.Rng;
import backproplab.nn.Network;
import backproplab.nn.Trainer;
import backproplab.text.Fmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The loss landscape of the playground's network (docs/notation.md §7): a slice of the training
 * loss through the current weights, along two filter-normalised random directions or in the
 * plane of the path training took, and that path. The playground records the path as it
 * trains; a slice is computed when asked, a few cells at a time.
 */
public final class LossLandscape {
    /** Which plane the slice lies in. */
    public enum Plane {
        RANDOM("random", "two random directions"),
        PATH("path", "the plane of the training path");

        public final String id;
        public final String label;

        Plane(String id, String label) {
            this.id = id;
            this.label = label;
        }
    }

    public static final int MIN_SIZE = 11;
    public static final int MAX_SIZE = 61;
    public static final int DEFAULT_SIZE = 31;

    private Path path;
    private double[] scratch = new double[0];
    private Slice slice;
    private Path.Plane pathPlane;
    private Plane plane = Plane.RANDOM;
    private int size = DEFAULT_SIZE;
    private double range = 1;
    private boolean testLoss;
    private int drawn;
    private int slicedAtEpoch;
    private boolean slicedTest;

    /** Starts a new record of the path for this network (its weights now are the path's start). */
    void restart(Network net, int epoch) {
        if (path == null || path.parameters() != net.parameterCount()) {
            path = new Path(net.parameterCount());
            scratch = new double[net.parameterCount()];
        }
        path.clear();
        slice = null;
        record(net, epoch);
    }

    /** The weights after an epoch: kept if the path's interval says so. */
    void record(Network net, int epoch) {
        net.copyParametersTo(scratch);
        path.record(epoch, scratch);
    }

    public Plane plane() {
        return plane;
    }

    public int size() {
        return size;
    }

    public double range() {
        return range;
    }

    /** Whether the slice shows the test loss rather than the training loss. */
    public boolean testLoss() {
        return testLoss;
    }

    /** The slice's settings; a change takes effect at the next {@link #begin}. */
    public void configure(Plane plane, int size, double range, boolean testLoss) {
        this.testLoss = testLoss;
        this.plane = plane;
        this.size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, size | 1)); // odd: the centre is a grid point
        this.range = Math.max(0.05, Math.min(10, range));
    }

    /**
     * Begins a slice through the current weights. The path's plane needs two recorded epochs
     * besides the current one; until then it falls back to random directions and says so.
     */
    void begin(Network net, Trainer trainer, double[] inputs, double[] targets, int count, String seed) {
        double[] centre = new double[net.parameterCount()];
        net.copyParametersTo(centre);
        double[] d1;
        double[] d2;
        double r = range;
        pathPlane = null;
        if (plane == Plane.PATH && path.count() >= 3) {
            pathPlane = path.plane(centre);
            d1 = pathPlane.first();
            d2 = pathPlane.second();
            double far = 0;
            for (double[] c : pathPlane.coordinates()) {
                far = Math.max(far, Math.max(Math.abs(c[0]), Math.abs(c[1])));
            }
            r = far == 0 ? range : 1.15 * far;
        } else {
            Rng rng = Rng.fromString("landscape:" + seed);
            d1 = Directions.filterNormalized(net, rng);
            d2 = Directions.filterNormalized(net, rng);
        }
        slice = new Slice(net, trainer, centre, d1, d2, r, size, inputs, targets, count);
        slicedAtEpoch = trainer.epochs();
        slicedTest = testLoss;
        drawn = 0;
    }

    /** The slice under way or done, or null before the first {@link #begin}. */
    public Slice slice() {
        return slice;
    }

    /** The path's plane when the slice lies in it, else null. */
    public Path.Plane pathPlane() {
        return pathPlane;
    }

    public Path path() {
        return path;
    }

    public int slicedAtEpoch() {
        return slicedAtEpoch;
    }

    /** Evaluates up to {@code cells} more cells of the slice; true once it is complete. */
    public boolean advance(int cells) {
        return slice == null || slice.advance(cells);
    }

    /** The sentences under the picture: what the slice is, and its figures. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        if (slice == null) {
            out.add("Press Compute to slice the training loss through the current weights.");
            return out;
        }
        double[] l = slice.losses();
        int centre = (size / 2) * size + size / 2;
        if (pathPlane != null) {
            out.add("The plane through the current weights that best fits the " + path.count() + " weights recorded since epoch "
                    + path.epoch(0) + " (every " + path.interval() + " " + (path.interval() == 1 ? "epoch" : "epochs")
                    + "): it holds " + Fmt.percent(pathPlane.explainedBoth(), 1) + " of the path's spread ("
                    + Fmt.percent(pathPlane.explained()[0], 1) + " along the first axis, " + Fmt.percent(pathPlane.explained()[1], 1)
                    + " along the second).");
        } else {
            if (plane == Plane.PATH) {
                out.add("The training path needs three recorded epochs for its plane: train a little first. Shown meanwhile: random directions.");
            }
            out.add("Two random directions through the current weights, each scaled unit by unit to that unit's weights"
                    + " (filter normalisation), biases held fixed; s and t run from −" + Fmt.num(slice.range, 2) + " to "
                    + Fmt.num(slice.range, 2) + ".");
        }
        if (!slice.complete()) {
            out.add("Computing…");
            return out;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : l) {
            if (v == v) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        out.add((slicedTest ? "Test" : "Training") + " loss L at the current weights (the centre, epoch " + slicedAtEpoch + "): "
                + Fmt.num(l[centre], 3)
                + "; lowest in the slice " + Fmt.num(min, 3) + ", highest " + Fmt.num(max, 3) + ".");
        return out;
    }
}
