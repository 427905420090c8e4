package backproplab.lessons;

import backproplab.text.Keyed;

/** How gradient descent behaved on a curve for a learning rate α, named as the page names it. */
public enum Regime implements Keyed {
    CRAWLING("crawling", "crawling",
            "α is too small: every step goes downhill, but after all the steps w is still far from the minimum"),
    CONVERGING("converging", "converging",
            "each step moves w closer to the minimum from the same side, and it gets there"),
    OSCILLATING("oscillating", "oscillating",
            "each step overshoots the minimum to the other side, but the swings shrink: it still converges"),
    BOUNCING("bouncing", "bouncing",
            "the steps keep overshooting without settling: w neither converges nor runs away"),
    DIVERGING("diverging", "diverging",
            "α is too large: each step overshoots by more than the last, and w runs away from the minimum");

    private final String id;
    private final String label;
    private final String meaning;

    Regime(String id, String label, String meaning) {
        this.id = id;
        this.label = label;
        this.meaning = meaning;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String label() {
        return label;
    }

    /** One sentence for the page, saying what the student sees. */
    public String meaning() {
        return meaning;
    }

    public static Regime byId(String id) {
        return Keyed.byId(values(), id);
    }
}
