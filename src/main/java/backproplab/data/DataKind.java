package backproplab.data;

import backproplab.text.Keyed;

/**
 * The data sets. The first six are TF Playground's (same ids, so its links work); the rest
 * are the lecture's. {@code count} is the number of generated points (0: the student's own).
 */
public enum DataKind implements Keyed {
    CIRCLE("circle", "Circle", false, 500, true),
    XOR("xor", "Exclusive or", false, 500, true),
    GAUSS("gauss", "Gaussian", false, 500, true),
    SPIRAL("spiral", "Spiral", false, 500, true),
    REG_PLANE("reg-plane", "Plane", true, 1200, true),
    REG_GAUSS("reg-gauss", "Multi Gaussian", true, 1200, true),
    PASS_FAIL("passfail", "Will I pass this class?", false, 100, true),
    AND("and", "AND", false, 4, false),
    OR("or", "OR", false, 4, false),
    XOR4("xor4", "XOR (4 points)", false, 4, false),
    USER("user", "Your points", false, 0, false),
    REG_USER("reg-user", "Your points", true, 0, false);

    private final String id;
    private final String label;
    private final boolean regression;
    private final int count;
    private final boolean heldOut;

    DataKind(String id, String label, boolean regression, int count, boolean heldOut) {
        this.id = id;
        this.label = label;
        this.regression = regression;
        this.count = count;
        this.heldOut = heldOut;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** True for a regression set (real labels, linear output); false for ±1 classes. */
    public boolean regression() {
        return regression;
    }

    /** How many points {@link Datasets#generate} makes; 0 for the student's own points. */
    public int count() {
        return count;
    }

    public boolean user() {
        return this == USER || this == REG_USER;
    }

    /**
     * Whether part of the data is held out for testing (percTrainData). A truth table has
     * nothing to spare, and points a student placed are all meant to be learnt: those train on
     * every point and have an empty test set.
     */
    public boolean heldOut() {
        return heldOut;
    }

    public static DataKind byId(String id) {
        return Keyed.byId(values(), id);
    }
}
