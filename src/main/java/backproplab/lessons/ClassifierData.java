package backproplab.lessons;

import backproplab.data.DataKind;
import backproplab.data.DataPoint;
import backproplab.data.Datasets;
import backproplab.data.Points;
import backproplab.math.Rng;
import backproplab.text.Keyed;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of the perceptron page, in the units the slides use (docs/notation.md §1): the "Will I
 * pass this class?" students in hours (x₁ = hours studied, x₂ = hours on the project, both
 * 0 … 12), and the truth tables AND, OR, XOR as the four bit pairs x ∈ {0, 1}². The data package
 * stores them centred in the playground's square; here they are moved back, so that wᵀx + b on
 * the page is computed from the numbers a student reads off the axes.
 */
public enum ClassifierData implements Keyed {
    PASS_FAIL("passfail", "Will I pass this class?", DataKind.PASS_FAIL, "hours studied", "hours on the project", -0.5, 12.5),
    AND("and", "AND (4 points)", DataKind.AND, "x₁", "x₂", -0.5, 1.5),
    OR("or", "OR (4 points)", DataKind.OR, "x₁", "x₂", -0.5, 1.5),
    XOR("xor", "XOR (4 points)", DataKind.XOR4, "x₁", "x₂", -0.5, 1.5);

    /** The pass/fail students are always the same 100: generated from this seed, in generation order. */
    public static final String SEED = "passfail";
    /** data.Datasets centres hours studied and hours on the project at 6 (see its passFail javadoc). */
    private static final double HOURS_OFFSET = 6;

    private final String id;
    private final String label;
    private final DataKind kind;
    private final String x1Name;
    private final String x2Name;
    private final double min;
    private final double max;

    ClassifierData(String id, String label, DataKind kind, String x1Name, String x2Name, double min, double max) {
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.x1Name = x1Name;
        this.x2Name = x2Name;
        this.min = min;
        this.max = max;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** What x₁ measures, for the axis ("hours studied"; "x₁" for a truth table). */
    public String x1Name() {
        return x1Name;
    }

    public String x2Name() {
        return x2Name;
    }

    /** The plotted square [min, max]² with a margin around the points. */
    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public boolean truthTable() {
        return this != PASS_FAIL;
    }

    /** The points in page units with labels ±1 (+1 = pass / true). */
    public Points points() {
        Points raw = Datasets.generate(kind, 0, Rng.fromString(SEED));
        List<DataPoint> list = new ArrayList<>(raw.count);
        for (int i = 0; i < raw.count; i++) {
            double x1 = raw.x1[i];
            double x2 = raw.x2[i];
            if (truthTable()) {
                // the data package puts bit 0 at −3 and bit 1 at +3
                list.add(new DataPoint(x1 > 0 ? 1 : 0, x2 > 0 ? 1 : 0, raw.label[i]));
            } else {
                list.add(new DataPoint(x1 + HOURS_OFFSET, x2 + HOURS_OFFSET, raw.label[i]));
            }
        }
        return Points.of(list, false);
    }

    public static ClassifierData byId(String id) {
        return Keyed.byId(values(), id);
    }
}
