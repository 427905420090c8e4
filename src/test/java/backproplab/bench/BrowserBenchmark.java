package backproplab.bench;

import backproplab.browser.Chromium;
import backproplab.browser.Site;
import backproplab.browser.SiteServer;
import backproplab.playground.Benchmark;
import backproplab.playground.CrossCheck;
import backproplab.text.Fmt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 7's benchmark: runs in headless Chromium on the built site and prints a table.
 * Not a test: it passes or fails nothing. Run it with the command in README.md.
 */
public final class BrowserBenchmark {
    private BrowserBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Site.dir();
        if (args.length > 0 && args[0].equals("heap")) { // -Dexec.args=heap: only the heap runs
            heapRuns(site);
            return;
        }
        if (args.length > 0 && args[0].equals("wasm")) { // -Pwasm -Dexec.args=wasm: only the WebAssembly GC evaluation
            wasm(site);
            return;
        }
        try (Chromium c = new Chromium(1280, 800)) {
            printVersion(c);
            System.out.println("| configuration | engine: examples/s, median (min–max) | frame compute: ms, median (min–max) | of which the grid: ms |");
            System.out.println("|---|---|---|---|");
            for (String line : result(c, benchPage(site).toUri().toString()).trim().split("\n")) {
                System.out.println("| " + line + " |");
            }
        }
        System.out.println();
        System.out.println("| live page, 10 s after pressing play at 20 epochs/frame | epochs/s, median (min–max) | frames/s, median (min–max) |");
        System.out.println("|---|---|---|");
        for (int config = 1; config < Benchmark.CONFIGS.length; config++) {
            double[] epochs = new double[RUNS];
            double[] frames = new double[RUNS];
            for (int r = 0; r < RUNS; r++) {
                double[] live = live(site, Benchmark.CONFIGS[config][1] + "&speed=20");
                epochs[r] = live[0];
                frames[r] = live[1];
            }
            System.out.println("| " + Benchmark.CONFIGS[config][0] + " | " + Benchmark.range(epochs, 0) + " | " + Benchmark.range(frames, 1) + " |");
        }
        double[] load = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            load[r] = firstHeatmap(site);
        }
        System.out.println();
        System.out.println("load: first heatmap painted " + Benchmark.range(load, 0) + " ms after navigation, from file://");
        System.out.println();
        System.out.println("site: " + siteBytes(site, false) + " bytes raw, " + siteBytes(site, true) + " bytes gzip (-9, per file)");
        heapRuns(site);
    }

    /** The largest network the playground allows: six layers of eight units on all nine features. */
    static final String LARGEST = "dataset=spiral&activation=tanh&networkShape=8,8,8,8,8,8&seed=heap&x=true&y=true"
            + "&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true&cosX=true&cosY=true&speed=20";

    /**
     * Whether the page holds its memory while it plays: at a learning rate of 10 (which diverges,
     * and divergence stops the training) and at 0.03 (which trains on for as long as it is left).
     */
    static void heapRuns(Path site) throws InterruptedException {
        heap(site, LARGEST + "&learningRate=10&regularization=L1&regularizationRate=10");
        heap(site, LARGEST + "&learningRate=0.03");
    }

    /** Plays the link for 60 s and prints the JS heap, the epoch and the frames every 5 s. */
    static void heap(Path site, String link) throws InterruptedException {
        System.out.println();
        System.out.println("heap while playing #" + link);
        System.out.println("| s | usedJSHeapSize MB | totalJSHeapSize MB | epoch | frames in the last 5 s | playing |");
        System.out.println("|---|---|---|---|---|---|");
        try (Chromium c = new Chromium(1280, 800, false, "--enable-precise-memory-info")) {
            c.driver.get(site.resolve("index.html").toUri() + "#" + link);
            c.js("window.__frames = 0; (function count() { window.__frames++; requestAnimationFrame(count); })();");
            c.driver.findElement(By.id("playButton")).click();
            long frames = 0;
            long start = System.nanoTime();
            for (int k = 0; k <= 12; k++) {
                long due = start + k * 5_000_000_000L;
                long wait = (due - System.nanoTime()) / 1_000_000;
                if (wait > 0) {
                    Thread.sleep(wait);
                }
                double used = ((Number) c.js("return performance.memory.usedJSHeapSize")).doubleValue();
                double total = ((Number) c.js("return performance.memory.totalJSHeapSize")).doubleValue();
                long f = ((Number) c.js("return window.__frames")).longValue();
                String playing = c.driver.findElement(By.id("playButton")).getAttribute("aria-pressed");
                System.out.println("| " + (k * 5) + " | " + Fmt.fixed(used / 1e6, 2)
                        + " | " + Fmt.fixed(total / 1e6, 2) + " | " + epochs(c)
                        + " | " + (f - frames) + " | " + playing + " |");
                frames = f;
            }
            System.out.println("notices: \"" + c.js(
                    "var n = document.getElementById('notices'); return n.hidden ? '' : n.textContent;") + "\"");
        }
    }

    static final int RUNS = 5;

    /** Epochs and frames per second over 10 s of play on the playground with this link, in a fresh browser. */
    static double[] live(Path site, String link) throws InterruptedException {
        try (Chromium c = new Chromium(1280, 800)) {
            c.driver.get(site.resolve("index.html").toUri() + link);
            c.js("window.__frames = 0; (function count() { window.__frames++; requestAnimationFrame(count); })();");
            c.driver.findElement(By.id("playButton")).click();
            Thread.sleep(1000); // let the page settle into its rhythm
            long e0 = epochs(c);
            long f0 = ((Number) c.js("return window.__frames")).longValue();
            long t0 = System.nanoTime();
            Thread.sleep(10_000);
            long e1 = epochs(c);
            long f1 = ((Number) c.js("return window.__frames")).longValue();
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new double[] {(e1 - e0) / seconds, (f1 - f0) / seconds};
        }
    }

    static long epochs(Chromium c) {
        return Long.parseLong(c.driver.findElement(By.id("epoch")).getText().replace(",", ""));
    }

    /** Milliseconds from navigation start to the page's first painted heatmap, in a fresh browser. */
    static double firstHeatmap(Path site) {
        try (Chromium c = new Chromium(1280, 800)) {
            c.driver.get(site.resolve("index.html").toUri() + Benchmark.CONFIGS[1][1]);
            new WebDriverWait(c.driver, Duration.ofSeconds(30)).until(d -> ((Number) c.js(
                    "return performance.getEntriesByName('backproplab:first-heatmap').length")).intValue() > 0);
            return ((Number) c.js("return performance.getEntriesByName('backproplab:first-heatmap')[0].startTime")).doubleValue();
        }
    }

    static void printVersion(Chromium c) {
        String version = (String) c.js("return navigator.userAgent");
        System.out.println("Chromium: " + version.replaceAll(".*(Chrome/[0-9.]+).*", "$1")
                + "; cores: " + Runtime.getRuntime().availableProcessors());
        System.out.println();
    }

    /** Opens the page and waits for the text of its #result (the benchmarks take a while). */
    static String result(Chromium c, String url) {
        c.driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5));
        c.driver.get(url);
        return new WebDriverWait(c.driver, Duration.ofMinutes(5)).until(d -> {
            String t = d.findElement(By.id("result")).getAttribute("textContent");
            return t.isEmpty() ? null : t;
        });
    }

    static final int CHECK_EPOCHS = 50;

    static final int WASM_ROUNDS = 3;

    /**
     * Issue 7's evaluation of TeaVM's WebAssembly GC target (built by {@code -Pwasm} into
     * target/wasm, served over http since file:// may not fetch a .wasm): the engine's figures of
     * the JavaScript and the Wasm build side by side, the size of the .wasm, and whether the Wasm
     * build trains (b) and (c) bit for bit as the JVM does. The builds take turns, WASM_ROUNDS
     * times each, so a busy spell of a shared machine falls on both; each cell is the median of
     * the rounds' medians (min–max of them in brackets).
     */
    static void wasm(Path site) throws IOException {
        Path dir = wasmPage(site);
        int configs = Benchmark.CONFIGS.length;
        double[][][] figures = new double[4][configs][WASM_ROUNDS]; // JS examples/s, Wasm examples/s, JS frame ms, Wasm frame ms
        try (SiteServer server = new SiteServer(dir, null); Chromium c = new Chromium(1280, 800)) {
            printVersion(c);
            for (int r = 0; r < WASM_ROUNDS; r++) {
                String[] js = result(c, benchPage(site).toUri().toString()).trim().split("\n");
                String[] wasm = result(c, server.url("bench.html")).trim().split("\n");
                for (int k = 0; k < configs; k++) {
                    figures[0][k][r] = median(js[k], 1);
                    figures[1][k][r] = median(wasm[k], 1);
                    figures[2][k][r] = median(js[k], 2);
                    figures[3][k][r] = median(wasm[k], 2);
                }
            }
            System.out.println("| configuration | examples/s: JS | examples/s: Wasm GC | frame ms: JS | frame ms: Wasm GC |");
            System.out.println("|---|---|---|---|---|");
            for (int k = 0; k < configs; k++) {
                System.out.println("| " + Benchmark.CONFIGS[k][0] + " | " + Benchmark.range(figures[0][k], 0) + " | " + Benchmark.range(figures[1][k], 0)
                        + " | " + Benchmark.range(figures[2][k], 2) + " | " + Benchmark.range(figures[3][k], 2) + " |");
            }
            System.out.println();
            for (int config = 1; config < Benchmark.CONFIGS.length; config++) {
                String link = Benchmark.CONFIGS[config][1];
                String jvm = CrossCheck.report(link, CHECK_EPOCHS);
                String page = result(c, server.url("bench.html?" + URLEncoder.encode(link + " " + CHECK_EPOCHS, StandardCharsets.UTF_8)));
                System.out.println(Benchmark.CONFIGS[config][0] + ", " + CHECK_EPOCHS + " epochs: "
                        + (jvm.equals(page) ? "Wasm GC bit-identical to the JVM (" + jvm.split("\n").length + " lines)"
                        : "Wasm GC DIFFERS from the JVM\n" + jvm + "--- wasm:\n" + page));
            }
            System.out.println("console: " + c.consoleErrors());
        }
        for (String file : new String[] {"bench.wasm", WASM_RUNTIME}) {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            System.out.println(file + ": " + bytes.length + " bytes raw, " + gzipSize(bytes) + " bytes gzip (-9)");
        }
    }

    /** The median in column {@code column} of a row of {@link Benchmark#report}: "name | median (min–max) | median (min–max)". */
    static double median(String row, int column) {
        String cell = row.split(" \\| ")[column];
        return Double.parseDouble(cell.substring(0, cell.indexOf(' ')));
    }

    static final String WASM_RUNTIME = "wasm-gc-runtime.min.js";

    /**
     * A page next to the .wasm that loads it with TeaVM's runtime (from teavm-core), runs its main
     * with the words of the query as arguments, and writes what it printed into #result.
     */
    static Path wasmPage(Path site) throws IOException {
        Path dir = site.resolve("../wasm").normalize();
        if (!Files.isRegularFile(dir.resolve("bench.wasm"))) {
            throw new IllegalStateException("no " + dir.resolve("bench.wasm") + "; build with -Pwasm");
        }
        try (InputStream runtime = BrowserBenchmark.class.getResourceAsStream("/org/teavm/backend/wasm/" + WASM_RUNTIME)) {
            Files.write(dir.resolve(WASM_RUNTIME), runtime.readAllBytes());
        }
        Files.writeString(dir.resolve("bench.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\">"
                + "</head><body><pre id=\"result\"></pre><script src=\"" + WASM_RUNTIME + "\"></script><script>\n"
                + "var out = '';\n"
                + "TeaVM.wasmGC.load('bench.wasm', {installImports: function (o) {\n"
                + "  o.teavmConsole.putcharStdout = function (c) { out += String.fromCharCode(c); };\n"
                + "}}).then(function (teavm) {\n"
                + "  var query = decodeURIComponent(location.search.substring(1).replace(/\\+/g, ' '));\n"
                + "  teavm.exports.main(query ? query.split(' ') : []);\n"
                + "  document.getElementById('result').textContent = out;\n"
                + "}, function (e) { document.getElementById('result').textContent = 'failed: ' + e; });\n"
                + "</script></body></html>");
        return dir;
    }

    static Path benchPage(Path site) throws IOException {
        Path dir = Files.createDirectories(site.resolve("../bench"));
        Path page = dir.resolve("bench.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body data-page=\"bench\">"
                + "<pre id=\"result\"></pre><script src=\"../site/js/backproplab.js\"></script>"
                + "<script src=\"../site/js/start.js\"></script></body></html>");
        return page;
    }

    static long siteBytes(Path site, boolean gzip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).collect(Collectors.toList());
        }
        long total = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            total += gzip ? gzipSize(bytes) : bytes.length;
        }
        return total;
    }

    static long gzipSize(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out) {
            {
                def.setLevel(9);
            }
        }) {
            z.write(bytes);
        }
        return out.size();
    }
}
