package backproplab.data;

import backproplab.math.Rng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void keepsGoodRowsAndReportsEachBadRowByLineNumber() {
        String text = "x,y,label\n"
                + "1,2,1\n"
                + "1,2\n"
                + "abc,2,1\n"
                + "\n"
                + "-3.5,0.25,-1\n"
                + "12,0,1\n"
                + "1,1,0.5\n"
                + "# a comment\n"
                + "0,0,0";
        Csv.Result r = Csv.parse(text, false);
        assertEquals(List.of(new DataPoint(1, 2, 1), new DataPoint(-3.5, 0.25, -1), new DataPoint(0, 0, -1)), r.points());
        assertEquals(4, r.errors().size(), r.errors().toString());
        assertTrue(r.errors().get(0).startsWith("line 3: expected 3 values"), r.errors().get(0));
        assertTrue(r.errors().get(1).startsWith("line 4: x: “abc” is not a number"), r.errors().get(1));
        assertTrue(r.errors().get(2).startsWith("line 7: x = 12 lies outside the plot"), r.errors().get(2));
        assertTrue(r.errors().get(3).startsWith("line 8: label 0.5 is not a class"), r.errors().get(3));
    }

    @Test
    void aNumberTooLargeOrAnEmptyValueIsCalledWhatItIs() {
        Csv.Result r = Csv.parse("1,2,1\n1e400,0,1\n0, ,-1\n", false);
        assertEquals(List.of(new DataPoint(1, 2, 1)), r.points());
        assertEquals(List.of("line 2: x: 1e400 is too large for a number (the largest is about 1.8e308); row left out",
                "line 3: y: no number given; row left out"), r.errors());
    }

    @Test
    void readsWithoutHeaderWithSemicolonsAndWindowsLineBreaks() {
        Csv.Result r = Csv.parse("1;2;1\r\n-1;-2;0\r\nbad\r\n", false);
        assertEquals(List.of(new DataPoint(1, 2, 1), new DataPoint(-1, -2, -1)), r.points());
        assertEquals(List.of("line 3: expected 3 values (x, y, label) but found 1; row left out"), r.errors());
    }

    @Test
    void regressionKeepsRealLabels() {
        Csv.Result r = Csv.parse("0.5,0.5,0.37\n1,1,-2.5\n1,1,NaN\n", true);
        assertEquals(List.of(new DataPoint(0.5, 0.5, 0.37), new DataPoint(1, 1, -2.5)), r.points());
        assertEquals(1, r.errors().size());
    }

    @Test
    void writtenPointsReadBackExactly() {
        Rng rng = new Rng(5);
        List<DataPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            points.add(new DataPoint(rng.uniform(-6, 6), rng.uniform(-6, 6), rng.nextDouble() < 0.5 ? 1 : -1));
        }
        String text = Csv.write(points);
        assertTrue(text.startsWith("x,y,label\n"));
        Csv.Result back = Csv.parse(text, false);
        assertEquals(points, back.points());
        assertTrue(back.errors().isEmpty());
    }

    @Test
    void garbageNeverThrows() {
        Rng rng = new Rng(9);
        String alphabet = "0123456789,;\t\n\r.-+eE x#\uFFFF\uD800é";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            int n = rng.nextInt(60);
            for (int j = 0; j < n; j++) {
                s.append(alphabet.charAt(rng.nextInt(alphabet.length())));
            }
            Csv.Result r = Csv.parse(s.toString(), rng.nextDouble() < 0.5);
            for (DataPoint p : r.points()) {
                assertTrue(Math.abs(p.x1()) <= 6 && Math.abs(p.x2()) <= 6 && Double.isFinite(p.label()));
            }
        }
    }
}
