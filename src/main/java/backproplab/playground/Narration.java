package backproplab.playground;

import backproplab.text.Fmt;

/**
 * What the playground's pictures show now, in words, for their text alternatives and for a
 * screen reader's calm running commentary: which class the network gives how much of the plane,
 * how the loss has moved, where training is.
 */
public final class Narration {
    private Narration() {
    }

    /**
     * The output plot: the share of the plane on each side of the boundary (classification) or the
     * output's range (regression), then the training accuracy. {@code picture} is the output on
     * the −1 … +1 picture scale ({@link Playground#outputPicture}).
     */
    public static String heatmap(double[] picture, boolean classification, double trainAccuracy) {
        int blue = 0;
        int orange = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : picture) {
            if (v > 0) {
                blue++;
            } else if (v < 0) {
                orange++;
            }
            if (v - v == 0) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(lo <= hi)) {
            return "The network's output over the input plane: not a number anywhere (the training diverged).";
        }
        if (!classification) {
            return "The network's output over the input plane, from " + Fmt.minus(Fmt.num(lo, 2)) + " (orange) to "
                    + Fmt.minus(Fmt.num(hi, 2)) + " (blue), with the data points.";
        }
        String accuracy = trainAccuracy == trainAccuracy
                ? "; " + Fmt.percent(trainAccuracy, 1) + " of the training points are on their class's side" : "";
        return "The network's output over the input plane: blue (+1) on " + Fmt.percent(blue / (double) picture.length, 0)
                + " of it, orange (−1) on " + Fmt.percent(orange / (double) picture.length, 0) + accuracy + ".";
    }

    /** The loss chart: from where the run started to where it is. */
    public static String lossChart(int firstEpoch, double startLoss, int epoch, double trainLoss, double testLoss) {
        if (!(trainLoss == trainLoss)) {
            return "The loss chart: no training points yet.";
        }
        String test = testLoss == testLoss ? ", test loss " + Fmt.fixed(testLoss, 3) : "";
        if (epoch == firstEpoch) {
            return "The loss chart, at epoch " + epoch + ": training loss " + Fmt.fixed(trainLoss, 3) + test + ".";
        }
        String way = trainLoss < startLoss ? "fell" : trainLoss > startLoss ? "rose" : "stayed";
        return "The loss chart: the training loss " + way + " from " + Fmt.fixed(startLoss, 3) + " at epoch " + firstEpoch
                + " to " + Fmt.fixed(trainLoss, 3) + " at epoch " + epoch + test + ".";
    }

    /** The live region's line: playing or paused, the epoch and both losses. */
    public static String progress(boolean playing, int epoch, double trainLoss, double testLoss) {
        String losses = trainLoss == trainLoss ? ": training loss " + Fmt.fixed(trainLoss, 3)
                + (testLoss == testLoss ? ", test loss " + Fmt.fixed(testLoss, 3) : "") : "";
        return (playing ? "Training, epoch " : "Paused at epoch ") + epoch + losses + ".";
    }
}
