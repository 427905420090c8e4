package backproplab.state;

import backproplab.text.Texts;
import backproplab.data.DataKind;
import backproplab.data.DataPoint;
import backproplab.data.Feature;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Loss;
import backproplab.nn.Optimizer;
import backproplab.nn.Regularization;
import backproplab.state.HashParams.Entry;
import backproplab.text.JsNumber;
import backproplab.text.Keyed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The playground's state in the URL hash, read with TF Playground's semantics
 * (docs/tf-playground.md) so its links work here, and written so our links still open there.
 *
 * <p>Reading never throws and always gives a valid state. Booleans: any value but
 * {@code false} is true. Numbers: JavaScript's {@code +value}. Named values must be known,
 * else the default stays. A repeated key: the last one counts. Whatever is changed to fit
 * {@link Limits}, or ignored, is explained in a notice, a plain sentence for the student.
 *
 * <p>Writing gives every TF Playground key in its order, then ours, only where they differ
 * from the default: loss, optimizer, leakySlope, init, speed, firstLayerLines, highContrast,
 * points. The text has no leading {@code #}.
 */
public final class HashCodec {
    private HashCodec() {
    }

    /** A state read from a link, and what the student should be told about the link. */
    public record Parsed(PlaygroundState state, List<String> notices) {
        public Parsed {
            notices = List.copyOf(notices);
        }
    }

    /** At most this many notices are listed; the rest are counted in one last line. */
    static final int MAX_NOTICES = 12;
    private static final String HIDE = "_hide";
    /** TF Playground's feature keys in the order its links list them. */
    private static final Feature[] TF_FEATURE_ORDER = {
        Feature.X, Feature.Y, Feature.X_TIMES_Y, Feature.X_SQUARED, Feature.Y_SQUARED,
        Feature.COS_X, Feature.SIN_X, Feature.COS_Y, Feature.SIN_Y,
    };

    public static Parsed parse(String hash) {
        Reader r = new Reader(HashParams.parse(hash));
        PlaygroundState d = PlaygroundState.DEFAULT;

        Activation.Kind kind = r.keyed("activation", Activation.Kind.values(), d.activation().kind());
        Activation activation = Activation.of(kind);
        if (kind == Activation.Kind.LEAKY_RELU) {
            activation = Activation.leakyRelu(r.number("leakySlope", Activation.DEFAULT_LEAKY_SLOPE, 0, false,
                    Limits.MAX_LEAKY_SLOPE, "a slope below 0 is not LeakyReLU", "a slope above 1 grows faster for negative inputs than for positive ones"));
        } else {
            r.consume("leakySlope"); // only LeakyReLU has a slope
        }
        Regularization regularization = r.keyed("regularization", Regularization.values(), d.regularization());
        int batchSize = r.whole("batchSize", d.batchSize(), Limits.MIN_BATCH, Limits.MAX_BATCH,
                "with larger batches an epoch makes too few steps to watch");
        DataKind dataset = r.dataKind("dataset", false, d.dataset());
        DataKind regDataset = r.dataKind("regDataset", true, d.regDataset());
        double learningRate = r.number("learningRate", d.learningRate(), 0, true, Limits.MAX_LEARNING_RATE,
                "a step of 0 never learns and a negative one climbs the loss", "with steps that large every network diverges");
        double regularizationRate = r.number("regularizationRate", d.regularizationRate(), 0, false, Limits.MAX_REGULARIZATION_RATE,
                "a negative penalty would reward large weights", "a penalty that strong leaves the weights no room to learn");
        double noise = r.number("noise", d.noise(), 0, false, Limits.MAX_NOISE,
                "noise is a percentage from 0 to 50", "beyond 50 percent the data is mostly noise");
        List<Integer> networkShape = r.networkShape(d.networkShape());
        String seed = r.text("seed", d.seed());
        boolean showTestData = r.bool("showTestData", d.showTestData());
        boolean discretize = r.bool("discretize", d.discretize());
        double percTrainData = r.number("percTrainData", d.percTrainData(), Limits.MIN_PERC_TRAIN, false, Limits.MAX_PERC_TRAIN,
                "too few points would be left to learn from", "too few points would be left to test on");
        Set<Feature> features = new HashSet<>();
        for (Feature f : Feature.values()) {
            if (r.bool(f.id(), d.features().contains(f))) {
                features.add(f);
            }
        }
        boolean collectStats = r.bool("collectStats", d.collectStats());
        String tutorial = r.text("tutorial", d.tutorial());
        Problem problem = r.keyed("problem", Problem.values(), d.problem());
        boolean initZero = r.bool("initZero", d.init() == Init.ZERO);
        Init init = r.keyed("init", Init.values(), initZero ? Init.ZERO : Init.PLAYGROUND);
        if (r.has("initZero") && r.has("init") && initZero != (init == Init.ZERO)) {
            r.notices.add("initZero=" + initZero + " and init=" + init.id() + " disagree; using init=" + init.id());
        }
        boolean hideText = r.bool("hideText", d.hideText());
        Loss loss = r.keyed("loss", Loss.values(), d.loss());
        Optimizer optimizer = r.keyed("optimizer", Optimizer.values(), d.optimizer());
        int speed = r.whole("speed", d.speed(), Limits.MIN_SPEED, Limits.MAX_SPEED, "more epochs per frame would make the page stutter");
        boolean firstLayerLines = r.bool("firstLayerLines", d.firstLayerLines());
        boolean highContrast = r.bool("highContrast", d.highContrast());
        List<DataPoint> points = r.points();
        Set<Control> hidden = new HashSet<>();
        Set<Feature> hiddenFeatures = new HashSet<>();
        r.hidden(hidden, hiddenFeatures);
        r.unknownKeys();

        PlaygroundState state = new PlaygroundState(activation, regularization, batchSize, dataset, regDataset, learningRate,
                regularizationRate, noise, networkShape, seed, showTestData, discretize, percTrainData, features, collectStats,
                tutorial, problem, init, hideText, hidden, hiddenFeatures, loss, optimizer, speed, firstLayerLines, highContrast,
                points);
        return new Parsed(state, r.notices.list());
    }

    /** The hash text (without {@code #}) for a state, keys in a stable order. */
    public static String write(PlaygroundState s) {
        List<Entry> e = new ArrayList<>();
        e.add(new Entry("activation", s.activation().id()));
        if (s.regularization() != Regularization.NONE) {
            e.add(new Entry("regularization", s.regularization().id())); // TF Playground leaves "none" out too
        }
        e.add(new Entry("batchSize", Integer.toString(s.batchSize())));
        e.add(new Entry("dataset", s.dataset().id()));
        e.add(new Entry("regDataset", s.regDataset().id()));
        e.add(new Entry("learningRate", JsNumber.format(s.learningRate())));
        e.add(new Entry("regularizationRate", JsNumber.format(s.regularizationRate())));
        e.add(new Entry("noise", JsNumber.format(s.noise())));
        e.add(new Entry("networkShape", join(s.networkShape())));
        if (!s.seed().isEmpty()) {
            e.add(new Entry("seed", s.seed()));
        }
        e.add(new Entry("showTestData", Boolean.toString(s.showTestData())));
        e.add(new Entry("discretize", Boolean.toString(s.discretize())));
        e.add(new Entry("percTrainData", JsNumber.format(s.percTrainData())));
        for (Feature f : TF_FEATURE_ORDER) {
            e.add(new Entry(f.id(), Boolean.toString(s.features().contains(f))));
        }
        e.add(new Entry("collectStats", Boolean.toString(s.collectStats())));
        if (!s.tutorial().isEmpty()) {
            e.add(new Entry("tutorial", s.tutorial()));
        }
        e.add(new Entry("problem", s.problem().id()));
        e.add(new Entry("initZero", Boolean.toString(s.init() == Init.ZERO)));
        e.add(new Entry("hideText", Boolean.toString(s.hideText())));
        for (Control c : Control.values()) {
            if (s.hidden().contains(c)) {
                e.add(new Entry(c.id() + HIDE, "true"));
            }
        }
        for (Feature f : Feature.values()) {
            if (s.hiddenFeatures().contains(f)) {
                e.add(new Entry(f.id() + HIDE, "true"));
            }
        }
        PlaygroundState d = PlaygroundState.DEFAULT;
        if (s.loss() != d.loss()) {
            e.add(new Entry("loss", s.loss().id()));
        }
        if (s.optimizer() != d.optimizer()) {
            e.add(new Entry("optimizer", s.optimizer().id()));
        }
        if (s.activation().kind() == Activation.Kind.LEAKY_RELU && s.activation().slope() != Activation.DEFAULT_LEAKY_SLOPE) {
            e.add(new Entry("leakySlope", JsNumber.format(s.activation().slope())));
        }
        if (s.init() != Init.PLAYGROUND && s.init() != Init.ZERO) {
            e.add(new Entry("init", s.init().id()));
        }
        if (s.speed() != d.speed()) {
            e.add(new Entry("speed", Integer.toString(s.speed())));
        }
        if (s.firstLayerLines()) {
            e.add(new Entry("firstLayerLines", "true"));
        }
        if (s.highContrast()) {
            e.add(new Entry("highContrast", "true"));
        }
        if (!s.userPoints().isEmpty()) {
            StringBuilder p = new StringBuilder();
            for (DataPoint point : s.userPoints()) {
                if (p.length() > 0) {
                    p.append(';');
                }
                p.append(JsNumber.format(point.x1())).append(',').append(JsNumber.format(point.x2()))
                        .append(',').append(JsNumber.format(point.label()));
            }
            e.add(new Entry("points", p.toString()));
        }
        return HashParams.write(e);
    }

    private static String join(List<Integer> shape) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shape.size(); i++) {
            out.append(i == 0 ? "" : ",").append(shape.get(i).intValue());
        }
        return out.toString();
    }

    /** A value as quoted in a notice: at most 24 characters. */
    static String quote(String value) {
        return Texts.shorten(value, 24);
    }

    /** Notices in order, at most MAX_NOTICES, then a count of the rest. */
    private static final class Notices {
        private final List<String> list = new ArrayList<>();
        private int more;

        void add(String notice) {
            if (list.size() < MAX_NOTICES) {
                list.add(notice);
            } else {
                more++;
            }
        }

        List<String> list() {
            List<String> out = new ArrayList<>(list);
            if (more > 0) {
                out.add("… and " + more + " more " + Texts.noun(more, "problem") + " in the link");
            }
            return out;
        }
    }

    /** Reads the link's values key by key, noting each key it uses and each problem it finds. */
    private static final class Reader {
        final Notices notices = new Notices();
        private final Map<String, String> last = new LinkedHashMap<>();
        private final Set<String> used = new HashSet<>();

        Reader(List<Entry> entries) {
            Map<String, Integer> count = new LinkedHashMap<>(); // notices in the link's order
            for (Entry e : entries) {
                last.put(e.key(), e.value());
                count.put(e.key(), count.getOrDefault(e.key(), 0) + 1);
            }
            for (Map.Entry<String, Integer> c : count.entrySet()) {
                if (c.getValue() > 1) {
                    notices.add(quote(c.getKey()) + " appears " + c.getValue().intValue() + " times in the link; using the last one, "
                            + quote(c.getKey()) + "=" + quote(last.get(c.getKey())));
                }
            }
        }

        boolean has(String key) {
            return last.containsKey(key);
        }

        String consume(String key) {
            used.add(key);
            return last.get(key);
        }

        /** TF Playground's booleans: present and anything but "false" is true. */
        boolean bool(String key, boolean fallback) {
            String v = consume(key);
            return v == null ? fallback : !v.equals("false");
        }

        <T extends Keyed> T keyed(String key, T[] values, T fallback) {
            String v = consume(key);
            if (v == null) {
                return fallback;
            }
            T found = Keyed.byId(values, v);
            if (found == null) {
                StringBuilder ids = new StringBuilder();
                for (T t : values) {
                    ids.append(ids.length() == 0 ? "" : ", ").append(t.id());
                }
                notices.add(key + "=" + quote(v) + " is not one of " + ids + "; using " + fallback.id());
                return fallback;
            }
            return found;
        }

        DataKind dataKind(String key, boolean regression, DataKind fallback) {
            String v = last.get(key);
            DataKind kind = keyed(key, DataKind.values(), fallback);
            if (kind.regression() != regression) {
                notices.add(key + "=" + quote(v) + " is a " + (regression ? "classification" : "regression") + " data set; "
                        + "it belongs in " + (regression ? "dataset" : "regDataset") + ". Using " + fallback.id());
                return fallback;
            }
            return kind;
        }

        /** A number in [lo, hi] (above lo when {@code loExclusive}); out of range is clamped, NaN is the fallback. */
        double number(String key, double fallback, double lo, boolean loExclusive, double hi, String whyLow, String whyHigh) {
            String v = consume(key);
            if (v == null) {
                return fallback;
            }
            double x = JsNumber.parse(v);
            String said = key + "=" + quote(v);
            if (x != x) {
                notices.add(said + " is not a number; using " + JsNumber.format(fallback));
                return fallback;
            }
            if (x < lo || (loExclusive && x == lo)) {
                double use = loExclusive ? fallback : lo;
                notices.add(said + (x < 0 && lo >= 0 ? " is negative: " : " is too small: ") + whyLow + ". It must be " + (loExclusive ? "above " : "at least ")
                        + JsNumber.format(lo) + "; using " + JsNumber.format(use));
                return use;
            }
            if (x > hi) {
                notices.add(said + " is more than " + JsNumber.format(hi) + ": " + whyHigh + ". Using " + JsNumber.format(hi));
                return hi;
            }
            return x;
        }

        /** A whole number in [lo, hi]; fractions are rounded. */
        int whole(String key, int fallback, int lo, int hi, String whyHigh) {
            String v = consume(key);
            if (v == null) {
                return fallback;
            }
            double x = JsNumber.parse(v);
            String said = key + "=" + quote(v);
            if (x != x) {
                notices.add(said + " is not a number; using " + fallback);
                return fallback;
            }
            if (x < lo) {
                notices.add(said + " is less than " + lo + "; using " + lo);
                return lo;
            }
            if (x > hi) {
                notices.add(said + " is more than " + hi + ": " + whyHigh + ". Using " + hi);
                return hi;
            }
            int rounded = (int) Math.floor(x + 0.5);
            if (rounded != x) {
                notices.add(said + " is not a whole number; using " + rounded);
            }
            return Limits.clamp(rounded, lo, hi);
        }

        String text(String key, String fallback) {
            String v = consume(key);
            if (v == null) {
                return fallback;
            }
            if (v.length() > Limits.MAX_TEXT) {
                notices.add(key + " is longer than " + Limits.MAX_TEXT + " characters; using its first " + Limits.MAX_TEXT);
            }
            return PlaygroundState.text(v);
        }

        /**
         * TF Playground's hidden layers: {@code +part} of each comma-separated part, nothing at
         * all meaning no hidden layer. Parts that are not numbers are left out; sizes are
         * rounded and clamped to 1 … 8; layers beyond 6 are dropped; each with a notice.
         */
        List<Integer> networkShape(List<Integer> fallback) {
            String v = consume("networkShape");
            if (v == null) {
                return fallback;
            }
            List<Integer> shape = new ArrayList<>();
            if (v.isEmpty()) {
                return shape;
            }
            String said = "networkShape=" + quote(v);
            boolean toldNaN = false;
            boolean toldTooFew = false; // one notice of each kind, however many layers repeat it
            boolean toldTooMany = false;
            boolean toldFraction = false;
            int layers = 0;
            for (String part : Texts.split(v, ',')) {
                double units = JsNumber.parse(part);
                if (units != units) {
                    if (!toldNaN) {
                        notices.add(said + ": \"" + quote(part) + "\" is not a number of units; that layer is left out");
                        toldNaN = true;
                    }
                    continue;
                }
                layers++;
                if (shape.size() == Limits.MAX_LAYERS) {
                    continue; // counted for the notice below
                }
                if (units < Limits.MIN_UNITS || units > Limits.MAX_UNITS) {
                    int use = units < Limits.MIN_UNITS ? Limits.MIN_UNITS : Limits.MAX_UNITS;
                    boolean tooFew = units < Limits.MIN_UNITS;
                    if (tooFew ? !toldTooFew : !toldTooMany) {
                        notices.add(said + " asks for " + JsNumber.format(units) + " units in a layer; "
                                + (tooFew ? "a layer needs at least 1" : "at most 8 fit the diagram")
                                + ", using " + use);
                    }
                    toldTooFew |= tooFew;
                    toldTooMany |= !tooFew;
                    shape.add(use);
                    continue;
                }
                int rounded = (int) Math.floor(units + 0.5);
                if (rounded != units && !toldFraction) {
                    notices.add(said + " asks for " + JsNumber.format(units) + " units; units come whole, using " + rounded);
                    toldFraction = true;
                }
                shape.add(rounded);
            }
            if (layers > Limits.MAX_LAYERS) {
                notices.add(said + " asks for " + layers + " hidden layers; at most " + Limits.MAX_LAYERS
                        + " fit the diagram, keeping the first " + Limits.MAX_LAYERS);
            }
            return shape;
        }

        /** Our {@code points=x,y,label;…}: the student's own points. */
        List<DataPoint> points() {
            String v = consume("points");
            List<DataPoint> points = new ArrayList<>();
            if (v == null || v.isEmpty()) {
                return points;
            }
            int bad = 0;
            int total = 0;
            int start = 0;
            while (start <= v.length()) {
                int end = v.indexOf(';', start);
                if (end < 0) {
                    end = v.length();
                }
                DataPoint p = point(v.substring(start, end));
                start = end + 1;
                total++;
                if (p == null) {
                    bad++;
                } else if (points.size() < Limits.MAX_USER_POINTS) {
                    points.add(p);
                }
            }
            if (bad > 0) {
                notices.add("points: " + bad + " of " + total + " entries are not x,y,label with x and y in −6…6; left out");
            }
            if (total - bad > Limits.MAX_USER_POINTS) {
                notices.add("points lists " + (total - bad) + " points; at most " + Limits.MAX_USER_POINTS
                        + " are kept, so a frame stays quick");
            }
            return points;
        }

        private static DataPoint point(String entry) {
            List<String> parts = Texts.split(entry, ',');
            if (parts.size() != 3) {
                return null;
            }
            double[] v = new double[3];
            for (int i = 0; i < 3; i++) {
                String part = parts.get(i);
                v[i] = part.trim().isEmpty() ? Double.NaN : JsNumber.parse(part);
            }
            return PlaygroundState.validPoint(v[0], v[1], v[2]) ? new DataPoint(v[0], v[1], v[2]) : null;
        }

        /** The {@code <control>_hide} and {@code <feature>_hide} keys. */
        void hidden(Set<Control> controls, Set<Feature> features) {
            for (String key : last.keySet()) {
                if (!key.endsWith(HIDE)) {
                    continue;
                }
                String name = key.substring(0, key.length() - HIDE.length());
                Control c = Control.byId(name);
                Feature f = Feature.byId(name);
                if (c == null && f == null) {
                    continue; // reported as unknown
                }
                if (bool(key, false)) {
                    if (c != null) {
                        controls.add(c);
                    } else {
                        features.add(f);
                    }
                }
            }
        }

        void unknownKeys() {
            for (String key : last.keySet()) {
                if (!used.contains(key) && !key.equals(HashParams.EMBED)) { // embed is the site's, not the playground's
                    notices.add("\"" + quote(key) + "\" is not a setting we know; ignored");
                }
            }
        }
    }
}
