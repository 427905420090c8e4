package backproplab.state;

import backproplab.text.Keyed;

/** What the network predicts: a class (±1) or a number. Ids are TF Playground's. */
public enum Problem implements Keyed {
    CLASSIFICATION("classification", "Classification"),
    REGRESSION("regression", "Regression");

    private final String id;
    private final String label;

    Problem(String id, String label) {
        this.id = id;
        this.label = label;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    public static Problem byId(String id) {
        return Keyed.byId(values(), id);
    }
}
