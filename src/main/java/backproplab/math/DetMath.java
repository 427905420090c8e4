package backproplab.math;

/**
 * sin, cos, exp and log that give the same bits on the JVM, in HtmlUnit (Rhino) and in V8.
 *
 * <p>{@code Math.sin} and friends may differ in the last bit between those engines, and one
 * differing bit in a data point changes a dataset's fingerprint. Here every result is
 * computed with + − × ÷ and sqrt only, which IEEE 754 rounds the same way everywhere (Java
 * and JavaScript both forbid fused multiply-add contraction). Accuracy is about one unit in
 * the last place: sin, cos and log use the reductions and minimax polynomials of fdlibm
 * (Sun, 1993; the same constants as every libm since), exp a table of 2^(j/32) and a short
 * Taylor polynomial (Tang's method), all without bit access because {@code long} is a slow
 * BigInt in the compiled page.
 *
 * <p>TeaVM 0.16 prints {@code a + (b − c)} as {@code a+b-c} and {@code a * (b * c)} as
 * {@code a*b*c}: it drops the parentheses around the right operand of + and ×, which changes
 * the rounding. So no sum here has a sum as its right operand, and no product a product; where
 * the algorithm needs one, it is written with − instead ({@code a − (c − b)} is exactly
 * {@code a + (b − c)}), since TeaVM keeps the parentheses after −.
 *
 * <p>sin and cos reduce x by multiples of π/2 with π/2 split into three 33-bit parts
 * (Cody–Waite), exact for |x| &lt; 2^19·π/2 ≈ 8·10^5; beyond that they are still
 * deterministic but lose accuracy. The data and features live in [−6, 6].
 */
public final class DetMath {
    private DetMath() {
    }

    public static final double PI = 3.141592653589793;

    // π/2 = P1 + P2 + P3 + P3T, the first three with 33 significant bits, so k·Pi is exact
    private static final double INV_PIO2 = 6.36619772367581382433e-01;
    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_2 = 6.07710050630396597660e-11;
    private static final double PIO2_3 = 2.02226624871116645580e-21;
    private static final double PIO2_3T = 8.47842766036889956997e-32;
    private static final double MAX_REDUCED = 823549.6; // 2^19·π/2

    // sin(x) ≈ x + x³·(S1 + x²·(S2 + …)) on [−π/4, π/4]
    private static final double S1 = -1.66666666666666324348e-01;
    private static final double S2 = 8.33333333332248946124e-03;
    private static final double S3 = -1.98412698298579493134e-04;
    private static final double S4 = 2.75573137070700676789e-06;
    private static final double S5 = -2.50507602534068634195e-08;
    private static final double S6 = 1.58969099521155010221e-10;

    // cos(x) ≈ 1 − x²/2 + x⁴·(C1 + x²·(C2 + …)) on [−π/4, π/4]
    private static final double C1 = 4.16666666666666019037e-02;
    private static final double C2 = -1.38888888888741095749e-03;
    private static final double C3 = 2.48015872894767294178e-05;
    private static final double C4 = -2.75573143513906633035e-07;
    private static final double C5 = 2.08757232129817482790e-09;
    private static final double C6 = -1.13596475577881948265e-11;

    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;

    // exp: x = (32m + j)·ln2/32 + r with |r| ≤ ln2/64, e^x = 2^m · 2^(j/32) · e^r. ln2/32 is split
    // in two (the first part with 33 significant bits, so k·LN2_32_HI is exact for |k| < 2^20).
    private static final double THIRTY_TWO_OVER_LN2 = 46.16624130844683;
    private static final double LN2_32_HI = LN2_HI / 32;
    private static final double LN2_32_LO = LN2_LO / 32;
    /** x + 1.5·2^52 − 1.5·2^52 rounds x to the nearest integer (ties to even) for |x| &lt; 2^51, without a call to floor. */
    private static final double ROUNDER = 0x1.8p52;
    /** 2^(j/32) for j = 0..31, each correctly rounded (from 60-digit decimal arithmetic). */
    private static final double[] EXP2_32 = {
        0x1p0, 0x1.059b0d3158574p0, 0x1.0b5586cf9890fp0, 0x1.11301d0125b51p0,
        0x1.172b83c7d517bp0, 0x1.1d4873168b9aap0, 0x1.2387a6e756238p0, 0x1.29e9df51fdee1p0,
        0x1.306fe0a31b715p0, 0x1.371a7373aa9cbp0, 0x1.3dea64c123422p0, 0x1.44e086061892dp0,
        0x1.4bfdad5362a27p0, 0x1.5342b569d4f82p0, 0x1.5ab07dd485429p0, 0x1.6247eb03a5585p0,
        0x1.6a09e667f3bcdp0, 0x1.71f75e8ec5f74p0, 0x1.7a11473eb0187p0, 0x1.82589994cce13p0,
        0x1.8ace5422aa0dbp0, 0x1.93737b0cdc5e5p0, 0x1.9c49182a3f090p0, 0x1.a5503b23e255dp0,
        0x1.ae89f995ad3adp0, 0x1.b7f76f2fb5e47p0, 0x1.c199bdd85529cp0, 0x1.cb720dcef9069p0,
        0x1.d5818dcfba487p0, 0x1.dfc97337b9b5fp0, 0x1.ea4afa2a490dap0, 0x1.f50765b6e4540p0,
    };
    // e^r − 1 ≈ r + r²·(1/2 + r·(1/6 + r·(1/24 + r·(1/120 + r/720)))) on |r| ≤ ln2/64: Taylor, the next term below 4e-18
    private static final double E2 = 0.5;
    private static final double E3 = 1.0 / 6;
    private static final double E4 = 1.0 / 24;
    private static final double E5 = 1.0 / 120;
    private static final double E6 = 1.0 / 720;
    private static final double EXPM1_DIRECT = 0.010830424696249145; // ln2/64: below it e^x − 1 is the polynomial itself

    // log: log(1+f) = 2s + s·R(s²) with s = f/(2+f)
    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;
    private static final double SQRT2 = 1.4142135623730951;
    private static final int[] POW2_EXPONENTS = {512, 256, 128, 64, 32, 16, 8, 4, 2, 1};
    private static final double[] POW2 = {0x1p512, 0x1p256, 0x1p128, 0x1p64, 0x1p32, 0x1p16, 0x1p8, 0x1p4, 0x1p2, 0x1p1};

    /** sin x. */
    public static double sin(double x) {
        return trig(x, 0);
    }

    /** cos x = sin(x + π/2), by shifting the quadrant (no rounding). */
    public static double cos(double x) {
        return trig(x, 1);
    }

    /** sin of x shifted by {@code quarterTurns}·π/2. */
    private static double trig(double x, int quarterTurns) {
        if (x != x || x - x != 0) {
            return Double.NaN; // NaN or ±∞
        }
        double ax = Math.abs(x);
        if (ax <= 0.7853981633974483) { // |x| ≤ π/4: no reduction
            return quarterTurns == 0 ? kernelSin(x, 0) : kernelCos(x, 0);
        }
        // x = k·π/2 + (y0 + y1), |y0 + y1| ≤ π/4. k·P1, k·P2 and k·P3 are exact products;
        // x − k·P1 is exact (Sterbenz); TwoSum keeps the rounding error of the next step.
        double k = Math.floor(x * INV_PIO2 + 0.5);
        double r1 = x - k * PIO2_1;
        double w = -k * PIO2_2;
        double r2 = r1 + w;
        double bb = r2 - r1;
        double e2 = (r1 - (r2 - bb)) - (bb - w); // (r1 − (r2 − bb)) + (w − bb), see the class comment
        double tail = (e2 - k * PIO2_3) - k * PIO2_3T;
        double y0 = r2 + tail;
        double y1 = (r2 - y0) + tail;
        int quadrant = ((int) (k % 4) + quarterTurns + 4) & 3;
        switch (quadrant) {
            case 0: return kernelSin(y0, y1);
            case 1: return kernelCos(y0, y1);
            case 2: return -kernelSin(y0, y1);
            default: return -kernelCos(y0, y1);
        }
    }

    /** sin(x + y) for |x| ≤ π/4, y the tail of the reduced argument. */
    private static double kernelSin(double x, double y) {
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    /** cos(x + y) for |x| ≤ π/4. */
    private static double kernelCos(double x, double y) {
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        double hz = 0.5 * z;
        double w = 1 - hz;
        // w + (((1 − w) − hz) + (z·r − x·y)): 1 − hz with its rounding error put back, written with − (class comment)
        return w - ((hz - (1 - w)) - (z * r - x * y));
    }

    /**
     * e^x, to within one unit in the last place. A 32-entry table of 2^(j/32) leaves a short
     * polynomial and no division, which the playground's tanh units feel (docs/benchmarks.md).
     */
    public static double exp(double x) {
        if (x >= -708 && x <= 709) { // the result is normal: one exact scaling (false for NaN)
            return expScaled(x, 0);
        }
        if (x != x) {
            return Double.NaN;
        }
        if (x > 709.782712893384) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.1332191019412) {
            return 0;
        }
        // near overflow, or subnormal: scaled into range, then one rounding by the last product
        return x > 0 ? expScaled(x, -1) * 2 : expScaled(x, 64) * 0x1p-64;
    }

    /**
     * e^x·2^shift, for the shifts that keep the power of two in POW2_TABLE. Kept apart from
     * exp's rare cases so that it stays small enough for V8 to inline into the activations' loops,
     * where a call would cost each tanh much of its time (docs/benchmarks.md).
     */
    private static double expScaled(double x, int shift) {
        double k = (x * THIRTY_TWO_OVER_LN2 + ROUNDER) - ROUNDER;
        double r = (x - k * LN2_32_HI) - k * LN2_32_LO;
        int n = (int) k;
        double t = EXP2_32[n & 31];
        return (t + t * expm1Kernel(r)) * POW2_TABLE[(n >> 5) + shift + 1022];
    }

    /**
     * e^x − 1, accurate also for small x where exp(x) − 1 would cancel: the polynomial itself
     * for |x| ≤ ln2/64, exp(x) − 1 beyond (relative error there at most ~1e-14).
     */
    public static double expm1(double x) {
        if (Math.abs(x) <= EXPM1_DIRECT) {
            return expm1Kernel(x);
        }
        return exp(x) - 1;
    }

    /** e^r − 1 for |r| ≤ ln2/64. */
    private static double expm1Kernel(double r) {
        return r + r * r * (E2 + r * (E3 + r * (E4 + r * (E5 + r * E6))));
    }

    /** ln x. */
    public static double log(double x) {
        if (x != x || x < 0) {
            return Double.NaN;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        // x = 2^k · m with m in [√2/2, √2), by exact scalings with powers of two
        int k = 0;
        double m = x;
        for (int i = 0; i < POW2_EXPONENTS.length; i++) {
            if (m >= POW2[i]) { // once each: x < 2^1024
                m /= POW2[i];
                k += POW2_EXPONENTS[i];
            }
        }
        for (int i = 0; i < POW2_EXPONENTS.length; i++) {
            while (m < 1 / POW2[i]) { // twice at most, for subnormals
                m *= POW2[i];
                k -= POW2_EXPONENTS[i];
            }
        }
        if (m < 1) { // m was in [0.5, 1)
            m *= 2;
            k--;
        }
        if (m > SQRT2) {
            m *= 0.5;
            k++;
        }
        double f = m - 1;
        double s = f / (2 + f);
        double z = s * s;
        double w = z * z;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double r = t2 + t1;
        double hfsq = 0.5 * f * f;
        return k * LN2_HI - ((hfsq - (s * (r + hfsq) + k * LN2_LO)) - f); // r first: see the class comment
    }

    /** √x: IEEE 754 rounds it correctly, so it is the same everywhere. */
    public static double sqrt(double x) {
        return Math.sqrt(x);
    }

    /**
     * The whole number nearest to x, halves up, as the JVM's {@code Math.round} gives it (for
     * |x| &lt; 2⁵²). Not {@code Math.round} itself: TeaVM 0.16 compiles that to
     * {@code (long) (x + signum(x) · 0.5)}, which takes −2.5 to −3 where the JVM gives −2.
     */
    public static double round(double x) {
        double down = Math.floor(x);
        return x - down >= 0.5 ? down + 1 : down;
    }

    /** x rounded to hundredths (halves up), never −0: what a click or a slider can mean, and short in a link. */
    public static double hundredths(double x) {
        return round(x * 100) / 100 + 0.0;
    }

    /** 2^k for −1022 ≤ k ≤ 1023 (all normal, so exact): exp's last step is one multiplication. */
    private static final double[] POW2_TABLE = pow2Table();

    private static double[] pow2Table() {
        double[] t = new double[2046];
        t[1022] = 1;
        for (int k = 1; k <= 1023; k++) {
            t[1022 + k] = t[1021 + k] * 2;
        }
        for (int k = 1; k <= 1022; k++) {
            t[1022 - k] = t[1023 - k] * 0.5;
        }
        return t;
    }
}
