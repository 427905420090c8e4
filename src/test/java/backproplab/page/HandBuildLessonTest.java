package backproplab.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build-by-hand page's checks and sentences, against weights and answers worked out by hand. */
class HandBuildLessonTest {
    /** a = w·x + b at a point, computed here from the lesson's numbers: the oracle for one line. */
    private static double a(HandBuildLesson lesson, int j, double x1, double x2) {
        return lesson.weight(1, j, 0) * x1 + lesson.weight(1, j, 1) * x2 + lesson.bias(1, j);
    }

    @Test
    void everyExerciseStartsUnsolvedAndItsSolutionSolvesIt() {
        for (HandExercise ex : HandExercise.values()) {
            HandBuildLesson lesson = new HandBuildLesson(ex);
            assertFalse(lesson.solved(), ex.id + " starts solved");
            assertEquals(Line.Role.BAD, lesson.verdict().role());
            lesson.showSolution();
            assertEquals(0, lesson.wrong().length, ex.id + ": " + lesson.verdict().text());
            assertEquals(new Line(Line.Role.GOOD, "Solved: all " + ex.count() + " points are on the right side."), lesson.verdict());
        }
    }

    @Test
    void theOrLineOnTheAndPointsGetsExactlyTheTwoMixedCornersWrong() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.AND);
        assertNull(lesson.type(1, 0, 0, "1"));
        assertNull(lesson.type(1, 0, 1, "1"));
        assertNull(lesson.type(1, 0, 2, "-0.5"));
        // by hand: a(0,1) = a(1,0) = 0.5 > 0 but AND says 0; a(0,0) = −0.5, a(1,1) = 1.5 are right
        assertArrayEquals(new int[] {1, 2}, lesson.wrong());
        assertEquals("2 points still wrong: 2 orange (y = 0) get ŷ = 1. For example at (0, 1), (1, 0).", lesson.verdict().text());
        assertEquals("ŷ = step(1·x₁ + 1·x₂ − 0.5)", lesson.units().get(0).formula());
    }

    @Test
    void flippingOneSideOfTheTriangleLosesEveryBluePoint() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.TRIANGLE);
        lesson.showSolution();
        lesson.flip(0);
        int blueWrong = 0;
        for (int i : lesson.wrong()) {
            blueWrong += lesson.exercise().y(i);
        }
        int blue = 0;
        for (int i = 0; i < lesson.exercise().count(); i++) {
            blue += lesson.exercise().y(i);
        }
        assertEquals(blue, blueWrong, "inside the triangle z₁ is now 0, so the AND is 0");
    }

    @Test
    void gatesAreReadOffTheirTruthTables() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.TRIANGLE);
        assertEquals("always 0", lesson.units().get(3).gate());
        lesson.gate(2, 0, true);
        assertEquals("ŷ = step(1·z₁ + 1·z₂ + 1·z₃ − 2.5)", lesson.units().get(3).formula());
        assertEquals("AND of z₁, z₂ and z₃", lesson.units().get(3).gate());
        lesson.gate(2, 0, false);
        assertEquals(-0.5, lesson.bias(2, 0));
        assertEquals("OR of z₁, z₂ and z₃", lesson.units().get(3).gate());
        assertNull(lesson.type(2, 0, 3, "-1.5")); // two of three: the majority
        assertEquals("a threshold of z₁, z₂ and z₃, neither AND nor OR", lesson.units().get(3).gate());
        assertNull(lesson.type(2, 0, 1, "0"));
        assertNull(lesson.type(2, 0, 2, "0"));
        assertNull(lesson.type(2, 0, 3, "0.5"));
        assertNull(lesson.type(2, 0, 0, "-1"));
        assertEquals("NOT z₁", lesson.units().get(3).gate());
    }

    @Test
    void theTwoLayerNamesFollowTheLecture() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.POLYGONS);
        List<HandBuildLesson.UnitView> units = lesson.units();
        assertEquals(9, units.size());
        assertEquals("z[1]₁", units.get(0).name());
        assertEquals("z[2]₂", units.get(7).name());
        assertEquals("ŷ", units.get(8).name());
        lesson.showSolution();
        assertEquals("AND of z[1]₄, z[1]₅ and z[1]₆", lesson.units().get(7).gate());
        assertEquals("OR of z[2]₁ and z[2]₂", lesson.units().get(8).gate());
    }

    @Test
    void movingKeepsTheDirectionAndPassesThroughThePoint() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.TRIANGLE);
        double w1 = lesson.weight(1, 1, 0);
        double w2 = lesson.weight(1, 1, 1);
        lesson.moveTo(1, 2, -1);
        assertEquals(0, a(lesson, 1, 2, -1), 1e-12);
        assertEquals(w1, lesson.weight(1, 1, 0));
        assertEquals(w2, lesson.weight(1, 1, 1));
        double[] before = lesson.anchor(1);
        lesson.nudge(1, 0.5, 0.25);
        assertEquals(0, a(lesson, 1, before[0] + 0.5, before[1] + 0.25), 1e-12);
    }

    @Test
    void aimingPointsTheArrowAtThePointerAndTurningFourQuartersComesBack() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.TRIANGLE);
        double[] p = lesson.anchor(0);
        double size = Math.hypot(lesson.weight(1, 0, 0), lesson.weight(1, 0, 1));
        lesson.aim(0, p[0] + 3, p[1] + 4);
        assertEquals(size * 3 / 5, lesson.weight(1, 0, 0), 1e-12);
        assertEquals(size * 4 / 5, lesson.weight(1, 0, 1), 1e-12);
        assertTrue(a(lesson, 0, p[0] + 3, p[1] + 4) > 0);
        assertEquals(0, a(lesson, 0, p[0], p[1]), 1e-12, "the line turns about its anchor");
        double[] w = {lesson.weight(1, 0, 0), lesson.weight(1, 0, 1), lesson.bias(1, 0)};
        for (int k = 0; k < 4; k++) {
            lesson.turn(0, 90);
        }
        assertArrayEquals(w, new double[] {lesson.weight(1, 0, 0), lesson.weight(1, 0, 1), lesson.bias(1, 0)}, 1e-12);
        double before = a(lesson, 0, 5, 5);
        lesson.flip(0);
        assertEquals(-before, a(lesson, 0, 5, 5), 1e-12);
    }

    @Test
    void keysPickMoveTurnAndFlipTheSelectedLine() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.TRIANGLE);
        lesson.keyAction("3", false).run();
        assertEquals(2, lesson.selectedUnit());
        assertNull(lesson.keyAction("4", false), "there is no fourth line");
        assertNull(lesson.keyAction("x", false));
        double[] p = lesson.anchor(2);
        lesson.keyAction("ArrowRight", true).run();
        assertEquals(0, a(lesson, 2, p[0] + 5 * lesson.nudgeStep(), p[1]), 1e-12);
        double angle = Math.atan2(lesson.weight(1, 2, 1), lesson.weight(1, 2, 0));
        lesson.keyAction("[", false).run();
        assertEquals(Math.toRadians(HandBuildLesson.TURN), Math.atan2(lesson.weight(1, 2, 1), lesson.weight(1, 2, 0)) - angle, 1e-12);
        double b = lesson.bias(1, 2);
        lesson.keyAction("f", false).run();
        assertEquals(-b, lesson.bias(1, 2));
    }

    @Test
    void typedNumbersAreCheckedAndARefusalKeepsTheWeight() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.XOR);
        double before = lesson.weight(1, 0, 0);
        assertEquals("“abc” is not a number; w₁ stays " + backproplab.text.Fmt.minus(backproplab.text.Fmt.num(before, 4)) + ".",
                lesson.type(1, 0, 0, "abc"));
        assertEquals(before, lesson.weight(1, 0, 0));
        assertNotNull(lesson.type(1, 0, 0, "1e6"));
        assertNotNull(lesson.type(1, 0, 0, ""));
        assertNotNull(lesson.type(1, 0, 0, "Infinity"));
        assertEquals(before, lesson.weight(1, 0, 0));
        assertNotNull(lesson.type(3, 0, 0, "1"), "no third layer");
        assertNull(lesson.type(1, 0, 2, "2.5"));
        assertEquals(2.5, lesson.bias(1, 0));
    }

    @Test
    void theLinkReopensTheStudentsNetwork() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.POLYGONS);
        lesson.showSolution();
        lesson.turn(4, 7);
        String link = HandBuildLink.write(lesson);
        HandBuildLink.Parsed back = HandBuildLink.parse("#" + link);
        assertEquals(List.of(), back.notices());
        assertEquals(HandExercise.POLYGONS, back.lesson().exercise());
        assertEquals(link, HandBuildLink.write(back.lesson()));
        assertEquals(lesson.wrong().length, back.lesson().wrong().length);
    }

    @Test
    void aMangledLinkSaysWhatWasWrongAndStartsTheExercise() {
        HandBuildLink.Parsed p = HandBuildLink.parse("ex=hexagon&w=1,2&zoom=3");
        assertEquals(HandExercise.AND, p.lesson().exercise());
        assertEquals(List.of("The link's ex=hexagon is not one of and, or, triangle, xor, polygons; using and.",
                "The link's “zoom” is not a setting of this page; it was ignored.",
                "The link's weights are 2 numbers where this exercise has 3; using the exercise's starting weights."), p.notices());
        HandBuildLink.Parsed q = HandBuildLink.parse("ex=or&w=1,NaN,3");
        assertEquals(List.of("The link's weights hold “NaN”, not a number within ±100; using the exercise's starting weights."), q.notices());
        assertEquals(HandBuildLink.write(new HandBuildLesson(HandExercise.OR)), HandBuildLink.write(q.lesson()));
    }

    @Test
    void solvedExercisesAreTickedInTheMenu() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.OR);
        assertEquals("or", lesson.markSolved(null));
        assertEquals("and,or", lesson.markSolved("and,bogus,or"));
        List<Choice> menu = lesson.exerciseChoices("or");
        assertEquals(new Choice("and", "1. AND with one unit"), menu.get(0));
        assertEquals(new Choice("or", "✓ 2. OR with one unit"), menu.get(1));
    }

    @Test
    void theDescriptionSaysWhatThePlaneShows() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.AND);
        lesson.showSolution();
        // x₁ + x₂ > 1.5 on [−0.5, 1.5]²: the corner triangle of legs 1.5, area 1.125 of 4: 28 %
        assertEquals("The plane from −0.5 to 1.5 with 1 line of the first layer; the network says 1 (blue) on 28% of it. "
                + "1 blue disc and 3 orange squares. Solved: all 4 points are on the right side.", lesson.describe());
    }
}
