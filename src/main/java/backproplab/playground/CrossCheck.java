package backproplab.playground;

import backproplab.state.HashCodec;

/**
 * A fixed run whose every number is written out exactly, so the compiled page and the JVM can
 * be compared digit for digit: the data's fingerprint, then the training loss after each epoch
 * as the raw bits of the double, then a checksum of the output heatmap, then a fingerprint of
 * the saved model file and of the link with trained weights, each with the training loss after
 * reading it back (so JSON numbers and the weights code read back bit for bit in the browser too).
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
        if (ModelFile.whyNotSavable(p) == null) {
            // the saved file's text, and the loss after loading it into a fresh playground
            String file = ModelFile.write(p);
            Playground q = new Playground(p.state(), 10);
            q.load(ModelFile.read(file).model());
            out.append("model ").append(Integer.toHexString(file.hashCode())).append(' ').append(file.length())
                    .append(' ').append(bits(q.trainLoss())).append('\n');
            // the link with trained weights, and the loss after opening it
            String link = Link.write(p, true);
            Link.Read read = Link.read(link);
            q.loadParameters(read.weights(), read.epochs());
            out.append("link ").append(Integer.toHexString(link.hashCode())).append(' ').append(bits(q.trainLoss())).append('\n');
        }
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
