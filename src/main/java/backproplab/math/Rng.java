package backproplab.math;

/**
 * The seeded random stream: the generator TF Playground draws from (seedrandom 2.4), so that a
 * link's seed gives the points and starting weights TF Playground shows (docs/tf-playground.md,
 * "Random stream"). An RC4 state keyed by the seed string, whose output bytes make the numbers.
 *
 * <p>Only int arithmetic and double arithmetic on integers below 2^53 (exact in IEEE 754), so
 * the JVM, TeaVM's JavaScript and its WebAssembly draw the very same sequence.
 * {@code java.util.Random} would not: its bounded draws differ in TeaVM, and {@code long} is a
 * slow BigInt in JavaScript.
 */
public final class Rng {
    private static final int WIDTH = 256;
    private static final int MASK = WIDTH - 1;
    /** Six bytes make a number's first numerator, over 2^48. */
    private static final int CHUNKS = 6;
    private static final double START_DENOMINATOR = 281474976710656.0; // 2^48
    private static final double SIGNIFICANCE = 4503599627370496.0; // 2^52
    private static final double OVERFLOW = 9007199254740992.0; // 2^53

    private final int[] s = new int[WIDTH];
    private int i;
    private int j;

    /** A generator seeded by the key of {@code seed}'s characters (UTF-16 units), as a link's seed. */
    public Rng(String seed) {
        int[] key = mixKey(seed);
        int keyLength = key.length;
        if (keyLength == 0) {
            key = new int[] {0};
            keyLength = 1;
        }
        for (int k = 0; k < WIDTH; k++) {
            s[k] = k;
        }
        int jj = 0;
        for (int k = 0; k < WIDTH; k++) {
            int t = s[k];
            jj = (jj + key[k % keyLength] + t) & MASK;
            s[k] = s[jj];
            s[jj] = t;
        }
        bytes(WIDTH); // the first bytes of RC4 are its weakest: thrown away
    }

    /** A generator for our own uses seeded by a number: the same as a link's seed written in decimal. */
    public Rng(int seed) {
        this(Integer.toString(seed));
    }

    /** A generator seeded from a link's {@code seed} string. */
    public static Rng fromString(String seed) {
        return new Rng(seed);
    }

    /** The seed's characters folded into at most 256 key bytes, each pass smearing into the last. */
    private static int[] mixKey(String seed) {
        int[] key = new int[Math.min(seed.length(), WIDTH)];
        int smear = 0;
        for (int k = 0; k < seed.length(); k++) {
            int at = k & MASK;
            smear ^= key[at] * 19;
            key[at] = (smear + seed.charAt(k)) & MASK;
        }
        return key;
    }

    /** The next {@code count} RC4 output bytes as one big-endian integer (count ≤ 6: exact in a double). */
    private double bytes(int count) {
        double r = 0;
        int ii = i;
        int jj = j;
        int[] st = s;
        for (int k = 0; k < count; k++) {
            ii = (ii + 1) & MASK;
            int t = st[ii];
            jj = (jj + t) & MASK;
            st[ii] = st[jj];
            st[jj] = t;
            r = r * WIDTH + st[(st[ii] + t) & MASK];
        }
        i = ii;
        j = jj;
        return r;
    }

    /** The next byte of the stream, 0 … 255. */
    private int nextByte() {
        return (int) bytes(1);
    }

    /** The next 32 random bits (four bytes). */
    public int nextInt() {
        return (nextByte() << 24) | (nextByte() << 16) | (nextByte() << 8) | nextByte();
    }

    /**
     * Uniform in [0, 1) with 53 significant bits: six bytes over 2^48, then bytes appended until
     * the numerator fills 52 bits, then everything halved back under 2^53 before the last byte is
     * added, so no step rounds.
     */
    public double nextDouble() {
        double n = bytes(CHUNKS);
        double d = START_DENOMINATOR;
        int x = 0;
        while (n < SIGNIFICANCE) {
            n = (n + x) * WIDTH;
            d *= WIDTH;
            x = nextByte();
        }
        while (n >= OVERFLOW) {
            n /= 2;
            d /= 2;
            x >>>= 1;
        }
        return (n + x) / d;
    }

    /** Uniform in [lo, hi): random()·(hi − lo) + lo, as TF Playground computes it. */
    public double uniform(double lo, double hi) {
        return nextDouble() * (hi - lo) + lo;
    }

    /** Uniform integer in [0, bound), bound &gt; 0: floor(random()·bound). */
    public int nextInt(int bound) {
        return (int) (nextDouble() * bound);
    }
}
