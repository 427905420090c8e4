package backproplab.landscape;

/**
 * The parameters a run visited, one snapshot every {@link #interval()} epochs, and the plane that
 * fits them best: the first two principal directions of θᵢ − θ_final (Li et al. 2018, §7).
 *
 * <p>At most {@link #CAPACITY} snapshots are kept: when full, every other one goes and the
 * interval doubles, so a long run keeps an even record of all of it in bounded memory.
 */
public final class Path {
    public static final int CAPACITY = 128;

    private final int parameters;
    private final double[][] snapshots = new double[CAPACITY][];
    private final int[] epochs = new int[CAPACITY];
    private int count;
    private int interval = 1;

    public Path(int parameters) {
        this.parameters = parameters;
        for (int k = 0; k < CAPACITY; k++) {
            snapshots[k] = new double[parameters];
        }
    }

    public int parameters() {
        return parameters;
    }

    /** Forgets the run (new weights or a new network). */
    public void clear() {
        count = 0;
        interval = 1;
    }

    /** Keeps θ of epoch {@code epoch} if it falls on the interval; no allocation. */
    public void record(int epoch, double[] theta) {
        if (epoch % interval != 0 || count > 0 && epochs[count - 1] == epoch) {
            return;
        }
        if (count == CAPACITY) {
            for (int k = 0; k < CAPACITY / 2; k++) { // keep the even-numbered ones, epochs 0, 2i, 4i, …
                double[] kept = snapshots[2 * k];
                snapshots[2 * k] = snapshots[k];
                snapshots[k] = kept;
                epochs[k] = epochs[2 * k];
            }
            count = CAPACITY / 2;
            interval *= 2;
            if (epoch % interval != 0) {
                return;
            }
        }
        System.arraycopy(theta, 0, snapshots[count], 0, parameters);
        epochs[count] = epoch;
        count++;
    }

    public int count() {
        return count;
    }

    public int interval() {
        return interval;
    }

    public int epoch(int k) {
        return epochs[k];
    }

    public double[] snapshot(int k) {
        return snapshots[k];
    }

    /**
     * The plane of the path: the top two principal directions of the rows xᵢ = θᵢ − θ_final
     * (uncentred, as the origin of the slice is θ_final).
     */
    public Plane plane(double[] finalTheta) {
        int m = count;
        double[][] x = new double[m][parameters];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < parameters; p++) {
                x[i][p] = snapshots[i][p] - finalTheta[p];
            }
        }
        Pca pca = Pca.of(x, m, parameters);
        double[][] coords = new double[m][2];
        for (int i = 0; i < m; i++) {
            coords[i][0] = Directions.dot(x[i], pca.first());
            coords[i][1] = Directions.dot(x[i], pca.second());
        }
        return new Plane(pca.first(), pca.second(), coords, pca.explained(), pca.total());
    }

    /** The path's plane: two orthonormal directions, each snapshot's coordinates in it, the share of Σ‖xᵢ‖² each direction explains. */
    public record Plane(double[] first, double[] second, double[][] coordinates, double[] explained, double total) {
        public double explainedBoth() {
            return explained[0] + explained[1];
        }
    }
}
