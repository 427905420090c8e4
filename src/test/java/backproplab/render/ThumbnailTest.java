package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThumbnailTest {
    @Test
    void aSmallNodeSamplesTheMiddleOfEachBlockOfTheLargerGrid() {
        int n = 100;
        double[] values = new double[n * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                values[r * n + c] = (c - r) / 100.0; // −1 at the bottom left … +1 at the top right
            }
        }
        Thumbnail t = new Thumbnail(50);
        t.fill(values, Palette.STANDARD, false);
        for (int r = 0; r < 50; r += 7) {
            for (int c = 0; c < 50; c += 7) {
                assertEquals(Palette.STANDARD.color(values[(2 * r + 1) * n + 2 * c + 1]), t.pixel(r, c), r + "," + c);
            }
        }
    }

    @Test
    void aGridOfTheNodesOwnSizeIsCopiedCellForCell() {
        double[] values = {-1, 0, 0.5, 1};
        Thumbnail t = new Thumbnail(2);
        t.fill(values, Palette.STANDARD, true);
        assertEquals(Palette.STANDARD.discrete(-1), t.pixel(0, 0));
        assertEquals(Palette.STANDARD.discrete(0), t.pixel(0, 1));
        assertEquals(Palette.STANDARD.discrete(1), t.pixel(1, 1));
    }
}
