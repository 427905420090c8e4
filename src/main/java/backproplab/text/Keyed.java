package backproplab.text;

/** A choice with a stable name for links and a label for people. */
public interface Keyed {
    String id();

    String label();

    /** The value whose id is {@code id}, or null. */
    static <T extends Keyed> T byId(T[] values, String id) {
        for (T v : values) {
            if (v.id().equals(id)) {
                return v;
            }
        }
        return null;
    }
}
