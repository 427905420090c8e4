package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backproplab.lessons.Curve1D;
import backproplab.lessons.Descent1D;
import backproplab.lessons.Descent2D;
import backproplab.lessons.LogisticSurface2D;
import backproplab.lessons.LossPoint;
import backproplab.nn.Activation;
import backproplab.nn.Optimizer;
import org.junit.jupiter.api.Test;

/** The pictures of the gradient-descent and activations pages, drawn on the JVM. */
class LessonViewsTest {
    private static final Palette P = Palette.STANDARD;

    @Test
    void theCurrentIterateIsABlueDotOnTheCurveAndTheStepABlueArrowAlongW() {
        Curve1D q = Curve1D.byId("quadratic");
        Descent1D run = Descent1D.run(q, q.start(), 0.1);
        DescentView v = new DescentView();
        Java2DSurface s = new Java2DSurface(640, 400, 4);
        v.layout(640, 400, Style.STANDARD, q);
        v.draw(s, Style.STANDARD, run, 0);
        s.savePng(Pixels.png("descent-quadratic-t0"));
        Viewport view = v.view();
        // by hand: w₀ = −1.5, L(w₀) = 2.5² = 6.25, slope −5, so w₁ = −1.5 + 0.1·5 = −1
        Pixels.assertNear(P.positive, s.argb(view.sx(-1.5), view.sy(6.25)), 40, "the dot at w₀");
        Pixels.assertNear(P.positive, s.argb(view.sx(-1.25), view.sy(6.25)), 40, "the step's shaft, halfway to w₁");
        Pixels.assertNear(0xffffffff, s.argb(view.sx(-1.25), view.sy(6.25) + 12), 40, "nothing 12 px below the shaft");
    }

    @Test
    void everyCurveAndRegimeDrawsAtEveryStepEvenOffThePlot() {
        DescentView v = new DescentView();
        Java2DSurface s = new Java2DSurface(360, 260);
        for (Curve1D c : Curve1D.all()) {
            v.layout(360, 260, Style.STANDARD, c);
            for (double alpha : new double[] {0.001, 0.1, 0.7, 1.1, 3}) {
                Descent1D run = Descent1D.run(c, c.start(), alpha);
                for (int t = 0; t < run.length(); t += 7) {
                    v.draw(s, Style.STANDARD, run, t);
                }
            }
        }
        Curve1D q = Curve1D.byId("quadratic");
        v.layout(360, 260, Style.STANDARD, q);
        v.draw(s, Style.STANDARD, Descent1D.run(q, q.start(), 1.1), 12);
        s.savePng(Pixels.png("descent-quadratic-diverging-t12"));
    }

    @Test
    void theContoursAreSquareWithTheMinimumMarkedAndThePathsInTheirColours() {
        LogisticSurface2D surface = LogisticSurface2D.standard();
        ContourView v = new ContourView(surface);
        Java2DSurface s = new Java2DSurface(600, 560, 4);
        v.layout(600, 560, Style.STANDARD);
        Viewport view = v.view();
        assertEquals(view.width(), view.height(), 1e-9);
        Optimizer[] methods = {Optimizer.SGD, Optimizer.MOMENTUM, Optimizer.ADAM};
        Descent2D[] runs = new Descent2D[3];
        for (int k = 0; k < 3; k++) {
            runs[k] = Descent2D.run(surface, methods[k], -1.5, 2, 0.05, 50);
        }
        v.draw(s, Style.STANDARD, runs, new String[] {"gradient descent", "momentum", "Adam"}, 0);
        LossPoint min = surface.minimum();
        Pixels.assertNear(P.ink, s.argb(view.sx(min.w1()), view.sy(min.w2())), 40, "the × at the minimum");

        v.draw(s, Style.STANDARD, runs, new String[] {"gradient descent", "momentum", "Adam"}, 50);
        s.savePng(Pixels.png("contours-paths-t50"));
        // momentum's wide orange line, halfway through its first step (the first steps of all three
        // coincide in direction, and momentum is drawn over gradient descent)
        double mx = (runs[1].w1(10) + runs[1].w1(11)) / 2;
        double my = (runs[1].w2(10) + runs[1].w2(11)) / 2;
        Pixels.assertNear(P.negative, s.argb(view.sx(mx), view.sy(my)), 60, "momentum between steps 10 and 11");
    }

    @Test
    void theActivationPlotHasEqualScalesSoReluRisesAtFortyFiveDegrees() {
        ActivationView v = new ActivationView();
        Java2DSurface s = new Java2DSurface(640, 400, 4);
        v.layout(640, 400, Style.STANDARD);
        Viewport view = v.view();
        assertEquals(view.width() / (view.xMax() - view.xMin()), view.height() / (view.yMax() - view.yMin()), 1e-9);
        v.draw(s, Style.STANDARD, Activation.RELU, "ReLU", false, Double.NaN);
        Pixels.assertNear(P.positive, s.argb(view.sx(1.5), view.sy(1.5)), 40, "ReLU(1.5) = 1.5");
        Pixels.assertNear(P.positive, s.argb(view.sx(-2), view.sy(0)), 40, "ReLU(−2) = 0");
    }

    @Test
    void theReadoutMarksTheValueAndTheDerivativeAtX() {
        ActivationView v = new ActivationView();
        Java2DSurface s = new Java2DSurface(640, 400, 4);
        v.layout(640, 400, Style.STANDARD);
        Activation leaky = Activation.leakyRelu(0.5);
        v.draw(s, Style.STANDARD, leaky, "LeakyReLU", true, -2);
        s.savePng(Pixels.png("activation-leaky-readout"));
        Viewport view = v.view();
        // by hand: LeakyReLU(−2) = 0.5·(−2) = −1, its derivative there is the slope 0.5
        Pixels.assertNear(P.positive, s.argb(view.sx(-2), view.sy(-1)), 40, "dot on the function");
        Pixels.assertNear(P.negative, s.argb(view.sx(-2), view.sy(0.5)), 40, "dot on the derivative");
    }

    @Test
    void aThumbnailDrawsEveryActivation() {
        ActivationView v = new ActivationView();
        Java2DSurface s = new Java2DSurface(160, 100, 2);
        v.layoutThumbnail(160, 100, Style.STANDARD);
        for (Activation a : Activation.all()) {
            v.draw(s, Style.STANDARD, a, a.kind().label(), true, Double.NaN);
        }
        Viewport view = v.view();
        Pixels.assertNear(P.positive, s.argb(view.sx(2), view.sy(1)), 40, "step(2) = 1, the last drawn");
    }
}
