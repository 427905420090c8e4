package backproplab.nn;

import backproplab.text.Keyed;

/** How a gradient becomes a step; {@code id} is the name used in links. */
public enum Optimizer implements Keyed {
    SGD("sgd", "SGD"),
    MOMENTUM("momentum", "momentum"),
    ADAM("adam", "Adam");

    private final String id;
    private final String label;

    Optimizer(String id, String label) {
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

    public static Optimizer byId(String id) {
        return Keyed.byId(values(), id);
    }
}
