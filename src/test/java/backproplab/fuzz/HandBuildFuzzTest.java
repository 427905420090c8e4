package backproplab.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.math.Rng;
import backproplab.page.HandBuildLesson;
import backproplab.page.HandBuildLink;
import backproplab.page.HandExercise;
import org.junit.jupiter.api.Test;

/** The build-by-hand page's link and typed boxes, fed the generator of {@link InputFuzzTest}. */
class HandBuildFuzzTest {
    private static final String[] NUMBERS = {"1", "-0.5", "2.5", "0", "1e-3", "-12", ".75"};

    @Test
    void aTypedWeightIsTakenOrRefusedWithTheNetworkKept() {
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.POLYGONS);
        Rng rng = new Rng(31);
        int refused = 0;
        for (int i = 0; i < InputFuzzTest.CASES; i++) {
            String typed = InputFuzzTest.mutate(rng, NUMBERS[rng.nextInt(NUMBERS.length)]);
            int l = 1 + rng.nextInt(lesson.layers());
            int j = rng.nextInt(lesson.units(l));
            int k = rng.nextInt(lesson.inputs(l) + 1);
            String before = HandBuildLink.write(lesson);
            String notice = InputFuzzTest.noSurprise(typed, null, () -> lesson.type(l, j, k, typed));
            if (notice == null) {
                double v = lesson.value(l, j, k);
                assertTrue(Math.abs(v) <= HandBuildLesson.LIMIT, InputFuzzTest.shorten(typed));
            } else {
                refused++;
                InputFuzzTest.assertReadable(notice, typed);
                assertEquals(before, HandBuildLink.write(lesson), InputFuzzTest.shorten(typed));
            }
            lesson.wrong(); // the check runs on whatever was taken
        }
        assertTrue(refused > 1000 && refused < InputFuzzTest.CASES - 1000, "both outcomes well exercised: " + refused);
        System.out.println("Fuzz, build-by-hand weights: " + InputFuzzTest.CASES + " inputs, " + refused + " refused, 0 exceptions");
    }

    @Test
    void anyLinkOpensAnExerciseThatWritesItselfBack() {
        HandBuildLesson solved = new HandBuildLesson(HandExercise.XOR);
        solved.showSolution();
        String[] seeds = {HandBuildLink.write(solved), "ex=triangle", "ex=polygons&w=" + "1,".repeat(26) + "1", "ex=or&w=1,1,-0.5"};
        Rng rng = new Rng(32);
        for (int i = 0; i < InputFuzzTest.CASES; i++) {
            String link = InputFuzzTest.mutate(rng, seeds[rng.nextInt(seeds.length)]);
            HandBuildLink.Parsed p = InputFuzzTest.noSurprise(link, null, () -> HandBuildLink.parse(link));
            for (String notice : p.notices()) {
                InputFuzzTest.assertReadable(notice, link);
            }
            String written = HandBuildLink.write(p.lesson());
            assertEquals(written, HandBuildLink.write(HandBuildLink.parse(written).lesson()), InputFuzzTest.shorten(link));
            p.lesson().describe();
        }
        System.out.println("Fuzz, build-by-hand links: " + InputFuzzTest.CASES + " inputs, 0 exceptions, every one written back unchanged");
    }
}
