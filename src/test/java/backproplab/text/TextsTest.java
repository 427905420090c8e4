package backproplab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the student reads about a count. */
class TextsTest {
    @Test
    void oneOfSomethingIsSingular() {
        assertEquals("hidden layer", Texts.noun(1, "hidden layer"));
        assertEquals("hidden layers", Texts.noun(0, "hidden layer"));
        assertEquals("epochs", Texts.noun(20, "epoch"));
    }
}
