package backproplab.data;

import backproplab.math.Rng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Shape checks that a wrong formula would fail (docs/tf-playground.md, "Data"). */
class DatasetsTest {
    private static Points gen(DataKind kind, double noise) {
        return Datasets.generate(kind, noise, Rng.fromString("0.59704"));
    }

    private static int positives(Points p) {
        int n = 0;
        for (int i = 0; i < p.count; i++) {
            n += p.label[i] > 0 ? 1 : 0;
        }
        return n;
    }

    private static void allLabelsAreClasses(Points p) {
        for (int i = 0; i < p.count; i++) {
            assertTrue(p.label[i] == 1 || p.label[i] == -1, "label " + p.label[i]);
        }
    }

    @Test
    void circleHas250InsideRadius2point5And250InTheRing3point5To5() {
        Points p = gen(DataKind.CIRCLE, 0);
        assertEquals(500, p.count);
        assertEquals(250, positives(p));
        double innerRadiusSum = 0;
        int[] quadrants = new int[4];
        for (int i = 0; i < p.count; i++) {
            double r = Math.hypot(p.x1[i], p.x2[i]);
            if (p.label[i] > 0) {
                assertTrue(r <= 2.5 + 1e-12, "inside point at radius " + r);
                innerRadiusSum += r;
            } else {
                assertTrue(r >= 3.5 - 1e-12 && r <= 5 + 1e-12, "ring point at radius " + r);
            }
            quadrants[(p.x1[i] > 0 ? 1 : 0) + (p.x2[i] > 0 ? 2 : 0)]++;
        }
        // radius U(0, 2.5) has mean 1.25 (sd 0.72, so the mean of 250 has sd 0.046)
        assertEquals(1.25, innerRadiusSum / 250, 0.15);
        for (int q : quadrants) {
            assertEquals(125, q, 40, "angles are uniform: about a quarter of the points per quadrant");
        }
    }

    @Test
    void circleNoiseFlipsSomeLabelsNearTheBoundaryButMovesNoPoint() {
        Points clean = gen(DataKind.CIRCLE, 0);
        Points noisy = gen(DataKind.CIRCLE, 0.5);
        int flipped = 0;
        for (int i = 0; i < noisy.count; i++) {
            double r = Math.hypot(noisy.x1[i], noisy.x2[i]);
            assertTrue(r <= 2.5 + 1e-12 || (r >= 3.5 - 1e-12 && r <= 5 + 1e-12), "points keep their radii");
            boolean inside = r <= 2.5;
            flipped += inside != (noisy.label[i] > 0) ? 1 : 0;
        }
        allLabelsAreClasses(noisy);
        assertTrue(flipped > 25 && flipped < 250, "flipped " + flipped);
        assertEquals(250, positives(clean));
    }

    @Test
    void xorLabelsFollowTheQuadrantSignsAndKeepClearOfTheAxes() {
        Points p = gen(DataKind.XOR, 0);
        assertEquals(500, p.count);
        for (int i = 0; i < p.count; i++) {
            double x = p.x1[i];
            double y = p.x2[i];
            assertTrue(Math.abs(x) >= 0.3 && Math.abs(x) <= 5.3 && Math.abs(y) >= 0.3 && Math.abs(y) <= 5.3);
            assertEquals(x * y > 0 ? 1.0 : -1.0, p.label[i], "quadrants I and III are +1, II and IV −1");
        }
        assertEquals(250, positives(p), 40);
        Points noisy = gen(DataKind.XOR, 0.5);
        int disagree = 0;
        for (int i = 0; i < noisy.count; i++) {
            disagree += (noisy.x1[i] * noisy.x2[i] > 0) != (noisy.label[i] > 0) ? 1 : 0;
        }
        assertTrue(disagree > 25 && disagree < 250, "noise flips some labels: " + disagree);
    }

    private static double[] meanAndVariance(Points p, double[] axis, double sign) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (int i = 0; i < p.count; i++) {
            if (p.label[i] == sign) {
                sum += axis[i];
                sq += axis[i] * axis[i];
                n++;
            }
        }
        double mean = sum / n;
        return new double[] {mean, sq / n - mean * mean};
    }

    @Test
    void gaussHasTwoClustersAt2And2AndMinus2WithVarianceFromPoint5To4AsNoiseGrows() {
        for (double[] c : new double[][] {{0, 0.5}, {0.25, 2.25}, {0.5, 4}}) {
            Points p = gen(DataKind.GAUSS, c[0]);
            assertEquals(500, p.count);
            assertEquals(250, positives(p));
            for (double sign : new double[] {1, -1}) {
                for (double[] axis : new double[][] {p.x1, p.x2}) {
                    double[] mv = meanAndVariance(p, axis, sign);
                    // mean of 250 draws: sd √(v/250) ≤ 0.13; sample variance: sd v·√(2/250) ≤ 0.36
                    assertEquals(2 * sign, mv[0], 0.4 * Math.sqrt(c[1]), "mean at noise " + c[0]);
                    assertEquals(c[1], mv[1], 0.25 * c[1], "variance at noise " + c[0]);
                }
            }
        }
    }

    @Test
    void normalDrawsHaveMeanZeroVarianceOneAndSuccessiveDrawsAreUncorrelated() {
        Rng rng = new Rng(11);
        int n = 100_000;
        double s0 = 0;
        double s1 = 0;
        double q0 = 0;
        double q1 = 0;
        double c = 0;
        int beyond2 = 0;
        for (int i = 0; i < n; i++) {
            double z0 = Datasets.normal(rng);
            double z1 = Datasets.normal(rng);
            s0 += z0;
            s1 += z1;
            q0 += z0 * z0;
            q1 += z1 * z1;
            c += z0 * z1;
            beyond2 += Math.abs(z0) > 2 ? 1 : 0;
        }
        assertEquals(0, s0 / n, 0.015);
        assertEquals(0, s1 / n, 0.015);
        assertEquals(1, q0 / n, 0.02);
        assertEquals(1, q1 / n, 0.02);
        assertEquals(0, c / n, 0.015);
        assertEquals(0.0455, (double) beyond2 / n, 0.003, "P(|Z| > 2) = 0.0455 for a normal");
    }

    @Test
    void spiralArmsGrowLinearlyToRadius5OverOneAndThreeQuarterTurnsAndMirrorEachOther() {
        Points p = gen(DataKind.SPIRAL, 0);
        assertEquals(500, p.count);
        for (int i = 0; i < 250; i++) {
            double r = Math.hypot(p.x1[i], p.x2[i]);
            assertEquals(5.0 * i / 250, r, 1e-12);
            assertEquals(1.0, p.label[i]);
            assertEquals(-1.0, p.label[250 + i]);
            // the second arm is the first turned by π
            assertEquals(-p.x1[i], p.x1[250 + i], 1e-12);
            assertEquals(-p.x2[i], p.x2[250 + i], 1e-12);
            if (i > 0) {
                double t = 1.75 * 2 * Math.PI * i / 250;
                assertEquals(Math.sin(t), p.x1[i] / r, 1e-12);
                assertEquals(Math.cos(t), p.x2[i] / r, 1e-12);
            }
        }
        Points noisy = gen(DataKind.SPIRAL, 0.5);
        double maxShift = 0;
        for (int i = 0; i < 500; i++) {
            maxShift = Math.max(maxShift, Math.max(Math.abs(noisy.x1[i] - p.x1[i]), Math.abs(noisy.x2[i] - p.x2[i])));
        }
        assertTrue(maxShift > 0.4 && maxShift <= 0.5, "noise moves points by U(−1,1)·0.5: " + maxShift);
    }

    @Test
    void regPlaneLabelIsTheSumOverTenAndNoiseSpreadsIt() {
        Points p = gen(DataKind.REG_PLANE, 0);
        assertEquals(1200, p.count);
        for (int i = 0; i < p.count; i++) {
            assertTrue(Math.abs(p.x1[i]) <= 6 && Math.abs(p.x2[i]) <= 6);
            assertEquals((p.x1[i] + p.x2[i]) / 10, p.label[i], 1e-15);
        }
        Points noisy = gen(DataKind.REG_PLANE, 0.5);
        double maxDev = 0;
        for (int i = 0; i < noisy.count; i++) {
            double dev = Math.abs(noisy.label[i] - (noisy.x1[i] + noisy.x2[i]) / 10);
            assertTrue(dev <= 0.6 + 1e-12, "noise of U(−6,6)·0.5 per axis moves the label by at most 0.6");
            maxDev = Math.max(maxDev, dev);
        }
        assertTrue(maxDev > 0.4);
    }

    @Test
    void regGaussHasSixCheckerboardBumpsOfHeightOneAndRadiusTwo() {
        Points p = gen(DataKind.REG_GAUSS, 0);
        assertEquals(1200, p.count);
        double[][] bumps = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
        int zeros = 0;
        for (int i = 0; i < p.count; i++) {
            double label = p.label[i];
            assertTrue(Math.abs(label) <= 1);
            boolean nearAny = false;
            for (double[] b : bumps) {
                double d = Math.hypot(p.x1[i] - b[0], p.x2[i] - b[1]);
                if (d < 2) {
                    // the discs (radius 2) do not overlap: the label is this bump's 1 − d/2, signed
                    assertEquals(b[2] * (1 - d / 2), label, 1e-12);
                    nearAny = true;
                }
            }
            if (!nearAny) {
                assertEquals(0.0, label);
                zeros++;
            }
        }
        // six discs of area 4π inside the 12×12 square: 1 − 24π/144 = 0.476 of the points are 0
        assertEquals(0.476, zeros / 1200.0, 0.05);
    }

    @Test
    void passFailIsLinearlySeparableWithAMarginInUnitsOfHours() {
        Points p = gen(DataKind.PASS_FAIL, 0);
        assertEquals(100, p.count);
        assertEquals(50, positives(p), 15);
        for (int i = 0; i < p.count; i++) {
            double studied = p.x1[i] + 6;
            double project = p.x2[i] + 6;
            assertTrue(studied >= 0 && studied <= 12 && project >= 0 && project <= 12, "hours within 0…12");
            double score = 2 * studied + project - 18;
            assertTrue(Math.abs(score) >= 1.5, "no student inside the margin");
            assertEquals(score > 0 ? 1.0 : -1.0, p.label[i], "pass when 2·studied + project ≥ 18");
        }
        Points noisy = gen(DataKind.PASS_FAIL, 0.3);
        int flipped = 0;
        for (int i = 0; i < noisy.count; i++) {
            flipped += (2 * noisy.x1[i] + noisy.x2[i] > 0) != (noisy.label[i] > 0) ? 1 : 0;
        }
        assertTrue(flipped > 0 && flipped < 40, "noise flips a few students: " + flipped);
    }

    @Test
    void truthTablesAreFourCornerPointsWithTheGatesLabels() {
        double[][] corners = {{-3, -3}, {-3, 3}, {3, -3}, {3, 3}};
        double[][] expected = {{-1, -1, -1, 1}, {-1, 1, 1, 1}, {-1, 1, 1, -1}}; // AND, OR, XOR over 00, 01, 10, 11
        DataKind[] kinds = {DataKind.AND, DataKind.OR, DataKind.XOR4};
        for (int k = 0; k < 3; k++) {
            Points p = gen(kinds[k], 0.5);
            assertEquals(4, p.count);
            for (int i = 0; i < 4; i++) {
                assertEquals(corners[i][0], p.x1[i]);
                assertEquals(corners[i][1], p.x2[i]);
                assertEquals(expected[k][i], p.label[i], kinds[k] + " at corner " + i);
            }
        }
    }

    private static Set<DataPoint> asSet(Points p) {
        return new HashSet<>(p.toList());
    }

    @Test
    void buildShufflesOnceAndTrainsOnTheFirstFloorOfNTimesPercTrainDataOver100() {
        Split s = Datasets.build(DataKind.CIRCLE, 0.1, 30, "abc", List.of());
        assertEquals(150, s.train().count);
        assertEquals(350, s.test().count);
        Split r = Datasets.build(DataKind.REG_GAUSS, 0, 75.5, "abc", List.of());
        assertEquals(906, r.train().count); // floor(1200·0.755)
        // the split is a shuffle of the generated points, none lost or doubled
        Points generated = Datasets.generate(DataKind.CIRCLE, 0.1, Rng.fromString("abc"));
        Set<DataPoint> both = asSet(s.train());
        both.addAll(asSet(s.test()));
        assertEquals(asSet(generated), both);
        assertEquals(500, both.size());
        // and it is shuffled: the classes are mixed in the training part
        assertEquals(75, positives(s.train()), 30);
    }

    @Test
    void truthTablesAndStudentPointsTrainOnEveryPoint() {
        Split and = Datasets.build(DataKind.AND, 0, 50, "x", List.of());
        assertEquals(4, and.train().count);
        assertEquals(0, and.test().count);
        List<DataPoint> mine = new ArrayList<>();
        mine.add(new DataPoint(1, 2, 1));
        mine.add(new DataPoint(-1, 2, 0));
        mine.add(new DataPoint(3, -2, -1));
        Split user = Datasets.build(DataKind.USER, 0, 50, "x", mine);
        assertEquals(3, user.train().count);
        assertEquals(Set.of(new DataPoint(1, 2, 1), new DataPoint(-1, 2, -1), new DataPoint(3, -2, -1)), asSet(user.train()));
        Split reg = Datasets.build(DataKind.REG_USER, 0, 50, "x", mine);
        assertTrue(asSet(reg.train()).contains(new DataPoint(-1, 2, 0)), "regression keeps real labels");
    }

    @Test
    void theSameSeedGivesTheSameDataBitForBitAndAnotherSeedOtherData() {
        for (DataKind kind : DataKind.values()) {
            if (kind.user() || kind.count() == 4) {
                continue;
            }
            Split a = Datasets.build(kind, 0.2, 50, "0.59704", List.of());
            Split b = Datasets.build(kind, 0.2, 50, "0.59704", List.of());
            Split c = Datasets.build(kind, 0.2, 50, "0.59705", List.of());
            assertEquals(a.train().fingerprint(), b.train().fingerprint(), kind.id());
            assertEquals(a.test().fingerprint(), b.test().fingerprint(), kind.id());
            assertNotEquals(a.train().fingerprint(), c.train().fingerprint(), kind.id());
        }
    }

    @Test
    void theFingerprintSeesAOneBitChange() {
        Points p = gen(DataKind.GAUSS, 0);
        int before = p.fingerprint();
        p.x2[123] = Math.nextUp(p.x2[123]);
        assertNotEquals(before, p.fingerprint());
        p.x2[123] = Math.nextDown(p.x2[123]);
        assertEquals(before, p.fingerprint());
        assertNotEquals(new Points(0).fingerprint(), new Points(1).fingerprint(), "the count counts");
    }

    @Test
    void everyKindKnowsItsProblemAndTfIdsAreTfPlaygrounds() {
        for (String id : new String[] {"circle", "xor", "gauss", "spiral"}) {
            assertTrue(!DataKind.byId(id).regression());
        }
        assertTrue(DataKind.byId("reg-plane").regression());
        assertTrue(DataKind.byId("reg-gauss").regression());
        assertTrue(DataKind.REG_USER.regression() && !DataKind.USER.regression());
        assertEquals(null, DataKind.byId("Circle"));
    }
}
