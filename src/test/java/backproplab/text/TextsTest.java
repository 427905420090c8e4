package backproplab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** What the student reads about a count or a number typed. */
class TextsTest {
    @Test
    void oneOfSomethingIsSingular() {
        assertEquals("hidden layer", Texts.noun(1, "hidden layer"));
        assertEquals("hidden layers", Texts.noun(0, "hidden layer"));
        assertEquals("epochs", Texts.noun(20, "epoch"));
    }

    @Test
    void aNumberThatIsNoneSaysWhy() {
        assertNull(Texts.numberProblem("The weight", "0.5", 0.5));
        assertEquals("The weight is empty: a number is needed", Texts.numberProblem("The weight", " ", Double.NaN));
        assertEquals("The weight “1e400” is too large: numbers go up to about ±1.8e308",
                Texts.numberProblem("The weight", "1e400", JsNumber.parse("1e400")));
        assertEquals("The weight “-1e400” is too large: numbers go up to about ±1.8e308",
                Texts.numberProblem("The weight", "-1e400", JsNumber.parse("-1e400")));
        assertEquals("x “abc” is not a number", Texts.numberProblem("x", "abc", JsNumber.parse("abc")));
    }
}
