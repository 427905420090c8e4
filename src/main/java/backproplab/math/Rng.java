package backproplab.math;

/**
 * Our own seeded random numbers: xoshiro128** on 32-bit ints.
 *
 * <p>Only int arithmetic (wrapping multiply, shifts, xor) and exact double arithmetic, so the
 * JVM and the TeaVM-compiled page draw the very same sequence. {@code java.util.Random} would
 * not: its bounded draws differ in TeaVM, and {@code long} is a slow BigInt in JavaScript.
 */
public final class Rng {
    private int s0, s1, s2, s3;

    public Rng(int seed) {
        // splitmix32 spreads a small seed over the four words of state
        int x = seed;
        s0 = mix(x += 0x9E3779B9);
        s1 = mix(x += 0x9E3779B9);
        s2 = mix(x += 0x9E3779B9);
        s3 = mix(x + 0x9E3779B9);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1; // the all-zero state is the one fixed point of xoshiro
        }
    }

    /** A generator seeded from a link's {@code seed} string (FNV-1a over its UTF-16 units). */
    public static Rng fromString(String seed) {
        return new Rng(hash(seed));
    }

    /** FNV-1a, 32 bits, over the string's UTF-16 code units. */
    public static int hash(String s) {
        int h = 0x811C9DC5;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }

    private static int mix(int z) {
        z = (z ^ (z >>> 16)) * 0x85EBCA6B;
        z = (z ^ (z >>> 13)) * 0xC2B2AE35;
        return z ^ (z >>> 16);
    }

    /** The next 32 random bits. */
    public int nextInt() {
        int result = Integer.rotateLeft(s1 * 5, 7) * 9;
        int t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Integer.rotateLeft(s3, 11);
        return result;
    }

    /** Uniform in [0, 1) with 53 random bits; exact in every IEEE-754 double implementation. */
    public double nextDouble() {
        int hi = nextInt() >>> 5; // 27 bits
        int lo = nextInt() >>> 6; // 26 bits
        return (hi * 67108864.0 + lo) * (1.0 / 9007199254740992.0);
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** Uniform integer in [0, bound), bound > 0. */
    public int nextInt(int bound) {
        return (int) (nextDouble() * bound);
    }
}
