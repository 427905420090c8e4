package backproplab.state;

/**
 * The ranges a playground configuration must keep, and why. {@link PlaygroundState} clamps to
 * them; {@link HashCodec} explains each clamp to the student in a notice.
 *
 * <ul>
 *   <li>Hidden layers 0 … 6 and 1 … 8 units per layer: what the network diagram can draw
 *       (and TF Playground's own limits).</li>
 *   <li>Batch size 1 … 100: one epoch runs per animation frame and the default data trains on
 *       250 points; beyond 100 an epoch makes fewer than three steps and the picture barely
 *       moves (TF Playground's slider stops at 30).</li>
 *   <li>Learning rate in (0, 10]: zero never learns; above 10 every network diverges.
 *       Regularization rate in [0, 10], 0 meaning none.</li>
 *   <li>Noise 0 … 50 percent and training share 10 … 90 percent: TF Playground's sliders; below
 *       10 percent too few points train, above 90 too few test.</li>
 *   <li>LeakyReLU slope 0 … 1 (0 is ReLU, 1 is linear); 1 … 20 epochs per frame, more would
 *       make a frame too slow on a phone.</li>
 *   <li>Seed and tutorial strings at most 100 characters; at most 1200 points of the student's
 *       own (the size of the regression sets), inside the plotted square [−6, 6]².</li>
 * </ul>
 */
public final class Limits {
    private Limits() {
    }

    public static final int MAX_LAYERS = 6;
    public static final int MIN_UNITS = 1;
    public static final int MAX_UNITS = 8;
    public static final int MIN_BATCH = 1;
    public static final int MAX_BATCH = 100;
    public static final double MAX_LEARNING_RATE = 10;
    public static final double MAX_REGULARIZATION_RATE = 10;
    public static final double MAX_NOISE = 50;
    public static final double MIN_PERC_TRAIN = 10;
    public static final double MAX_PERC_TRAIN = 90;
    public static final double MAX_LEAKY_SLOPE = 1;
    public static final int MIN_SPEED = 1;
    public static final int MAX_SPEED = 20;
    public static final int MAX_TEXT = 100;
    public static final int MAX_USER_POINTS = 1200;
    public static final double DOMAIN = 6;

    static int clamp(int v, int lo, int hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }

    /** v clamped to [lo, hi]; NaN becomes {@code fallback}; −0 becomes 0. */
    static double clamp(double v, double lo, double hi, double fallback) {
        if (v != v) {
            return fallback;
        }
        return (v < lo ? lo : v > hi ? hi : v) + 0.0;
    }
}
