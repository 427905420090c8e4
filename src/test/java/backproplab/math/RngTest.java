package backproplab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backproplab.TfReference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RngTest {
    @Test
    void drawsTfPlaygroundsNumbersBitForBit() {
        List<Map<String, Object>> seeds = TfReference.generator();
        assertEquals(20, seeds.size());
        for (Map<String, Object> s : seeds) {
            String seed = (String) s.get("seed");
            double[] expected = TfReference.numbers(s.get("numbers"));
            assertEquals(1000, expected.length);
            Rng rng = new Rng(seed);
            for (int k = 0; k < expected.length; k++) {
                double got = rng.nextDouble();
                assertEquals(Double.doubleToRawLongBits(expected[k]), Double.doubleToRawLongBits(got),
                        "seed \"" + seed + "\", number " + k + ": " + expected[k] + " vs " + got);
            }
        }
    }

    @Test
    void anIntSeedIsItsDecimalString() {
        Rng a = new Rng(42);
        Rng b = new Rng("42");
        for (int k = 0; k < 100; k++) {
            assertEquals(a.nextInt(), b.nextInt());
        }
    }

    @Test
    void boundedDrawsStayInRange() {
        Rng rng = new Rng("bounds");
        for (int k = 0; k < 10_000; k++) {
            int n = rng.nextInt(7);
            assertEquals(true, n >= 0 && n < 7);
            double u = rng.uniform(-5, 5);
            assertEquals(true, u >= -5 && u < 5);
        }
    }
}
