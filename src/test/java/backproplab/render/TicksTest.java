package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TicksTest {

    private static String[] labels(Ticks t) {
        String[] s = new String[t.count()];
        for (int i = 0; i < s.length; i++) {
            s[i] = t.label(i);
        }
        return s;
    }

    @Test
    void stepsAreTheNearestOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, Ticks.niceStep(1.4));
        assertEquals(2, Ticks.niceStep(1.5));
        assertEquals(2, Ticks.niceStep(3.1));
        assertEquals(5, Ticks.niceStep(3.2));
        assertEquals(5, Ticks.niceStep(7));
        assertEquals(10, Ticks.niceStep(7.1));
        assertEquals(0.5, Ticks.niceStep(0.7), 1e-15);
        assertEquals(0.02, Ticks.niceStep(0.03), 1e-15);
        assertEquals(100, Ticks.niceStep(120), 1e-9);
    }

    @Test
    void thePlaygroundDomainGetsTicksEveryTwoUnits() {
        Ticks t = Ticks.of(-6, 6, 8);
        assertArrayEquals(new String[] {"−6", "−4", "−2", "0", "2", "4", "6"}, labels(t));
    }

    @Test
    void decimalTicksReadCleanlyWithoutFloatingPointTails() {
        Ticks t = Ticks.of(0, 0.7, 7);
        assertArrayEquals(new String[] {"0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"}, labels(t));
        assertEquals(0.3, t.value(3), 1e-15);
    }

    @Test
    void ticksStartAtTheFirstMultipleInsideTheRange() {
        Ticks t = Ticks.of(-3.3, 7.1, 5);
        assertArrayEquals(new String[] {"−2", "0", "2", "4", "6"}, labels(t));
    }

    @Test
    void logAxesTickEveryDecade() {
        Ticks t = Ticks.decades(0.001, 10);
        assertArrayEquals(new String[] {"0.001", "0.01", "0.1", "1", "10"}, labels(t));
        assertArrayEquals(new String[] {"1e−6", "1e−5"}, labels(Ticks.decades(1e-6, 1e-5)));
    }
}
