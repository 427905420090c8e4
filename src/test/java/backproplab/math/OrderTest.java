package backproplab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrderTest {
    @Test
    void indicesComeLargestKeyFirstAndEachOnce() {
        Rng rng = new Rng(7);
        for (int n = 0; n < 300; n += 1 + n / 10) {
            double[] keys = new double[n];
            for (int i = 0; i < n; i++) {
                keys[i] = rng.nextInt(5) == 0 ? 1.5 : rng.uniform(-10, 10); // ties too
            }
            int[] order = Order.descending(keys);
            int[] seen = order.clone();
            Arrays.sort(seen);
            for (int i = 0; i < n; i++) {
                assertEquals(i, seen[i], "a permutation of 0 … n − 1");
            }
            for (int i = 1; i < n; i++) {
                assertTrue(keys[order[i - 1]] >= keys[order[i]], "n = " + n + ", at " + i);
            }
        }
    }
}
