package backproplab.playground;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backproplab.data.Feature;
import backproplab.nn.Network;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grid's batched pass over all cells holds, in every cell, the numbers of that cell's own forward pass. */
class GridTest {
    /** Layers of 8 inputs (two blocks of four), and of 3, 5 and 7 (blocks and a remainder, or a remainder alone). */
    @ParameterizedTest
    @ValueSource(strings = {
        "#dataset=spiral&networkShape=8,8,8,8,8,8&activation=tanh&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true&cosX=true&seed=grid",
        "#dataset=xor&networkShape=5,7,2&activation=relu&xTimesY=true&seed=grid"})
    void everyUnitOfEveryCellHasTheBitsOfAForwardPass(String link) {
        Playground p = PlaygroundTest.open(link);
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
