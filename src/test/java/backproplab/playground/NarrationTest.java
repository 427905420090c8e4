package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The pictures' words against pictures and runs made by hand. */
class NarrationTest {
    @Test
    void theHeatmapSaysHowMuchOfThePlaneEachClassGetsAndTheAccuracy() {
        double[] picture = {0.9, 0.5, -0.2, -0.7, 0.1, 0.3, 0.8, -1}; // 5 blue, 3 orange
        assertEquals("The network's output over the input plane: blue (+1) on 63% of it, orange (−1) on 38%;"
                + " 97.5% of the training points are on their class's side.", Narration.heatmap(picture, true, 0.975));
        assertEquals("The network's output over the input plane, from −1 (orange) to 0.9 (blue), with the data points.",
                Narration.heatmap(picture, false, Double.NaN));
        assertEquals("The network's output over the input plane: not a number anywhere (the training diverged).",
                Narration.heatmap(new double[] {Double.NaN, Double.NaN}, true, 0.5));
    }

    @Test
    void theLossChartSaysWhereTheRunWentAndTheLiveRegionWhereItIs() {
        assertEquals("The loss chart: the training loss fell from 0.502 at epoch 0 to 0.031 at epoch 412, test loss 0.047.",
                Narration.lossChart(0, 0.5024, 412, 0.0312, 0.0466));
        assertEquals("The loss chart, at epoch 40: training loss 0.200.", Narration.lossChart(40, 0.2, 40, 0.2, Double.NaN));
        assertEquals("The loss chart: no training points yet.", Narration.lossChart(0, Double.NaN, 0, Double.NaN, Double.NaN));
        assertEquals("Training, epoch 120: training loss 0.213, test loss 0.220.", Narration.progress(true, 120, 0.2131, 0.2199));
        assertEquals("Paused at epoch 7.", Narration.progress(false, 7, Double.NaN, Double.NaN));
    }

    @Test
    void aPlaygroundsOwnPictureIsDescribedFromItsGrid() {
        Playground p = new Playground(backproplab.state.HashCodec.parse("dataset=gauss&networkShape=&seed=n").state(), 20);
        for (int e = 0; e < 30; e++) {
            p.epoch();
        }
        p.grid().update();
        double[] picture = p.outputPicture();
        long blue = java.util.Arrays.stream(picture).filter(v -> v > 0).count();
        String said = Narration.heatmap(picture, true, p.trainAccuracy());
        assertEquals(true, said.contains("blue (+1) on " + Math.round(100.0 * blue / picture.length) + "%"), said);
    }
}
