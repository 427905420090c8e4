package backproplab.math;

/**
 * Indices in the order of their keys, by heap sort on primitives: the playground's pictures
 * order points, quads and weights this way, without the boxed comparators and the merge sort
 * that java.util's sorts would bring into the compiled page.
 */
public final class Order {
    private Order() {
    }

    /** The indices 0 … keys.length − 1, largest key first (ties in no particular order). */
    public static int[] descending(double[] keys) {
        int n = keys.length;
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        // a min-heap: its root goes to the back, so the array ends up largest first
        for (int i = n / 2 - 1; i >= 0; i--) {
            down(keys, idx, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            int top = idx[0];
            idx[0] = idx[end];
            idx[end] = top;
            down(keys, idx, 0, end);
        }
        return idx;
    }

    private static void down(double[] keys, int[] idx, int i, int n) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && keys[idx[child + 1]] < keys[idx[child]]) {
                child++;
            }
            if (keys[idx[child]] >= keys[idx[i]]) {
                return;
            }
            int t = idx[i];
            idx[i] = idx[child];
            idx[child] = t;
            i = child;
        }
    }
}
