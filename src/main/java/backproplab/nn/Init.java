package backproplab.nn;

import backproplab.math.Rng;
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

    /**
     * Fills one layer: W (fanOut×fanIn, row-major) and b (fanOut), drawing W in row order.
     * Xavier and He use the uniform forms, U(−r, r) with r = √(6/(fanIn+fanOut)) and
     * r = √(6/fanIn): the same variances as the normal forms, 2/(fanIn+fanOut) and 2/fanIn,
     * without a Gaussian sampler. Every weight takes one draw, zero ones too, so that the stream
     * goes on as TF Playground's does (docs/tf-playground.md, "Random stream").
     */
    public void fill(double[] W, double[] b, int fanIn, int fanOut, Rng rng) {
        double r;
        double bias = 0;
        switch (this) {
            case PLAYGROUND:
                r = 0.5; // TF Playground: random() − 0.5, every bias 0.1
                bias = 0.1;
                break;
            case ZERO:
                r = 0;
                break;
            case XAVIER:
                r = Math.sqrt(6.0 / (fanIn + fanOut));
                break;
            case HE:
                r = Math.sqrt(6.0 / fanIn);
                break;
            default:
                throw new IllegalStateException();
        }
        for (int k = 0; k < W.length; k++) {
            W[k] = rng.uniform(-r, r); // r = 0 gives +0
        }
        for (int j = 0; j < b.length; j++) {
            b[j] = bias;
        }
    }
}
