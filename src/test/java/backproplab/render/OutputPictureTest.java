package backproplab.render;

import backproplab.data.Points;
import backproplab.playground.Playground;
import backproplab.state.HashCodec;
import org.junit.jupiter.api.Test;

/**
 * The playground's output picture as the page draws it: the trained network's heatmap with the
 * training points on top. A point of either class must show in its class colour where it lies,
 * and the picture's sign must match the network's prediction.
 */
class OutputPictureTest {
    @Test
    void theTrainedCircleShowsBlueInsideOrangeOutsideAndEveryPointInItsClassColour() {
        Playground p = new Playground(HashCodec.parse("#dataset=circle&networkShape=4,2&seed=pic&learningRate=0.1").state(), 50);
        for (int e = 0; e < 300; e++) {
            p.epoch();
        }
        Heatmap h = new Heatmap(50, 50, Viewport.square(0, 0, 300, 300, -6, 6));
        p.grid().update();
        h.fill(p.outputPicture(), Palette.STANDARD, true);
        Java2DSurface s = new Java2DSurface(300, 300);
        h.draw(s);
        Viewport v = h.view();
        Pixels.assertNear(Palette.STANDARD.positive, s.argb((int) v.sx(0.3), (int) v.sy(0.2)), 30, "the centre is class +1, blue");
        Pixels.assertNear(Palette.STANDARD.negative, s.argb((int) v.sx(-5.8), (int) v.sy(5.8)), 30, "the corner is class −1, orange");
        Points train = p.data().train();
        Style big = new Style(Palette.STANDARD, 11, 1, 5);
        h.drawPoints(s, big, train.x1, train.x2, train.label, train.count, false);
        s.savePng(Pixels.png("output-circle"));
        // on a neutral (0, grey) picture a missing point could not hide in a region of its own colour
        h.fill(new double[50 * 50], Palette.STANDARD, false);
        s = new Java2DSurface(300, 300);
        h.draw(s);
        h.drawPoints(s, big, train.x1, train.x2, train.label, train.count, false);
        int checked = 0;
        for (int k = 0; k < train.count; k++) {
            if (coveredLater(train, k, v, 2 * 5 + 2)) {
                continue; // a later point's outline lies over its centre
            }
            checked++;
            int expected = train.label[k] > 0 ? Palette.STANDARD.positive : Palette.STANDARD.negative;
            Pixels.assertNear(expected, s.argb((int) Math.round(v.sx(train.x1[k])), (int) Math.round(v.sy(train.x2[k]))), 60,
                    "training point " + k + " is drawn in its class colour");
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > train.count / 5, checked + " of " + train.count);
    }

    static boolean coveredLater(Points p, int k, Viewport v, double px) {
        for (int j = k + 1; j < p.count; j++) {
            if (Math.hypot(v.sx(p.x1[j]) - v.sx(p.x1[k]), v.sy(p.x2[j]) - v.sy(p.x2[k])) < px) {
                return true;
            }
        }
        return false;
    }
}
