package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.Feature;
import backproplab.nn.Activation;
import backproplab.nn.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grid's batched pass over all cells holds, in every cell, the numbers of that cell's own forward pass (for pictures). */
class GridTest {
    /** Layers of 8 inputs (two blocks of four), and of 3, 5 and 7 (blocks and a remainder, or a remainder alone). */
    @ParameterizedTest
    @ValueSource(strings = {
        "#dataset=spiral&networkShape=8,8,8,8,8,8&activation=tanh&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true&cosX=true&seed=grid",
        "#dataset=xor&networkShape=5,7,2&activation=relu&xTimesY=true&seed=grid"})
    void everyUnitOfEveryCellHoldsItsForwardPass(String link) {
        Playground p = PlaygroundTest.open(link);
        for (int e = 0; e < 3; e++) {
            p.epoch();
        }
        p.grid().update();
        assertHoldsTheForwardPassesOf(p);
    }

    static final String LARGEST = "#dataset=spiral&networkShape=8,8,8,8,8,8&activation=tanh&xSquared=true&ySquared=true"
            + "&xTimesY=true&sinX=true&sinY=true&seed=slices";

    /** While playing, the page spreads the grid over frames and trains between the slices. */
    @Test
    void anEvaluationSpreadOverSlicesShowsTheWeightsItBeganWithThenTheNextOneTheCurrentOnes() {
        Playground p = PlaygroundTest.open(LARGEST);
        Playground same = PlaygroundTest.open(LARGEST);
        for (int e = 0; e < 3; e++) {
            p.epoch();
            same.epoch();
        }
        same.grid().update();
        Grid grid = p.grid();
        int slices = 0;
        while (!grid.advance(300)) {
            p.epoch(); // new weights between the slices
            slices++;
        }
        assertEquals(8, slices, "50×50 cells in slices of 300");
        Network net = p.network();
        for (int l = 0; l <= net.L; l++) {
            for (int j = 0; j < net.n[l]; j++) {
                assertArrayEquals(same.grid().unit(l, j), grid.unit(l, j), "layer " + l + " unit " + j + ": the weights of epoch 3");
            }
        }
        assertTrue(grid.advance(Integer.MAX_VALUE), "one slice of every cell");
        assertHoldsTheForwardPassesOf(p); // the weights of epoch 11

        p.epoch();
        assertFalse(grid.advance(100));
        p.epoch();
        grid.update(); // paused mid-way: the picture must show the last epoch, not the one the slices began with
        assertHoldsTheForwardPassesOf(p);
        assertTrue(grid.advance(100), "up to date: nothing to do");
    }

    /**
     * Every cell (sampled) of every unit holds the forward pass of the network's current weights:
     * to the bit for ReLU units and the inputs, within 10⁻⁴ for tanh units (the pictures' tanh,
     * 5.9·10⁻⁶ a unit, through up to seven layers), where a colour step is 1/256.
     */
    private static void assertHoldsTheForwardPassesOf(Playground p) {
        Grid grid = p.grid();
        Network net = p.network();
        double[] row = new double[p.inputs().length];
        double worst = 0;
        for (int r = 0; r < grid.size; r += 7) {
            for (int c = 0; c < grid.size; c += 3) {
                Feature.fill(p.inputs(), grid.x1(c), grid.x2(r), row);
                net.forward(row);
                for (int l = 0; l <= net.L; l++) {
                    for (int j = 0; j < net.n[l]; j++) {
                        double cell = grid.unit(l, j)[r * grid.size + c];
                        String where = "layer " + l + " unit " + j + " cell " + r + "," + c;
                        Activation.Kind kind = l == 0 ? null : net.activation(l).kind();
                        if (kind == Activation.Kind.TANH || kind == Activation.Kind.SIGMOID) { // Activation.applyForPictures
                            assertEquals(net.z[l][j], cell, 1e-4, where);
                            worst = Math.max(worst, Math.abs(net.z[l][j] - cell));
                        } else {
                            assertEquals(Double.doubleToRawLongBits(net.z[l][j]), Double.doubleToRawLongBits(cell), where);
                        }
                    }
                }
            }
        }
        System.out.println("grid: worst error of a tanh unit " + worst);
    }
}
