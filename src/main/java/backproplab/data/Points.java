package backproplab.data;

import backproplab.math.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Points as three flat arrays, so training and drawing loop over doubles without objects.
 * The arrays are shared for speed: treat them as read-only once built.
 */
public final class Points {
    public final double[] x1;
    public final double[] x2;
    public final double[] label;
    public final int count;

    public Points(int count) {
        this.count = count;
        this.x1 = new double[count];
        this.x2 = new double[count];
        this.label = new double[count];
    }

    /** Points from a list; for classification every label becomes +1 (label &gt; 0) or −1. */
    public static Points of(List<DataPoint> list, boolean regression) {
        Points p = new Points(list.size());
        for (int i = 0; i < p.count; i++) {
            DataPoint d = list.get(i);
            p.set(i, d.x1(), d.x2(), regression ? d.label() : d.label() > 0 ? 1 : -1);
        }
        return p;
    }

    void set(int i, double x1, double x2, double label) {
        this.x1[i] = x1;
        this.x2[i] = x2;
        this.label[i] = label;
    }

    public DataPoint get(int i) {
        return new DataPoint(x1[i], x2[i], label[i]);
    }

    public List<DataPoint> toList() {
        List<DataPoint> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(get(i));
        }
        return list;
    }

    /**
     * A copy in the order of a Fisher–Yates shuffle driven by rng, from the last point down, as
     * TF Playground shuffles (docs/tf-playground.md, "Data"): one draw per point, the last one too.
     */
    public Points shuffled(Rng rng) {
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i >= 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        Points p = new Points(count);
        for (int i = 0; i < count; i++) {
            p.set(i, x1[order[i]], x2[order[i]], label[order[i]]);
        }
        return p;
    }

    /** The points from index {@code from} (inclusive) to {@code to} (exclusive), copied. */
    public Points range(int from, int to) {
        Points p = new Points(to - from);
        for (int i = from; i < to; i++) {
            p.set(i - from, x1[i], x2[i], label[i]);
        }
        return p;
    }

    /**
     * FNV-1a (32 bits) over the count and the raw bits of every x1, x2, label in order: two
     * data sets with the same fingerprint are, with near certainty, the same bit for bit.
     * Cheap to compare between the JVM and the page.
     */
    public int fingerprint() {
        int h = fnv(0x811C9DC5, count);
        for (int i = 0; i < count; i++) {
            h = fnvDouble(h, x1[i]);
            h = fnvDouble(h, x2[i]);
            h = fnvDouble(h, label[i]);
        }
        return h;
    }

    private static int fnvDouble(int h, double v) {
        long bits = Double.doubleToRawLongBits(v);
        h = fnv(h, (int) (bits >>> 32));
        return fnv(h, (int) bits);
    }

    /** FNV-1a over the four bytes of v, low byte first. */
    private static int fnv(int h, int v) {
        for (int shift = 0; shift < 32; shift += 8) {
            h ^= (v >>> shift) & 0xFF;
            h *= 0x01000193;
        }
        return h;
    }
}
