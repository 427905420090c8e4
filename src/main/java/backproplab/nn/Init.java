package backproplab.nn;

import backproplab.text.Keyed;

/** How weights and biases start; {@code id} is the name used in links. */
public enum Init implements Keyed {
    PLAYGROUND("uniform", "U(−0.5, 0.5), biases 0.1"),
    ZERO("zero", "all zero"),
    XAVIER("xavier", "Xavier"),
    HE("he", "He");

    private final String id;
    private final String label;

    Init(String id, String label) {
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

    public static Init byId(String id) {
        return Keyed.byId(values(), id);
    }
}
