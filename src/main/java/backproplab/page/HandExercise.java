package backproplab.page;

/**
 * The exercises of the build-by-hand page, in the lecture's order ("Complex decision boundaries",
 * "Increasing depth"; docs/notation.md §5): a network of step units whose weights the student sets,
 * the points it must classify (y ∈ {0, 1}) and one solution.
 */
public enum HandExercise {
    AND("and", "AND with one unit", new int[] {2, 1}, Points.bits(0, 0, 0, 1), -0.5, 1.5,
            "One unit is one line: ŷ = step(w₁x₁ + w₂x₂ + b) is 1 on the side its arrow points to. Put only (1, 1) on that side.",
            new double[][] {{1, 1, -1.5}}),
    OR("or", "OR with one unit", new int[] {2, 1}, Points.bits(0, 1, 1, 1), -0.5, 1.5,
            "The same unit, another line: now every point but (0, 0) must be on the arrow's side.",
            new double[][] {{1, 1, -0.5}}),
    TRIANGLE("triangle", "A triangle around the circle", new int[] {2, 3, 1}, Points.circle(), -6, 6,
            "Each hidden unit zⱼ = step(aⱼ) draws a line. Point all three arrows at the blue points, then make the output ŷ the AND of z₁, z₂, z₃: 1 only inside the triangle.",
            triangle(0, 0, 1.25)),
    XOR("xor", "XOR with two hidden units", new int[] {2, 2, 1}, Points.bits(0, 1, 1, 0), -0.5, 1.5,
            "No single line separates XOR. Two can: z₁ for “at least one is 1” (OR), z₂ for “not both” (NAND); ŷ is the AND of z₁ and z₂.",
            new double[][] {{1, 1, -0.5}, {-1, -1, 1.5}, {1, 1, -1.5}}),
    POLYGONS("polygons", "Two polygons, two hidden layers", new int[] {2, 6, 2, 1}, Points.twoPolygons(), -6, 6,
            "Three lines around each blue group. In the second layer each unit is the AND of its group's three lines (a polygon); the output is the OR of the two polygons.",
            polygons());

    /** The id the link carries ({@code #ex=triangle}). */
    public final String id;
    public final String title;
    /** Units per layer, inputs first: {2, 3, 1} is two inputs, three hidden units, one output. */
    private final int[] sizes;
    private final Points points;
    /** The plane shown: [min, max]² in both coordinates. */
    public final double min;
    public final double max;
    /** What to do, in a sentence or two. */
    public final String task;
    /** One solution: per unit in layer order, its incoming weights then its bias. */
    private final double[][] solution;

    HandExercise(String id, String title, int[] sizes, Points points, double min, double max, String task, double[][] solution) {
        this.id = id;
        this.title = title;
        this.sizes = sizes;
        this.points = points;
        this.min = min;
        this.max = max;
        this.task = task;
        this.solution = solution;
    }

    public static HandExercise byId(String id) {
        for (HandExercise e : values()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** Units per layer, inputs first (a copy). */
    public int[] sizes() {
        return sizes.clone();
    }

    public int count() {
        return points.y.length;
    }

    public double x1(int i) {
        return points.x1[i];
    }

    public double x2(int i) {
        return points.x2[i];
    }

    /** The label of point i: 1 (blue) or 0 (orange). */
    public int y(int i) {
        return points.y[i];
    }

    /** The truth-table exercises plot the four corners of the unit square. */
    public boolean bits() {
        return count() == 4;
    }

    /** The solution's incoming weights then bias of the k-th unit, counting units in layer order. */
    double[] solution(int k) {
        return solution[k].clone();
    }

    /**
     * Three lines around (cx, cy), their normals pointing inward, at {@code distance} from
     * it, and then the output unit as the AND of the three: a triangle, 1 inside.
     */
    private static double[][] triangle(double cx, double cy, double distance) {
        double[][] units = new double[4][];
        for (int j = 0; j < 3; j++) {
            units[j] = side(cx, cy, distance, 2 * Math.PI * j / 3 + Math.PI / 2);
        }
        units[3] = new double[] {1, 1, 1, -2.5};
        return units;
    }

    /** The line at {@code distance} from (cx, cy) in direction θ, 1 on the side of (cx, cy). */
    private static double[] side(double cx, double cy, double distance, double theta) {
        double w1 = -Math.cos(theta);
        double w2 = -Math.sin(theta);
        return new double[] {w1, w2, distance - w1 * cx - w2 * cy};
    }

    private static double[][] polygons() {
        double[][] units = new double[9][];
        for (int j = 0; j < 3; j++) {
            units[j] = side(-Points.GROUP_X, 0, 1.25, 2 * Math.PI * j / 3 + Math.PI / 2);
            units[3 + j] = side(Points.GROUP_X, 0, 1.25, 2 * Math.PI * j / 3 - Math.PI / 2);
        }
        units[6] = new double[] {1, 1, 1, 0, 0, 0, -2.5};
        units[7] = new double[] {0, 0, 0, 1, 1, 1, -2.5};
        units[8] = new double[] {1, 1, -0.5};
        return units;
    }

    /** An exercise's points, laid out evenly without randomness so that every student sees the same. */
    private record Points(double[] x1, double[] x2, int[] y) {
        /** The blue groups of the two-polygon exercise sit at (±GROUP_X, 0). */
        static final double GROUP_X = 3;
        /** Golden angle: successive points of a sunflower spiral never line up. */
        private static final double GOLDEN = Math.PI * (3 - Math.sqrt(5));

        /** (0,0), (0,1), (1,0), (1,1) with these labels. */
        static Points bits(int y00, int y01, int y10, int y11) {
            return new Points(new double[] {0, 0, 1, 1}, new double[] {0, 1, 0, 1}, new int[] {y00, y01, y10, y11});
        }

        /** Blue inside radius 1, orange on a ring from 2.8 to 5.5: a triangle fits between them. */
        static Points circle() {
            Builder b = new Builder();
            b.disc(0, 0, 1.0, 14, 1);
            b.ring(0, 0, 2.8, 5.5, 40, 0);
            return b.build();
        }

        /** Two blue groups at (±3, 0) and orange points all around them, none within 2.7 of a group. */
        static Points twoPolygons() {
            Builder b = new Builder();
            b.disc(-GROUP_X, 0, 1.0, 10, 1);
            b.disc(GROUP_X, 0, 1.0, 10, 1);
            for (double x = -5.25; x <= 5.3; x += 1.5) {
                for (double y = -5.25; y <= 5.3; y += 1.5) {
                    if (Math.hypot(x + GROUP_X, y) > 2.7 && Math.hypot(x - GROUP_X, y) > 2.7) {
                        b.add(x, y, 0);
                    }
                }
            }
            return b.build();
        }

        private static final class Builder {
            private final java.util.List<double[]> points = new java.util.ArrayList<>();

            void add(double x1, double x2, int y) {
                points.add(new double[] {x1, x2, y});
            }

            /** n points spread evenly over the disc of radius r around (cx, cy). */
            void disc(double cx, double cy, double r, int n, int y) {
                for (int i = 0; i < n; i++) {
                    double rho = r * Math.sqrt((i + 0.5) / n);
                    add(cx + rho * Math.cos(i * GOLDEN), cy + rho * Math.sin(i * GOLDEN), y);
                }
            }

            /** n points spread evenly over the ring from r0 to r1 around (cx, cy). */
            void ring(double cx, double cy, double r0, double r1, int n, int y) {
                for (int i = 0; i < n; i++) {
                    double rho = Math.sqrt(r0 * r0 + (r1 * r1 - r0 * r0) * (i + 0.5) / n);
                    add(cx + rho * Math.cos(i * GOLDEN), cy + rho * Math.sin(i * GOLDEN), y);
                }
            }

            Points build() {
                int n = points.size();
                double[] x1 = new double[n];
                double[] x2 = new double[n];
                int[] y = new int[n];
                for (int i = 0; i < n; i++) {
                    double[] p = points.get(i);
                    x1[i] = p[0];
                    x2[i] = p[1];
                    y[i] = (int) p[2];
                }
                return new Points(x1, x2, y);
            }
        }
    }
}
