package backproplab.nn;

import backproplab.text.Keyed;

/** The loss ℓ(o, t) between the output and the target; {@code id} is the name used in links. */
public enum Loss implements Keyed {
    SQUARED("squared", "squared error ½(o−t)²"),
    LOG("log", "log loss");

    private final String id;
    private final String label;

    Loss(String id, String label) {
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

    public static Loss byId(String id) {
        return Keyed.byId(values(), id);
    }
}
