package backproplab.render;

/**
 * The colours of every picture. The diverging scale is TensorFlow Playground's: orange for −1,
 * light grey for 0, blue for +1, so a student who knows that page reads ours at once. Orange
 * against blue stays distinct for the common red–green colour blindnesses (deuteranopia,
 * protanopia), which the tests check by simulation (PaletteTest).
 *
 * <p>The scale is interpolated in CIELAB rather than sRGB so that equal steps in value look like
 * equal steps in colour, and precomputed into a table: {@link #color(double)} is a clamp, a
 * multiply and an array read, cheap enough for 10 000 heatmap cells per frame.
 */
public enum Palette {
    /** TF Playground's colours, for screens. */
    STANDARD(0xf59322, 0xe8eaeb, 0x0877bd, 0x9e9e9e, 0x333333, 0x707070, 0xe2e4e6, 0x808080, 0x000000, 1),
    /** Projectors wash colours out: deeper ends, a whiter middle, black ink, thicker lines. */
    HIGH_CONTRAST(0xe66100, 0xf4f4f4, 0x00559e, 0x8c8c8c, 0x000000, 0x595959, 0xc4c4c4, 0x6e6e6e, 0x000000, 1.5);

    /** Table size: odd, so that 0 falls exactly on the middle entry. */
    private static final int STEPS = 257;

    /** Colour of −1 (class −1, the orange end). */
    public final int negative;
    /** Colour of 0. */
    public final int zero;
    /** Colour of +1 (class +1, the blue end). */
    public final int positive;
    /** Colour of NaN and ±∞ (a diverged network). */
    public final int invalid;
    /** Text, axes, outlines. */
    public final int ink;
    /**
     * Text of something switched off (a feature the network does not use): greyer than
     * {@link #ink}, yet at least 4.5:1 against white (WCAG AA), so it still reads.
     */
    public final int muted;
    /** Grid lines, behind everything. */
    public final int grid;
    /** Training-loss line (TF Playground draws it grey). */
    public final int trainLine;
    /** Test-loss line (TF Playground draws it black). */
    public final int testLine;
    /** Multiplier for line widths (thicker on a projector). */
    public final double lineScale;

    private final int[] table = new int[STEPS];

    Palette(int negative, int zero, int positive, int invalid, int ink, int muted, int grid, int trainLine, int testLine,
            double lineScale) {
        this.negative = Rgb.of(negative);
        this.zero = Rgb.of(zero);
        this.positive = Rgb.of(positive);
        this.invalid = Rgb.of(invalid);
        this.ink = Rgb.of(ink);
        this.muted = Rgb.of(muted);
        this.grid = Rgb.of(grid);
        this.trainLine = Rgb.of(trainLine);
        this.testLine = Rgb.of(testLine);
        this.lineScale = lineScale;
        Lab neg = Lab.of(this.negative);
        Lab mid = Lab.of(this.zero);
        Lab pos = Lab.of(this.positive);
        int half = STEPS / 2;
        for (int i = 0; i < STEPS; i++) {
            table[i] = i <= half ? neg.mix(mid, i / (double) half).rgb() : mid.mix(pos, (i - half) / (double) half).rgb();
        }
        table[0] = this.negative;
        table[half] = this.zero;
        table[STEPS - 1] = this.positive;
    }

    /** Colour of a value in [−1, 1] (clamped outside); NaN and ±∞ get {@link #invalid}. */
    public int color(double v) {
        if (!(v - v == 0)) {
            return invalid; // v − v is NaN exactly when v is NaN or infinite
        }
        double c = v < -1 ? -1 : Math.min(v, 1);
        return table[(int) ((c + 1) * (STEPS / 2) + 0.5)];
    }

    /** Only the sign, as TF Playground's "discretize output": v ≥ 0 is +1, v < 0 is −1. */
    public int discrete(double v) {
        if (!(v - v == 0)) {
            return invalid;
        }
        return v >= 0 ? positive : negative;
    }
}
