package backproplab.playground;

import backproplab.state.HashCodec;

/**
 * A fixed run whose every number is written out exactly, so the compiled page and the JVM can
 * be compared digit for digit: the data's fingerprint, then the training loss after each epoch
 * as the raw bits of the double, then a checksum of the output heatmap.
 */
public final class CrossCheck {
    private CrossCheck() {
    }

    /** The report for the configuration in {@code hash} after {@code epochs} epochs. */
    public static String report(String hash, int epochs) {
        Playground p = new Playground(HashCodec.parse(hash).state(), 50);
        StringBuilder out = new StringBuilder();
        out.append("data ").append(Integer.toHexString(p.data().train().fingerprint()))
                .append(' ').append(Integer.toHexString(p.data().test().fingerprint())).append('\n');
        for (int e = 1; e <= epochs; e++) {
            p.epoch();
            out.append(e).append(' ').append(bits(p.trainLoss())).append('\n');
        }
        p.grid().update();
        double sum = 0;
        for (double v : p.grid().output()) {
            sum += v;
        }
        out.append("grid ").append(bits(sum)).append('\n');
        return out.toString();
    }

    /** The double's exact bits in hex: the same text in Java and in the compiled JavaScript. */
    public static String bits(double x) {
        return Long.toHexString(Double.doubleToRawLongBits(x));
    }

    /** Reads {@link #bits} back. */
    public static double fromBits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }
}
