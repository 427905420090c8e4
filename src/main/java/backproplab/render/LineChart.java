package backproplab.render;

import backproplab.text.Fmt;

/**
 * Training and test loss over epochs, growing as the network trains, with a hover readout.
 *
 * <p>Memory stays bounded however long training runs: the chart keeps at most
 * {@code capacity} samples, at epochs 0, stride, 2·stride, ...; when full it drops every other
 * sample and doubles the stride. The most recent epoch is always kept as well, so the curve
 * reaches the present. Shown values are real losses at real epochs (no averaging), so the
 * readout never shows a number that training did not produce. {@link #add} and {@link #draw}
 * allocate nothing (tick labels are rebuilt only when the y range moves to new nice values).
 */
public final class LineChart {

    /** What the chart shows at one epoch. */
    public record Readout(int epoch, double train, double test) {
    }

    private final Viewport frame;
    private final Style style;
    /** The y labels' font size, and the room around them. */
    private final double labelPx;
    private final double pad;
    /**
     * The curves' area: the frame less a gutter on the left for the y labels (so that no curve
     * ever runs through one), and half a label above and below, so that every label can sit
     * centred on its grid line, the top and bottom ones included. {@code left} follows the
     * widest label ({@link #measureGutter}).
     */
    private double left;
    private final double top;
    private final double bottom;
    /** The ticks {@code left} was measured for. */
    private Ticks measured;
    private final double[] train;
    private final double[] test;
    private int size;
    private int stride = 1;
    private int epochs;
    /** The network's epoch count at the chart's epoch 0 (a run from trained weights goes on counting), for the readout's text. */
    private int firstEpoch;
    private double lastTrain;
    private double lastTest;
    private boolean log;

    // y range of the last draw, snapped to tick values; ticks rebuilt only when it changes
    private double yLo = 0;
    private double yHi = 1;
    private boolean ticksLog;
    private Ticks ticks = Ticks.of(0, 1, 2);

    /** A chart in the screen rectangle of {@code frame} (its world ranges are ignored: the data sets them). */
    public LineChart(Viewport frame, Style style, int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and at least 2: " + capacity);
        }
        this.frame = frame;
        this.style = style;
        this.labelPx = style.fontPx() * 0.9;
        this.pad = style.fontPx() * 0.3;
        this.left = frame.left();
        this.top = frame.top() + labelPx / 2 + 1;
        this.bottom = frame.bottom() - labelPx / 2 - 1;
        this.train = new double[capacity];
        this.test = new double[capacity];
    }

    /**
     * This chart's curves in another rectangle or style (the page's new layout, the projector's
     * text): the same epochs and losses, so that the run's curve goes on.
     */
    public LineChart in(Viewport frame, Style style) {
        LineChart moved = new LineChart(frame, style, train.length);
        System.arraycopy(train, 0, moved.train, 0, size);
        System.arraycopy(test, 0, moved.test, 0, size);
        moved.size = size;
        moved.stride = stride;
        moved.epochs = epochs;
        moved.firstEpoch = firstEpoch;
        moved.lastTrain = lastTrain;
        moved.lastTest = lastTest;
        moved.log = log;
        return moved;
    }

    /** Forgets all data (a reset of the network); the next {@link #add} is the network's epoch {@code firstEpoch}. */
    public void clear(int firstEpoch) {
        size = 0;
        stride = 1;
        epochs = 0;
        this.firstEpoch = firstEpoch;
    }

    /** Logarithmic y axis: losses that fall over decades stay readable. */
    public void setLog(boolean log) {
        this.log = log;
    }

    /** Number of epochs added so far; the next {@link #add} is this epoch. */
    public int epochs() {
        return epochs;
    }

    /**
     * Whether {@link #add} would store the next epoch as a sample (not only as the latest): the
     * caller can skip computing the losses of the other epochs, see {@link #skip}.
     */
    public boolean keepsNext() {
        return epochs % stride == 0;
    }

    /**
     * Counts the next epoch without its losses, which the chart would not keep. Before the next
     * draw or readout, {@link #latest} must give the losses of the last epoch counted.
     */
    public void skip() {
        epochs++;
    }

    /** The losses of the last epoch counted, after {@link #skip}. */
    public void latest(double trainLoss, double testLoss) {
        lastTrain = trainLoss;
        lastTest = testLoss;
    }

    /** Adds the losses of the next epoch (the first call is epoch 0, before any training). */
    public void add(double trainLoss, double testLoss) {
        int epoch = epochs++;
        lastTrain = trainLoss;
        lastTest = testLoss;
        if (epoch % stride != 0) {
            return;
        }
        if (size == train.length) {
            for (int i = 0; i < size / 2; i++) {
                train[i] = train[2 * i];
                test[i] = test[2 * i];
            }
            size /= 2;
            stride *= 2;
            if (epoch % stride != 0) {
                return;
            }
        }
        train[size] = trainLoss;
        test[size] = testLoss;
        size++;
    }

    /**
     * Grid lines with their y labels in the gutter left of the curves, each label centred on its
     * line; then the test line over the training line.
     */
    public void draw(Surface s) {
        if (epochs == 0) {
            return;
        }
        updateRange();
        Palette p = style.palette();
        s.font(labelPx, false);
        measureGutter(s);
        s.strokeColor(p.grid);
        s.lineWidth(style.lineWidth());
        s.beginPath();
        for (int i = 0; i < ticks.count(); i++) {
            double y = sy(ticks.value(i));
            s.moveTo(left, y);
            s.lineTo(frame.right(), y);
        }
        s.stroke();
        s.fillColor(p.ink);
        s.textAlign(Surface.Align.RIGHT);
        s.textBaseline(Surface.Baseline.MIDDLE);
        // from the bottom up; a label that would touch the one below it is left out (its line stays)
        double free = Double.POSITIVE_INFINITY;
        for (int i = 0; i < ticks.count(); i++) {
            double y = sy(ticks.value(i));
            if (y + labelPx / 2 > free) {
                continue;
            }
            s.fillText(ticks.label(i), left - pad, y);
            free = y - labelPx / 2 - 2;
        }
        s.save();
        s.clipRect(left, frame.top(), frame.right() - left, frame.height());
        series(s, train, lastTrain, p.trainLine);
        series(s, test, lastTest, p.testLine);
        s.restore();
    }

    /** The gutter fits the widest label of the current ticks, measured once per new set of ticks. */
    private void measureGutter(Surface s) {
        if (measured == ticks) {
            return;
        }
        double widest = 0;
        for (int i = 0; i < ticks.count(); i++) {
            widest = Math.max(widest, s.measureText(ticks.label(i)));
        }
        left = frame.left() + widest + 2 * pad;
        measured = ticks;
    }

    /**
     * The sample nearest to the pointer at screen x {@code px}, or null before any data. The
     * epoch is exact: a stored sample or the latest epoch.
     */
    public Readout readout(double px) {
        if (epochs == 0) {
            return null;
        }
        int last = epochs - 1;
        double epoch = Math.max(0, Math.min(last, (px - left) / (frame.right() - left) * xMax()));
        int j = Math.max(0, Math.min(size - 1, (int) Math.round(epoch / stride)));
        if (Math.abs(last - epoch) < Math.abs(j * stride - epoch)) {
            return new Readout(last, lastTrain, lastTest);
        }
        return new Readout(j * stride, train[j], test[j]);
    }

    /** A vertical line at the readout's epoch, a dot on each line, and a label with the numbers. */
    public void drawReadout(Surface s, Readout r) {
        Palette p = style.palette();
        double x = sx(r.epoch());
        s.strokeColor(p.ink);
        s.lineWidth(style.lineWidth());
        s.lineDash(3, 3);
        s.beginPath();
        s.moveTo(x, frame.top());
        s.lineTo(x, frame.bottom());
        s.stroke();
        s.lineDash(0, 0);
        marker(s, x, r.train(), p.trainLine);
        marker(s, x, r.test(), p.testLine);
        String text = "epoch " + (firstEpoch + r.epoch()) + "  train " + shown(r.train()) + "  test " + shown(r.test());
        s.font(style.fontPx(), false);
        double w = s.measureText(text) + 2 * pad;
        double h = style.fontPx() * 1.4;
        double boxLeft = x + pad + w <= frame.right() ? x + pad : Math.max(frame.left(), x - pad - w);
        s.fillColor(Rgb.withAlpha(0xffffff, 0.9));
        s.fillRect(boxLeft, frame.top(), w, h);
        s.fillColor(p.ink);
        s.textAlign(Surface.Align.LEFT);
        s.textBaseline(Surface.Baseline.MIDDLE);
        s.fillText(text, boxLeft + pad, frame.top() + h / 2);
    }

    /** A loss for the readout; {@link Fmt#MISSING} for none (no points to compute it on, or diverged). */
    private static String shown(double loss) {
        return loss == loss ? Fmt.num(loss, 3) : Fmt.MISSING;
    }

    /** Screen x of an epoch. */
    public double sx(double epoch) {
        return left + epoch / xMax() * (frame.right() - left);
    }

    /** Screen y of a loss value on the current (linear or log) scale; NaN where it cannot be shown. */
    public double sy(double value) {
        double v = log ? (value > 0 ? Math.log10(value) : Double.NaN) : value;
        double lo = log ? Math.log10(yLo) : yLo;
        double hi = log ? Math.log10(yHi) : yHi;
        return bottom - (v - lo) / (hi - lo) * (bottom - top);
    }

    private double xMax() {
        return Math.max(1, epochs - 1);
    }

    /**
     * One loss curve, 1.5 line widths thick. Where a line width is at most one device pixel (the
     * usual screen), it is two lines of one width half a width apart: the chart is redrawn every
     * frame while training, and Chromium's software rasteriser (no GPU) draws lines up to a pixel
     * wide as hairlines, far faster than wider ones (docs/benchmarks.md).
     */
    private void series(Surface s, double[] values, double last, int color) {
        double w = style.lineWidth();
        s.strokeColor(color);
        s.beginPath();
        if (w * s.pixelRatio() <= 1) {
            s.lineWidth(w);
            curve(s, values, last, -w / 4);
            curve(s, values, last, w / 4);
        } else {
            s.lineWidth(1.5 * w);
            curve(s, values, last, 0);
        }
        s.stroke();
    }

    /** Adds the curve's path, {@code dy} below where its values are. */
    private void curve(Surface s, double[] values, double last, double dy) {
        boolean drawing = false;
        for (int j = 0; j <= size; j++) {
            boolean latest = j == size;
            if (latest && (epochs - 1) == (size - 1) * stride) {
                break; // the latest epoch is already the last stored sample
            }
            double y = sy(latest ? last : values[j]) + dy;
            double x = sx(latest ? epochs - 1 : j * stride);
            if (!(y - y == 0)) {
                drawing = false; // NaN loss (diverged) or ≤ 0 on a log axis: a gap
            } else if (drawing) {
                s.lineTo(x, y);
            } else {
                s.moveTo(x, y);
                drawing = true;
            }
        }
    }

    private void marker(Surface s, double x, double value, int color) {
        double y = sy(value);
        if (!(y - y == 0)) {
            return;
        }
        s.fillColor(color);
        s.beginPath();
        s.arc(x, y, style.pointRadius(), 0, 2 * Math.PI);
        s.fill();
    }

    /**
     * Sets yLo, yHi to nice values around the finite data: from 0 (losses are ≥ 0) to the next
     * tick above the maximum, or whole decades on a log axis.
     */
    private void updateRange() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j <= size; j++) {
            double a = j == size ? lastTrain : train[j];
            double b = j == size ? lastTest : test[j];
            if (usable(a)) {
                min = Math.min(min, a);
                max = Math.max(max, a);
            }
            if (usable(b)) {
                min = Math.min(min, b);
                max = Math.max(max, b);
            }
        }
        if (min > max) {
            min = log ? 0.1 : 0;
            max = 1;
        }
        double lo;
        double hi;
        double step;
        int target = Math.max(2, (int) (frame.height() / 40));
        if (log) {
            lo = Math.pow(10, Math.floor(Math.log10(min) + 1e-9));
            hi = Math.pow(10, Math.ceil(Math.log10(max) - 1e-9));
            if (hi <= lo) {
                hi = lo * 10;
            }
            step = 1;
        } else {
            lo = Math.min(0, min);
            step = Ticks.niceStep((max - lo) / target);
            lo = Math.floor(lo / step + 1e-9) * step;
            hi = Math.ceil(max / step - 1e-9) * step;
            if (hi <= lo) {
                hi = lo + step;
            }
        }
        if (lo != yLo || hi != yHi || log != ticksLog) {
            yLo = lo;
            yHi = hi;
            ticksLog = log;
            ticks = log ? Ticks.decades(lo, hi) : Ticks.withStep(lo, hi, step);
        }
    }

    private boolean usable(double v) {
        return v - v == 0 && (!log || v > 0);
    }
}
