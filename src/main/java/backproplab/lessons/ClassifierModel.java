package backproplab.lessons;

import backproplab.text.Keyed;

/** The two linear classifiers of the page: the perceptron (docs/notation.md §1) and its soft version (§2). */
public enum ClassifierModel implements Keyed {
    PERCEPTRON("perceptron", "Perceptron"),
    LOGISTIC("logistic", "Logistic regression");

    private final String id;
    private final String label;

    ClassifierModel(String id, String label) {
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

    public static ClassifierModel byId(String id) {
        return Keyed.byId(values(), id);
    }
}
