package backproplab.data;

import backproplab.text.JsNumber;
import backproplab.text.Texts;
import backproplab.text.TypedNumber;
import java.util.ArrayList;
import java.util.List;

/**
 * The student's points as CSV text: one point per line, {@code x,y,label}. Reading keeps every
 * good row and reports each bad one by its line number; it never throws.
 *
 * <ul>
 *   <li>A first line that does not start with a number is a header and skipped.</li>
 *   <li>Fields are separated by commas, or by semicolons or tabs when a line has them
 *       (spreadsheets in many countries write semicolons).</li>
 *   <li>Blank lines and lines starting with {@code #} are skipped.</li>
 *   <li>x and y must lie in the plotted square [−6, 6].</li>
 *   <li>Classification labels are 1 or −1 (also +1, and 0 for the second class);
 *       regression labels are any finite number.</li>
 * </ul>
 */
public final class Csv {
    private Csv() {
    }

    public static final String HEADER = "x,y,label";
    /** The plotted square is [−LIMIT, LIMIT]²: points outside it could not be seen or clicked. */
    public static final double LIMIT = 6;

    /** The points read and the problems found, one readable sentence per bad line. */
    public record Result(List<DataPoint> points, List<String> errors) {
        public Result {
            points = List.copyOf(points);
            errors = List.copyOf(errors);
        }
    }

    public static Result parse(String text, boolean regression) {
        List<DataPoint> points = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int lineNo = 0;
        boolean first = true;
        int start = 0;
        while (start <= text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            lineNo++;
            String line = text.substring(start, end).trim();
            // \r\n is one line break
            start = end + (end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = split(line);
            if (first && Double.isNaN(number(fields.get(0)))) {
                first = false;
                continue; // a header such as "x,y,label"
            }
            first = false;
            String error = row(fields, regression, points);
            if (error != null) {
                errors.add("line " + lineNo + ": " + error);
            }
        }
        return new Result(points, errors);
    }

    /** Reads one row into {@code points}; returns why it was left out, or null. */
    private static String row(List<String> fields, boolean regression, List<DataPoint> points) {
        if (fields.size() != 3) {
            return "expected 3 values (x, y, label) but found " + fields.size() + "; row left out";
        }
        double[] v = new double[3];
        String[] names = {"x", "y", "label"};
        for (int i = 0; i < 3; i++) {
            TypedNumber typed = TypedNumber.read(fields.get(i));
            if (!typed.ok()) {
                return names[i] + ": " + typed.problem() + "; row left out";
            }
            v[i] = typed.value();
        }
        for (int i = 0; i < 2; i++) {
            if (Math.abs(v[i]) > LIMIT) {
                return names[i] + " = " + JsNumber.format(v[i]) + " lies outside the plot, which shows −6 to 6; "
                        + "scale your data into that range; row left out";
            }
        }
        double label = v[2];
        if (!regression) {
            if (label == 1) {
                label = 1;
            } else if (label == -1 || label == 0) {
                label = -1;
            } else {
                return "label " + JsNumber.format(label) + " is not a class: use 1 or −1 (or 1 and 0); row left out";
            }
        }
        points.add(new DataPoint(v[0] + 0.0, v[1] + 0.0, label + 0.0)); // + 0.0 turns −0 into 0
        return null;
    }

    /** A field's number, NaN when it is not one (an empty field is not 0 here, unlike JavaScript). */
    private static double number(String field) {
        return field.trim().isEmpty() ? Double.NaN : JsNumber.parse(field);
    }

    private static List<String> split(String line) {
        char sep = line.indexOf(';') >= 0 ? ';' : line.indexOf('\t') >= 0 ? '\t' : ',';
        List<String> fields = Texts.split(line, sep);
        for (int i = 0; i < fields.size(); i++) {
            fields.set(i, fields.get(i).trim());
        }
        return fields;
    }


    /** The points as CSV with a header line; numbers in their shortest exact form, so reading gives them back. */
    public static String write(List<DataPoint> points) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (DataPoint p : points) {
            out.append(JsNumber.format(p.x1())).append(',')
                    .append(JsNumber.format(p.x2())).append(',')
                    .append(JsNumber.format(p.label())).append('\n');
        }
        return out.toString();
    }
}
