package backproplab.data;

import backproplab.math.DetMath;
import backproplab.math.Rng;
import java.util.List;

/**
 * The data generators (docs/tf-playground.md, "Data"), all in the square [−6, 6]² with labels
 * ±1 for classification. {@code noise} is the link's percent divided by 100 (0 … 0.5).
 * Every random number comes from the one {@link Rng} and every sine, cosine and logarithm
 * from {@link DetMath}, so a seed gives the same points, bit for bit, on the JVM and in the
 * browser. TF Playground's own data sets draw their numbers in its order from its generator
 * ({@link Rng}), so a link's seed gives its points.
 */
public final class Datasets {
    private Datasets() {
    }

    /** Classification radius: the circle's inside class lies within 2.5, the outside ring in [3.5, 5]. */
    static final double CIRCLE_RADIUS = 2.5;
    /** The xor data keep this distance from the axes, so no point sits on the boundary. */
    static final double XOR_PADDING = 0.3;
    /** Will I pass: x₁ = hours studied − 6, x₂ = hours on the project − 6 (one hour = one unit). */
    static final double HOURS_OFFSET = 6;
    /** Will I pass: pass when 2·studied + project ≥ 18 hours (studying counts double). */
    static final double PASS_SCORE = 18;
    /** Will I pass: no point has |2·studied + project − 18| below this (a margin of 0.67 hours). */
    static final double PASS_MARGIN = 1.5;
    /** AND, OR, XOR: the bit 0 sits at −3, the bit 1 at +3 on each axis. */
    static final double BIT = 3;

    /**
     * The points of {@code kind} in generation order (not yet shuffled). The student's own
     * kinds have no generator and give no points.
     */
    public static Points generate(DataKind kind, double noise, Rng rng) {
        switch (kind) {
            case CIRCLE: return circle(noise, rng);
            case XOR: return xor(noise, rng);
            case GAUSS: return gauss(noise, rng);
            case SPIRAL: return spiral(noise, rng);
            case REG_PLANE: return regPlane(noise, rng);
            case REG_GAUSS: return regGauss(noise, rng);
            case PASS_FAIL: return passFail(noise, rng);
            case AND: return truthTable(false, false, false, true);
            case OR: return truthTable(false, true, true, true);
            case XOR4: return truthTable(false, true, true, false);
            default: return new Points(0);
        }
    }

    /**
     * The data a page trains on: generated from the seed string (or the student's points),
     * shuffled once with the same generator, then the first floor(N·percTrainData/100) points
     * train and the rest test, as in TF Playground. Kinds that hold nothing out train on all.
     */
    public static Split build(DataKind kind, double noise, double percTrainData, String seed, List<DataPoint> userPoints) {
        return build(kind, noise, percTrainData, Rng.fromString(seed), userPoints);
    }

    /** As {@link #build(DataKind, double, double, String, List)}, drawing from {@code rng}, which goes on to the weights. */
    public static Split build(DataKind kind, double noise, double percTrainData, Rng rng, List<DataPoint> userPoints) {
        Points all = kind.user() ? Points.of(userPoints, kind.regression()) : generate(kind, noise, rng);
        Points shuffled = all.shuffled(rng);
        int train = kind.heldOut() ? (int) Math.floor(shuffled.count * percTrainData / 100) : shuffled.count;
        return new Split(shuffled.range(0, train), shuffled.range(train, shuffled.count));
    }

    /** 250 points inside radius 2.5 (+1), 250 in the ring 3.5…5 (−1); noise moves the label test, not the points. */
    private static Points circle(double noise, Rng rng) {
        Points p = new Points(DataKind.CIRCLE.count());
        int half = p.count / 2;
        for (int i = 0; i < p.count; i++) {
            double r = i < half ? rng.uniform(0, CIRCLE_RADIUS) : rng.uniform(3.5, 5);
            double angle = rng.uniform(0, 2 * DetMath.PI);
            double x = r * DetMath.sin(angle);
            double y = r * DetMath.cos(angle);
            double nx = rng.uniform(-5, 5) * noise;
            double ny = rng.uniform(-5, 5) * noise;
            double sx = x + nx;
            double sy = y + ny;
            // the distance itself, not its square: near the radius the two can round apart
            p.set(i, x, y, DetMath.sqrt(sx * sx + sy * sy) < CIRCLE_RADIUS ? 1 : -1);
        }
        return p;
    }

    /** Uniform in [−5, 5]², pushed 0.3 off the axes; +1 where the noisy x·y ≥ 0 (quadrants I and III). */
    private static Points xor(double noise, Rng rng) {
        Points p = new Points(DataKind.XOR.count());
        for (int i = 0; i < p.count; i++) {
            double x = rng.uniform(-5, 5);
            x += x > 0 ? XOR_PADDING : -XOR_PADDING;
            double y = rng.uniform(-5, 5);
            y += y > 0 ? XOR_PADDING : -XOR_PADDING;
            double nx = rng.uniform(-5, 5) * noise;
            double ny = rng.uniform(-5, 5) * noise;
            p.set(i, x, y, (x + nx) * (y + ny) >= 0 ? 1 : -1);
        }
        return p;
    }

    /**
     * 250 points around (2, 2) → +1 and 250 around (−2, −2) → −1, each coordinate (x first) its
     * own normal draw; the variance runs from 0.5 at noise 0 to 4 at noise 0.5, interpolated
     * as TF Playground does it (docs/tf-playground.md, "Data").
     */
    private static Points gauss(double noise, Rng rng) {
        Points p = new Points(DataKind.GAUSS.count());
        double t = noise / 0.5;
        double sd = DetMath.sqrt(0.5 * (1 - t) + 4 * t);
        int half = p.count / 2;
        for (int i = 0; i < p.count; i++) {
            double centre = i < half ? 2 : -2;
            double x = centre + sd * normal(rng);
            double y = centre + sd * normal(rng);
            p.set(i, x, y, i < half ? 1 : -1);
        }
        return p;
    }

    /**
     * A standard normal draw by Marsaglia's polar method: (v₁, v₂) uniform in the square until
     * it lies in the unit disc, s = v₁² + v₂², then √(−2 ln s / s)·v₁ (v₂ is not used).
     */
    static double normal(Rng rng) {
        double v1;
        double s;
        do {
            v1 = 2 * rng.nextDouble() - 1;
            double v2 = 2 * rng.nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s > 1);
        return DetMath.sqrt(-2 * DetMath.log(s) / s) * v1;
    }

    /**
     * Two arms of 250 points: point i has r = 5i/n and angle t = 1.75·2π·i/n + δ (δ = 0 for +1,
     * π for −1), at (r·sin t, r·cos t) plus U(−1, 1)·noise on each axis.
     */
    private static Points spiral(double noise, Rng rng) {
        Points p = new Points(DataKind.SPIRAL.count());
        int n = p.count / 2;
        int k = 0;
        for (int arm = 0; arm < 2; arm++) {
            double delta = arm == 0 ? 0 : DetMath.PI;
            for (int i = 0; i < n; i++) {
                double r = (double) i / n * 5;
                double t = 1.75 * i / n * 2 * DetMath.PI + delta;
                double x = r * DetMath.sin(t) + rng.uniform(-1, 1) * noise;
                double y = r * DetMath.cos(t) + rng.uniform(-1, 1) * noise;
                p.set(k++, x, y, arm == 0 ? 1 : -1);
            }
        }
        return p;
    }

    /**
     * Uniform in [−6, 6]²; the label maps v = (x + nx) + (y + ny) from [−10, 10] to [−1, 1] as
     * TF Playground's interpolation does (t = (v + 10)/20, then −(1 − t) + t), nx, ny ~ U(−6, 6)·noise.
     */
    private static Points regPlane(double noise, Rng rng) {
        Points p = new Points(DataKind.REG_PLANE.count());
        for (int i = 0; i < p.count; i++) {
            double x = rng.uniform(-6, 6);
            double y = rng.uniform(-6, 6);
            double nx = rng.uniform(-6, 6) * noise;
            double ny = rng.uniform(-6, 6) * noise;
            double v = (x + nx) - (-(y + ny)); // a − (−b) is a + b: TeaVM would drop the brackets of a sum on the right (DetMath)
            double t = (v + 10) / 20;
            p.set(i, x, y, t - (1 - t));
        }
        return p;
    }

    /** The six bumps of reg-gauss: centre x, centre y, sign (a checkerboard of signs). */
    static final double[][] BUMPS = {
        {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1},
        {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1},
    };

    /**
     * Uniform in [−6, 6]²; the label is sign·max(0, 1 − dist/2) of the bump with the largest
     * absolute value, taken at the point moved by U(−6, 6)·noise per axis (as reg-plane).
     */
    private static Points regGauss(double noise, Rng rng) {
        Points p = new Points(DataKind.REG_GAUSS.count());
        for (int i = 0; i < p.count; i++) {
            double x = rng.uniform(-6, 6);
            double y = rng.uniform(-6, 6);
            double nx = rng.uniform(-6, 6) * noise;
            double ny = rng.uniform(-6, 6) * noise;
            p.set(i, x, y, bumps(x + nx, y + ny));
        }
        return p;
    }

    static double bumps(double x, double y) {
        double label = 0;
        for (double[] b : BUMPS) {
            double dx = x - b[0];
            double dy = y - b[1];
            double v = b[2] * Math.max(0, 1 - DetMath.sqrt(dx * dx + dy * dy) / 2);
            if (Math.abs(v) > Math.abs(label)) {
                label = v;
            }
        }
        return label;
    }

    /**
     * "Will I pass this class?" (docs/notation.md §1): 100 students, hours studied and hours on the
     * project each U(0, 12); a student passes (+1) when 2·studied + project ≥ 18. Students
     * within the margin |2·studied + project − 18| &lt; 1.5 are redrawn, so without noise the
     * classes are linearly separable with a gap a perceptron finds quickly. Noise judges each
     * student at hours moved by U(−6, 6)·noise (labels flip near the line, points stay put).
     * Plotted as x₁ = studied − 6, x₂ = project − 6, so the boundary 2x₁ + x₂ = 0 passes
     * through the centre and the classes are balanced.
     */
    private static Points passFail(double noise, Rng rng) {
        Points p = new Points(DataKind.PASS_FAIL.count());
        for (int i = 0; i < p.count; i++) {
            double studied;
            double project;
            do {
                studied = rng.uniform(0, 12);
                project = rng.uniform(0, 12);
            } while (Math.abs(2 * studied + project - PASS_SCORE) < PASS_MARGIN);
            double ns = rng.uniform(-6, 6) * noise;
            double np = rng.uniform(-6, 6) * noise;
            boolean pass = (project + np) + 2 * (studied + ns) >= PASS_SCORE; // sum on the left: see DetMath on TeaVM
            p.set(i, studied - HOURS_OFFSET, project - HOURS_OFFSET, pass ? 1 : -1);
        }
        return p;
    }

    /**
     * A truth table of two bits as four points: bits (0,0), (0,1), (1,0), (1,1) at
     * (±3, ±3), +1 where the gate is true. Noise does not apply: these are exact.
     */
    private static Points truthTable(boolean f00, boolean f01, boolean f10, boolean f11) {
        Points p = new Points(4);
        boolean[] out = {f00, f01, f10, f11};
        for (int i = 0; i < 4; i++) {
            double x1 = (i & 2) != 0 ? BIT : -BIT;
            double x2 = (i & 1) != 0 ? BIT : -BIT;
            p.set(i, x1, x2, out[i] ? 1 : -1);
        }
        return p;
    }
}
