package backproplab.render;

import backproplab.text.Fmt;

/**
 * Axis ticks at "nice" values, with their labels made once: multiples of 1, 2 or 5 × 10^k on a
 * linear axis, powers of ten on a log axis. A tick's value is an integer times the step (never
 * a running sum), so labels read "0.3", not "0.30000000000000004". Immutable; renderers keep one
 * until their range changes, so drawing an axis allocates nothing.
 */
public final class Ticks {
    private final double[] values;
    private final String[] labels;

    private Ticks(double[] values, String[] labels) {
        this.values = values;
        this.labels = labels;
    }

    /** Ticks covering [min, max] with about {@code target} intervals between them. */
    public static Ticks of(double min, double max, int target) {
        return withStep(min, max, niceStep((max - min) / Math.max(1, target)));
    }

    /** Ticks at the multiples of {@code step} within [min, max]. */
    public static Ticks withStep(double min, double max, double step) {
        int first = (int) Math.ceil(min / step - 1e-9);
        int last = (int) Math.floor(max / step + 1e-9);
        int n = Math.max(0, last - first + 1);
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        double[] values = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            double v = (first + i) * step;
            values[i] = v == 0 ? 0 : v; // no "−0"
            labels[i] = Fmt.minus(Math.abs(v) >= 1e6 ? Fmt.sci(v, 3) : Fmt.fixed(values[i], decimals));
        }
        return new Ticks(values, labels);
    }

    /** Powers of ten within [min, max] (both > 0), labelled "0.01", "1", "1e−5", ... */
    public static Ticks decades(double min, double max) {
        int first = (int) Math.ceil(Math.log10(min) - 1e-9);
        int last = (int) Math.floor(Math.log10(max) + 1e-9);
        int n = Math.max(0, last - first + 1);
        double[] values = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = Math.pow(10, first + i);
            labels[i] = Fmt.minus(Fmt.num(values[i], 1));
        }
        return new Ticks(values, labels);
    }

    /**
     * The value 1, 2 or 5 × 10^k nearest to {@code rough} on a log scale (the switch points are
     * the geometric means √2, √10, √50, as in d3's ticks), so the tick count stays near the target.
     */
    public static double niceStep(double rough) {
        if (!(rough > 0) || Double.isInfinite(rough)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double m = rough / magnitude;
        double nice = m < Math.sqrt(2) ? 1 : m < Math.sqrt(10) ? 2 : m < Math.sqrt(50) ? 5 : 10;
        return nice * magnitude;
    }

    public int count() {
        return values.length;
    }

    public double value(int i) {
        return values[i];
    }

    public String label(int i) {
        return labels[i];
    }
}
