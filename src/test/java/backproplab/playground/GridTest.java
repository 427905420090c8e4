package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backproplab.data.Feature;
import backproplab.nn.Network;
import org.junit.jupiter.api.Test;

/** The grid's batched pass over all cells holds, in every cell, the numbers of that cell's own forward pass. */
class GridTest {
    @Test
    void everyUnitOfEveryCellHasTheBitsOfAForwardPass() {
        Playground p = PlaygroundTest.open("#dataset=spiral&networkShape=8,8,8,8,8,8&activation=tanh&xSquared=true&ySquared=true"
                + "&xTimesY=true&sinX=true&sinY=true&cosX=true&seed=grid");
        for (int e = 0; e < 3; e++) {
            p.epoch();
        }
        Grid grid = p.grid();
        grid.update();
        Network net = p.network();
        double[] row = new double[p.inputs().length];
        for (int r = 0; r < grid.size; r += 7) {
            for (int c = 0; c < grid.size; c += 3) {
                Feature.fill(p.inputs(), grid.x1(c), grid.x2(r), row);
                net.forward(row);
                for (int l = 0; l <= net.L; l++) {
                    for (int j = 0; j < net.n[l]; j++) {
                        assertEquals(Double.doubleToRawLongBits(net.z[l][j]), Double.doubleToRawLongBits(grid.unit(l, j)[r * grid.size + c]),
                                "layer " + l + " unit " + j + " cell " + r + "," + c);
                    }
                }
            }
        }
    }
}
