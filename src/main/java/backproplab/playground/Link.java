package backproplab.playground;

import backproplab.state.HashCodec;
import backproplab.state.HashParams;
import backproplab.state.PlaygroundState;
import backproplab.text.JsNumber;
import backproplab.text.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * The playground's link: the configuration ({@link HashCodec}) and, for "link with trained
 * weights", every weight and bias under the key {@code weights} and the epochs they were
 * trained for under {@code epochs}, so the opened page counts on from there.
 *
 * <p>The weights are the raw IEEE 754 bits of each double, 8 bytes big-endian in
 * {@link backproplab.nn.Network#copyParametersTo} order, then a 4-byte FNV-1a checksum of those
 * bytes, all in base64url without padding (letters, digits, {@code -} and {@code _}: nothing a
 * link must escape). That is ⌈32·(N + ½)/3⌉ characters for N parameters, about 10.7 per number
 * and exact to the bit; shortest decimals take about 19 per trained weight (see the tests). A
 * link cut short or mistyped fails the length or checksum test and is refused with a notice;
 * the configuration still applies and the network starts from its seeded weights.
 */
public final class Link {
    private Link() {
    }

    public static final String WEIGHTS = "weights";
    public static final String EPOCHS = "epochs";
    /** A traced point and step, {@code trace=P.S} (both counted from 1), so a shared link reopens the trace. */
    public static final String TRACE = "trace";
    /** An open loss landscape: its plane ("random" or "path"), grid and range. */
    public static final String LANDSCAPE = "landscape";
    public static final String LANDSCAPE_GRID = "landscapeGrid";
    public static final String LANDSCAPE_RANGE = "landscapeRange";
    /** {@code test}: the slice shows the test loss. */
    public static final String LANDSCAPE_LOSS = "landscapeLoss";
    /** The grids and ranges the landscape panel offers. */
    public static final int[] GRIDS = {21, 31, 41};
    public static final double[] RANGES = {0.5, 1, 2};
    /** The most epochs a link may claim: well within the counter's int, and over a week of training at a thousand a second. */
    static final int MAX_EPOCHS = 1_000_000_000;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /**
     * A link read: the configuration with its notices, the weights when the link carried usable
     * ones (else null) and the epochs they were trained for (0 without them).
     */
    public record Read(HashCodec.Parsed config, double[] weights, int epochs, Trace trace, Landscape landscape) {
        public PlaygroundState state() {
            return config.state();
        }

        public List<String> notices() {
            return config.notices();
        }
    }

    /** A traced training point and step, both from 0 (the link counts from 1). */
    public record Trace(int point, int step) {
        /** The link's entry for it: {@code &trace=P.S}. */
        public String entry() {
            return "&" + TRACE + "=" + (point + 1) + "." + (step + 1);
        }
    }

    /** An open landscape panel's settings. */
    public record Landscape(LossLandscape.Plane plane, int grid, double range, boolean testLoss) {
        public String entry() {
            return "&" + LANDSCAPE + "=" + plane.id + "&" + LANDSCAPE_GRID + "=" + grid + "&" + LANDSCAPE_RANGE + "=" + JsNumber.format(range)
                    + (testLoss ? "&" + LANDSCAPE_LOSS + "=test" : "");
        }
    }

    /**
     * The hash text (no {@code #}) for this playground, with its current weights when
     * {@code withWeights}; weights that are no longer numbers cannot be linked: check
     * {@link ModelFile#whyNotSavable} first.
     */
    public static String write(Playground p, boolean withWeights) {
        String config = HashCodec.write(p.state());
        if (!withWeights) {
            return config;
        }
        String why = ModelFile.whyNotSavable(p);
        if (why != null) {
            throw new IllegalStateException(why);
        }
        double[] parameters = new double[p.network().parameterCount()];
        p.network().copyParametersTo(parameters);
        return config + "&" + EPOCHS + "=" + p.epochs() + "&" + WEIGHTS + "=" + encode(parameters);
    }

    /**
     * Reads a link; never throws. Weights that are broken or do not fit the configuration's
     * network are refused with a notice, and so is an epoch count that is not a whole number
     * from 0 to {@link #MAX_EPOCHS}, or that comes without weights: the count is then 0.
     */
    public static Read read(String hash) {
        List<HashParams.Entry> rest = new ArrayList<>();
        String weightsText = null;
        String epochsText = null;
        String traceText = null;
        String[] landscapeText = new String[4];
        int weightsCount = 0;
        int epochsCount = 0;
        for (HashParams.Entry e : HashParams.parse(hash)) {
            if (e.key().equals(WEIGHTS)) {
                weightsText = e.value(); // the last one counts, as for every key
                weightsCount++;
            } else if (e.key().equals(EPOCHS)) {
                epochsText = e.value();
                epochsCount++;
            } else if (e.key().equals(TRACE)) {
                traceText = e.value();
            } else if (e.key().equals(LANDSCAPE)) {
                landscapeText[0] = e.value();
            } else if (e.key().equals(LANDSCAPE_GRID)) {
                landscapeText[1] = e.value();
            } else if (e.key().equals(LANDSCAPE_RANGE)) {
                landscapeText[2] = e.value();
            } else if (e.key().equals(LANDSCAPE_LOSS)) {
                landscapeText[3] = e.value();
            } else {
                rest.add(e);
            }
        }
        HashCodec.Parsed config = HashCodec.parse(HashParams.write(rest));
        List<String> notices = new ArrayList<>(config.notices());
        Trace trace = traceText == null ? null : trace(traceText, notices);
        Landscape landscape = landscape(landscapeText, notices);
        if (weightsText == null && epochsText == null) {
            return new Read(new HashCodec.Parsed(config.state(), notices), null, 0, trace, landscape);
        }
        if (weightsCount > 1) {
            notices.add("weights appears " + weightsCount + " times in the link; using the last one");
        }
        if (epochsCount > 1) {
            notices.add("epochs appears " + epochsCount + " times in the link; using the last one");
        }
        double[] weights = weightsText == null ? null : weights(weightsText, config.state(), notices);
        int epochs = 0;
        if (epochsText != null && weights != null) {
            epochs = epochs(epochsText, notices);
        } else if (epochsText != null && weightsText == null) {
            notices.add("epochs=" + Texts.shorten(epochsText, 24) + " counts the training of weights the link does not carry;"
                    + " the network starts from fresh weights at epoch 0");
        }
        return new Read(new HashCodec.Parsed(config.state(), notices), weights, epochs, trace, landscape);
    }

    /**
     * The landscape keys: the panel opens when {@code landscape} names a plane; a grid or range
     * the panel does not offer takes its default with a notice, and so does either without a plane.
     */
    private static Landscape landscape(String[] text, List<String> notices) {
        if (text[0] == null) {
            if (text[1] != null || text[2] != null || text[3] != null) {
                notices.add("landscapeGrid, landscapeRange and landscapeLoss set up a loss landscape the link does not open"
                        + " (add landscape=random or landscape=path): ignored");
            }
            return null;
        }
        LossLandscape.Plane plane = null;
        for (LossLandscape.Plane p : LossLandscape.Plane.values()) {
            if (p.id.equals(text[0])) {
                plane = p;
            }
        }
        if (plane == null) {
            notices.add("landscape=" + Texts.shorten(text[0], 24) + " is not a slice (random or path): no landscape is opened");
            return null;
        }
        int grid = LossLandscape.DEFAULT_SIZE;
        if (text[1] != null) {
            double g = JsNumber.parse(text[1]);
            boolean offered = false;
            for (int option : GRIDS) {
                offered |= g == option;
            }
            if (offered) {
                grid = (int) g;
            } else {
                notices.add("landscapeGrid=" + Texts.shorten(text[1], 24) + " is not one of the grids offered (21, 31 or 41): using 31");
            }
        }
        double range = 1;
        if (text[2] != null) {
            double r = JsNumber.parse(text[2]);
            boolean offered = false;
            for (double option : RANGES) {
                offered |= r == option;
            }
            if (offered) {
                range = r;
            } else {
                notices.add("landscapeRange=" + Texts.shorten(text[2], 24) + " is not one of the ranges offered (0.5, 1 or 2): using 1");
            }
        }
        boolean test = "test".equals(text[3]);
        if (text[3] != null && !test && !"train".equals(text[3])) {
            notices.add("landscapeLoss=" + Texts.shorten(text[3], 24) + " is not train or test: the slice shows the training loss");
        }
        return new Landscape(plane, grid, range, test);
    }

    /** "P.S" with P and S whole numbers from 1; anything else is refused with a notice (no trace opens). */
    private static Trace trace(String text, List<String> notices) {
        int dot = text.indexOf('.');
        double point = dot < 0 ? Double.NaN : JsNumber.parse(text.substring(0, dot));
        double step = dot < 0 ? Double.NaN : JsNumber.parse(text.substring(dot + 1));
        if (point >= 1 && step >= 1 && point <= MAX_EPOCHS && step <= MAX_EPOCHS && point == Math.floor(point) && step == Math.floor(step)
                && text.indexOf('.', dot + 1) < 0) {
            return new Trace((int) point - 1, (int) step - 1);
        }
        notices.add("trace=" + Texts.shorten(text, 24) + " is not a point and a step (as in trace=8.12, training point 8 at step 12):"
                + " no trace is opened");
        return null;
    }

    /** The link's weights if they fit this state's network, else null with a notice. */
    private static double[] weights(String text, PlaygroundState state, List<String> notices) {
        String problem;
        double[] weights = null;
        try {
            weights = decode(text);
            int expected = parameterCount(state);
            problem = weights.length == expected ? null
                    : "they are for a network with " + weights.length + " weights and biases, and this one has " + expected;
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        if (problem != null) {
            notices.add("The weights in the link could not be used (" + problem + "); the network starts from fresh weights");
            return null;
        }
        return weights;
    }

    /** The epoch count as JavaScript's {@code +value} reads it, if a whole number from 0 to MAX_EPOCHS; else 0 with a notice. */
    private static int epochs(String text, List<String> notices) {
        double x = JsNumber.parse(text);
        if (x >= 0 && x <= MAX_EPOCHS && x == Math.floor(x)) {
            return (int) x;
        }
        String why = x != x ? "is not a number" : x < 0 ? "is negative" : x > MAX_EPOCHS ? "is more than " + MAX_EPOCHS
                : "is not a whole number";
        notices.add("epochs=" + Texts.shorten(text, 24) + " " + why + ": a count of epochs is a whole number from 0 to "
                + MAX_EPOCHS + ". The epoch counter starts at 0");
        return 0;
    }

    /** Σ over layers of n[l]·n[l−1] + n[l] for the network this state builds. */
    static int parameterCount(PlaygroundState state) {
        int previous = state.inputs().length;
        int count = 0;
        for (int units : state.networkShape()) {
            count += units * previous + units;
            previous = units;
        }
        return count + previous + 1; // the single output unit
    }

    /** The base64url text of these finite numbers' bits and their checksum. */
    public static String encode(double[] values) {
        byte[] bytes = new byte[values.length * 8 + 4];
        for (int k = 0; k < values.length; k++) {
            long bits = Double.doubleToRawLongBits(values[k]); // one long per number, then int arithmetic
            putInt(bytes, 8 * k, (int) (bits >>> 32));
            putInt(bytes, 8 * k + 4, (int) bits);
        }
        putInt(bytes, values.length * 8, fnv(bytes, values.length * 8));
        StringBuilder out = new StringBuilder((bytes.length * 4 + 2) / 3);
        for (int i = 0; i < bytes.length; i += 3) {
            int b0 = bytes[i] & 0xFF;
            int b1 = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : 0;
            int b2 = i + 2 < bytes.length ? bytes[i + 2] & 0xFF : 0;
            int triple = (b0 << 16) | (b1 << 8) | b2;
            int chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
            for (int c = 0; c < chars; c++) {
                out.append(ALPHABET.charAt((triple >> (18 - 6 * c)) & 63));
            }
        }
        return out.toString();
    }

    /**
     * The numbers of {@link #encode}'s text. Throws IllegalArgumentException with a short reason
     * (for a notice) when the text is not such an encoding, is cut short, fails its checksum or
     * holds a number that is not finite.
     */
    public static double[] decode(String text) {
        int n = text.length();
        if (n % 4 == 1) {
            throw new IllegalArgumentException("the text is cut short");
        }
        byte[] bytes = new byte[n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1)];
        int acc = 0;
        int bitsHeld = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            int v = ALPHABET.indexOf(text.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("\"" + text.charAt(i) + "\" at position " + (i + 1) + " is not part of a weights code");
            }
            acc = (acc << 6) | v;
            bitsHeld += 6;
            if (bitsHeld >= 8) {
                bitsHeld -= 8;
                bytes[b++] = (byte) (acc >> bitsHeld);
                acc &= (1 << bitsHeld) - 1;
            }
        }
        if (acc != 0 || bytes.length < 4 || (bytes.length - 4) % 8 != 0) {
            throw new IllegalArgumentException("the text is cut short or too long");
        }
        int count = (bytes.length - 4) / 8;
        if (fnv(bytes, count * 8) != getInt(bytes, count * 8)) {
            throw new IllegalArgumentException("the checksum does not match: part of the link was changed or lost");
        }
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
            long hi = getInt(bytes, 8 * k);
            long lo = getInt(bytes, 8 * k + 4) & 0xFFFFFFFFL;
            values[k] = Double.longBitsToDouble((hi << 32) | lo);
            if (!(Math.abs(values[k]) <= Double.MAX_VALUE)) {
                throw new IllegalArgumentException("number " + (k + 1) + " is not finite");
            }
        }
        return values;
    }

    private static void putInt(byte[] bytes, int at, int v) {
        bytes[at] = (byte) (v >>> 24);
        bytes[at + 1] = (byte) (v >>> 16);
        bytes[at + 2] = (byte) (v >>> 8);
        bytes[at + 3] = (byte) v;
    }

    private static int getInt(byte[] bytes, int at) {
        return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
    }

    /** FNV-1a (32 bits) over the first {@code length} bytes. */
    private static int fnv(byte[] bytes, int length) {
        int h = 0x811C9DC5;
        for (int i = 0; i < length; i++) {
            h ^= bytes[i] & 0xFF;
            h *= 0x01000193;
        }
        return h;
    }
}
