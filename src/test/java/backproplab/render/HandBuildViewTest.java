package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.page.HandBuildLesson;
import backproplab.page.HandExercise;
import org.junit.jupiter.api.Test;

/** The build-by-hand plane, drawn on the JVM: the handles sit where the model says and can be picked. */
class HandBuildViewTest {
    private static final Palette P = Palette.STANDARD;

    @Test
    void eachHandleIsDrawnWhereTheModelPutsItAndPickedThere() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.TRIANGLE);
        HandBuildView v = new HandBuildView(480, 480, Style.STANDARD, HandExercise.TRIANGLE);
        Java2DSurface s = new Java2DSurface(480, 480, 2);
        v.draw(s, lesson);
        s.savePng(Pixels.png("handbuild-triangle-start"));
        Viewport view = v.view();
        for (int j = 0; j < 3; j++) {
            double[] a = lesson.anchor(j);
            double[] t = lesson.tip(j);
            // the dot's centre is white, inside an ink ring
            Pixels.assertNear(0xffffffff, s.argb(view.sx(a[0]), view.sy(a[1])), 30, "line " + j + "'s dot");
            assertEquals(2 * j, v.handleAt(view.sx(a[0]) + 3, view.sy(a[1]) - 2, lesson));
            assertEquals(2 * j + 1, v.handleAt(view.sx(t[0]), view.sy(t[1]), lesson));
        }
        assertEquals(-1, v.handleAt(view.sx(0), view.sy(0), lesson), "nothing to grab at the centre");
        assertTrue(v.handleRadius() >= 12, "targets of at least 24 px");
    }

    @Test
    void theSolvedTriangleShadesItsInsideBlueAndLeavesNoPointCircled() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.TRIANGLE);
        lesson.showSolution();
        HandBuildView v = new HandBuildView(480, 480, Style.STANDARD, HandExercise.TRIANGLE);
        Java2DSurface s = new Java2DSurface(480, 480, 2);
        v.draw(s, lesson);
        s.savePng(Pixels.png("handbuild-triangle-solved"));
        Viewport view = v.view();
        int inside = s.argb(view.sx(0.3), view.sy(-0.6));
        int outside = s.argb(view.sx(4.5), view.sy(-4.5));
        assertTrue(Pixels.difference(inside, P.color(0.3)) < 40, "inside shaded as 1");
        assertTrue(Pixels.difference(outside, P.color(-0.3)) < 40, "outside shaded as 0");
    }

    @Test
    void everyExerciseDrawsFromItsStartAndItsSolutionAtAnySize() {
        for (HandExercise ex : HandExercise.values()) {
            HandBuildLesson lesson = new HandBuildLesson(ex);
            for (double side : new double[] {240, 900}) {
                HandBuildView v = new HandBuildView(side, side, Style.of(Palette.HIGH_CONTRAST, 1.45), ex);
                Java2DSurface s = new Java2DSurface(side, side);
                v.draw(s, lesson);
                lesson.showSolution();
                v.draw(s, lesson);
            }
        }
    }
}
