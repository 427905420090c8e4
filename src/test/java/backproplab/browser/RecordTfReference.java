package backproplab.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Records TF Playground's numbers from its deployed build into src/test/resources/tf-reference
 * (docs/tf-playground.md, "Reference numbers"): its generator's first numbers for a few seeds, and
 * for each link its shuffled points and split, its starting weights and biases, the losses it
 * shows at epoch 0 and after 1, 10 and 100 steps, and the weights Reset draws next.
 *
 * <p>Not a test: {@code tools/record-tf-reference DIR}, with DIR the deployed build (index.html,
 * bundle.js, lib.js). The page keeps its network and data in private variables, so a script that
 * runs before the page's own catches them as they are made: the arrays of points as they are
 * split, and every unit as its bias is first set.
 */
public final class RecordTfReference {
    private static final Path OUT = Path.of("src/test/resources/tf-reference");

    /** Catches the data and the units; read by {@link #READ}. */
    private static final String HOOK = String.join("\n",
            "(function () {",
            "  var rec = window.__tfRecord = {points: null, split: -1, units: []};",
            "  var slice = Array.prototype.slice;",
            "  Object.defineProperty(Array.prototype, 'slice', {configurable: true, writable: true, value: function (a, b) {",
            "    if (rec.points === null && arguments.length === 2 && a === 0 && this.length > 0",
            "        && this[0] !== null && typeof this[0] === 'object' && 'label' in this[0] && 'x' in this[0]) {",
            "      rec.points = this.map(function (p) { return [p.x, p.y, p.label]; });",
            "      rec.split = b;",
            "    }",
            "    return slice.apply(this, arguments);",
            "  }});",
            "  Object.defineProperty(Object.prototype, 'bias', {configurable: true,",
            "    get: function () { return undefined; },",
            "    set: function (v) {",
            "      Object.defineProperty(this, 'bias', {value: v, writable: true, enumerable: true, configurable: true});",
            "      if (Array.isArray(this.inputLinks)) { rec.units.push(this); }",
            "    }});",
            "})();");

    /** The last network's weights (unit by unit, one per unit below) and biases (units above the input). */
    private static final String READ = String.join("\n",
            "var rec = window.__tfRecord, units = rec.units.slice(rec.units.length - arguments[0]);",
            "var weights = [], biases = [];",
            "units.forEach(function (u) {",
            "  if (u.inputLinks.length === 0 && !/^[0-9]+$/.test(u.id)) { return; }",
            "  biases.push(u.bias);",
            "  u.inputLinks.forEach(function (l) { weights.push(l.weight); });",
            "});",
            "return JSON.stringify({train: document.getElementById('loss-train').textContent,",
            "  test: document.getElementById('loss-test').textContent,",
            "  epoch: document.getElementById('iter-number').textContent, weights: weights, biases: biases});");

    private static final String[] DATASETS = {"circle", "xor", "gauss", "spiral", "reg-plane", "reg-gauss"};
    private static final String[] ACTIVATIONS = {"relu", "tanh", "sigmoid", "linear"};
    private static final String[] FEATURES = {"x", "y", "xSquared", "ySquared", "xTimesY", "sinX", "sinY"};
    private static final double[] RATES = {0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1};
    private static final double[] REG_RATES = {0.001, 0.003, 0.01, 0.03, 0.1};

    private RecordTfReference() {
    }

    public static void main(String[] args) throws Exception {
        Path tf = Path.of(args.length > 0 ? args[0] : "/work/shared/anchors/tf-playground").toAbsolutePath();
        Files.createDirectories(OUT);
        List<String> links = links();
        write(OUT.resolve("links.txt"), String.join("\n", links) + "\n");
        try (SiteServer server = new SiteServer(tf, null); Chromium chromium = new Chromium(1200, 900)) {
            chromium.driver.executeCdpCommand("Network.enable", Map.of());
            chromium.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*googleapis.com*", "*google-analytics.com*")));
            chromium.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
            recordGenerator(chromium, server);
            for (int k = 0; k < links.size(); k++) {
                String json = recordLink(chromium, server.url("index.html?run=" + k + "#" + links.get(k)), links.get(k));
                write(OUT.resolve(String.format(Locale.ROOT, "link-%02d.json", k)), json + "\n");
                System.out.println(k + " " + links.get(k));
            }
        }
    }

    /** The first 1,000 numbers of seedrandom for 20 seeds, called in the page. */
    private static void recordGenerator(Chromium chromium, SiteServer server) {
        chromium.driver.get(server.url("index.html?run=generator"));
        waitForNetwork(chromium);
        List<String> seeds = new ArrayList<>(List.of("0.49809", "0.23110", "0.59704", "", "a", "0.1", "1", "seed",
                "0.00000", "0.99999", "Backprop Lab", "ÄÖÜ äöü €", "0.12222", "-3", "NaN", "0.5"));
        seeds.add("x".repeat(300));
        seeds.add("0123456789".repeat(40));
        seeds.add("\uD83D\uDE00 emoji");
        seeds.add("tab\tand\nnewline");
        String json = (String) chromium.js("var out = [];"
                + "arguments[0].forEach(function (s) { Math.seedrandom(s); var n = [];"
                + "  for (var k = 0; k < 1000; k++) { n.push(Math.random()); } out.push({seed: s, numbers: n}); });"
                + "return JSON.stringify(out);", seeds);
        write(OUT.resolve("generator.json"), json + "\n");
    }

    private static String recordLink(Chromium chromium, String url, String hash) {
        chromium.driver.get(url);
        int units = waitForNetwork(chromium);
        StringBuilder out = new StringBuilder("{\"link\": \"" + hash + "\",\n");
        out.append("\"split\": ").append(chromium.js("return window.__tfRecord.split;")).append(",\n");
        out.append("\"points\": ").append(chromium.js("return JSON.stringify(window.__tfRecord.points);")).append(",\n");
        out.append("\"epochs\": {\n\"0\": ").append(chromium.js(READ, units));
        int done = 0;
        for (int target : new int[] {1, 10, 100}) {
            chromium.js("for (var k = 0; k < arguments[0]; k++) { document.getElementById('next-step-button').click(); }",
                    target - done);
            done = target;
            out.append(",\n\"").append(target).append("\": ").append(chromium.js(READ, units));
        }
        chromium.js("document.getElementById('reset-button').click();");
        out.append("},\n\"reset\": ").append(chromium.js(READ, units)).append("}");
        return out.toString();
    }

    /** Waits until the page has built its network; returns its number of units. */
    private static int waitForNetwork(Chromium chromium) {
        for (int tries = 0; tries < 200; tries++) {
            Object n = chromium.js("var r = window.__tfRecord; return r && r.units.length > 0"
                    + " && document.getElementById('loss-train').textContent !== '' ? r.units.length : 0;");
            if (((Number) n).intValue() > 0) {
                Chromium.pause(300); // let start-up finish: it builds one network
                return ((Number) chromium.js("return window.__tfRecord.units.length;")).intValue();
            }
            Chromium.pause(50);
        }
        throw new IllegalStateException("TF Playground built no network");
    }

    /** The lecture's four demos, then 30 drawn at random over what a link can say. */
    static List<String> links() {
        List<String> links = new ArrayList<>();
        links.add(link("tanh", 10, "gauss", "reg-plane", 0.03, "none", 0, 0, "", "0.49809", 50, "x,y", "classification", false));
        links.add(link("tanh", 10, "xor", "reg-plane", 0.03, "none", 0, 0, "", "0.23110", 50, "x,y", "classification", false));
        links.add(link("sigmoid", 10, "circle", "reg-plane", 0.03, "none", 0, 0, "3", "0.62357", 50, "x,y", "classification", false));
        links.add(link("relu", 10, "spiral", "reg-plane", 0.03, "L2", 0.001, 0, "8,8,8", "0.37194", 50,
                "x,y,xSquared,ySquared,xTimesY,sinX,sinY", "classification", false));
        Random random = new Random(28);
        for (int k = 0; k < 30; k++) {
            String dataset = DATASETS[k % DATASETS.length];
            boolean regression = dataset.startsWith("reg-");
            StringBuilder shape = new StringBuilder();
            int layers = random.nextInt(4);
            for (int l = 0; l < layers; l++) {
                shape.append(l == 0 ? "" : ",").append(1 + random.nextInt(8));
            }
            List<String> features = new ArrayList<>();
            for (String f : FEATURES) {
                if (random.nextInt(3) == 0 || (f.equals("x") && random.nextBoolean())) {
                    features.add(f);
                }
            }
            if (features.isEmpty()) {
                features.add("y");
            }
            String regularization = new String[] {"none", "L1", "L2"}[random.nextInt(3)];
            double regRate = regularization.equals("none") ? 0 : REG_RATES[random.nextInt(REG_RATES.length)];
            String seed = String.format(Locale.ROOT, "0.%05d", random.nextInt(100000));
            links.add(link(ACTIVATIONS[random.nextInt(4)], 1 + random.nextInt(30), regression ? "circle" : dataset,
                    regression ? dataset : "reg-plane", RATES[random.nextInt(RATES.length)], regularization, regRate,
                    5 * random.nextInt(11), shape.toString(), seed, 10 * (1 + random.nextInt(9)), String.join(",", features),
                    regression ? "regression" : "classification", random.nextInt(8) == 0));
        }
        return links;
    }

    private static String link(String activation, int batchSize, String dataset, String regDataset, double learningRate,
            String regularization, double regRate, int noise, String shape, String seed, int percTrainData,
            String features, String problem, boolean initZero) {
        StringBuilder s = new StringBuilder();
        s.append("activation=").append(activation).append("&batchSize=").append(batchSize)
                .append("&dataset=").append(dataset).append("&regDataset=").append(regDataset)
                .append("&learningRate=").append(number(learningRate)).append("&regularization=").append(regularization)
                .append("&regularizationRate=").append(number(regRate)).append("&noise=").append(noise)
                .append("&networkShape=").append(shape).append("&seed=").append(seed)
                .append("&showTestData=false&discretize=false&percTrainData=").append(percTrainData);
        List<String> on = List.of(features.split(","));
        for (String f : FEATURES) {
            s.append('&').append(f).append('=').append(on.contains(f));
        }
        s.append("&collectStats=false&problem=").append(problem).append("&initZero=").append(initZero).append("&hideText=false");
        return s.toString();
    }

    private static String number(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
