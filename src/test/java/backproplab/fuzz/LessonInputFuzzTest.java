package backproplab.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.lessons.DescentSettings;
import backproplab.lessons.LearningRateScale;
import backproplab.lessons.LogisticSurface2D;
import backproplab.math.Rng;
import backproplab.page.DescentLesson;
import org.junit.jupiter.api.Test;

/** The boxes a student types into on the lesson pages, fed the generator of {@link InputFuzzTest}. */
class LessonInputFuzzTest {
    private static final String[] VALID = {"0.05", "1e-3", "2", "0.1", "10", "3.5", ".5"};

    /** The descent page's α box: a learning rate is taken (from t = 0), anything else leaves the page as it was and says why. */
    @Test
    void theTypedLearningRateIsTakenOrRefusedWithTheStateKept() {
        DescentLesson lesson = new DescentLesson(DescentSettings.defaults().withT(3), LogisticSurface2D.standard());
        Rng rng = new Rng(27);
        int refused = 0;
        for (int i = 0; i < InputFuzzTest.CASES; i++) {
            String typed = InputFuzzTest.mutate(rng, VALID[rng.nextInt(VALID.length)]);
            DescentSettings before = lesson.settings();
            String notice = InputFuzzTest.noSurprise(typed, null, () -> lesson.typeAlpha(typed));
            if (notice == null) {
                double alpha = lesson.settings().alpha();
                assertTrue(alpha > 0 && alpha <= LearningRateScale.TYPED_MAX, InputFuzzTest.shorten(typed));
                assertEquals(before.withAlpha(alpha), lesson.settings(), InputFuzzTest.shorten(typed));
                if (lesson.curve().hasNext()) {
                    lesson.curve().next(); // move on, so that the next refusal has a t to keep
                }
            } else {
                refused++;
                InputFuzzTest.assertReadable(notice, typed);
                assertEquals(before, lesson.settings(), InputFuzzTest.shorten(typed));
            }
        }
        assertTrue(refused > 1000 && refused < InputFuzzTest.CASES - 1000, "both outcomes well exercised: " + refused);
        System.out.println("Fuzz, typed α: " + InputFuzzTest.CASES + " inputs, " + refused + " refused with a readable notice, 0 exceptions");
    }
}
