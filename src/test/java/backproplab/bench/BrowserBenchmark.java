package backproplab.bench;

import backproplab.browser.Chromium;
import backproplab.browser.Site;
import backproplab.playground.Benchmark;
import backproplab.text.Fmt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
        if (args.length >= 3 && args[0].equals("ab")) { // -Dexec.args="ab OLD NEW [wasm|js]"
            compare(Path.of(args[1]).toAbsolutePath(), Path.of(args[2]).toAbsolutePath(), args.length > 3 ? args[3] : BUILDS[0]);
            return;
        }
        try (Chromium c = new Chromium(1280, 800)) {
            printVersion(c);
            for (String build : BUILDS) {
                System.out.println(build + " build");
                System.out.println();
                System.out.println("| configuration | engine: examples/s, median (min–max) | frame compute: ms, median (min–max) | of which the grid: ms"
                        + " | landscape 31×31: ms | trace a point: ms |");
                System.out.println("|---|---|---|---|---|---|");
                for (String line : result(c, benchPage(site).toUri() + "?build=" + build).trim().split("\n")) {
                    System.out.println("| " + line + " |");
                }
                System.out.println();
            }
        }
        if (args.length > 0 && args[0].equals("engine")) { // -Dexec.args=engine: only the engine tables
            return;
        }
        System.out.println("| live page, 10 s after pressing play at 20 epochs/frame | build | epochs/s, median (min–max) | frames/s, median (min–max) | output pictures/s |");
        System.out.println("|---|---|---|---|---|");
        for (int config = 1; config < Benchmark.CONFIGS.length; config++) {
            for (String build : BUILDS) {
                double[] epochs = new double[RUNS];
                double[] frames = new double[RUNS];
                double[] pictures = new double[RUNS];
                for (int r = 0; r < RUNS; r++) {
                    double[] live = live(site, build, Benchmark.CONFIGS[config][1] + "&speed=20");
                    epochs[r] = live[0];
                    frames[r] = live[1];
                    pictures[r] = live[2];
                }
                System.out.println("| " + Benchmark.CONFIGS[config][0] + " | " + build + " | " + Benchmark.range(epochs, 0)
                        + " | " + Benchmark.range(frames, 1) + " | " + Benchmark.range(pictures, 1) + " |");
            }
        }
        System.out.println();
        for (boolean running : new boolean[] {false, true}) {
            for (String build : BUILDS) {
                double[] load = new double[RUNS];
                double[] html = new double[RUNS];
                for (int r = 0; r < RUNS; r++) {
                    double[] times = firstHeatmap(site, build, running);
                    load[r] = times[0];
                    html[r] = times[1];
                }
                System.out.println("load, " + build + " build, " + (running ? "a running browser" : "a fresh browser")
                        + ": first heatmap painted " + Benchmark.range(load, 0) + " ms after navigation, from file://"
                        + " (the page's HTML parsed at " + Benchmark.range(html, 0) + ")");
            }
        }
        System.out.println();
        System.out.println("site: " + siteBytes(site, false) + " bytes raw, " + siteBytes(site, true) + " bytes gzip (-9, per file)");
        for (String script : new String[] {"backproplab-wasm.js", "backproplab.js"}) {
            byte[] bytes = Files.readAllBytes(site.resolve("js").resolve(script));
            System.out.println("js/" + script + ": " + bytes.length + " bytes raw, " + gzipSize(bytes) + " bytes gzip (-9)");
        }
        heapRuns(site);
    }

    /** Rounds of the engine table and of live (c) for each site in compare(). */
    static final int AB_ROUNDS = 3;
    /** Loads of each site in compare(): one load varies too much on a shared machine to show a change (docs/benchmarks.md). */
    static final int AB_LOADS = 12;

    /**
     * Two built sites (say a copy of target/backprop-lab from before a change, and target/backprop-lab) on one
     * build, each measurement alternating between them so that both see the same machine: the
     * engine and frame table and live (c) AB_ROUNDS times each, and the first heatmap AB_LOADS
     * times each in a fresh and in a running browser.
     */
    static void compare(Path before, Path after, String build) throws Exception {
        Path[] sites = {before, after};
        System.out.println("A = " + before + ", B = " + after + ", the " + build + " build");
        try (Chromium c = new Chromium(1280, 800)) {
            printVersion(c);
            for (int round = 0; round < AB_ROUNDS; round++) {
                for (int k = 0; k < 2; k++) {
                    System.out.println("engine and frame, round " + (round + 1) + ", " + "AB".charAt(k) + ":");
                    System.out.println(result(c, benchPage(sites[k]).toUri() + "?build=" + build).trim());
                }
            }
        }
        String[] largest = Benchmark.CONFIGS[Benchmark.CONFIGS.length - 1];
        double[][] epochs = new double[2][AB_ROUNDS];
        double[][] frames = new double[2][AB_ROUNDS];
        double[][] pictures = new double[2][AB_ROUNDS];
        for (int round = 0; round < AB_ROUNDS; round++) {
            for (int k = 0; k < 2; k++) {
                double[] r = live(sites[k], build, largest[1] + "&speed=20");
                epochs[k][round] = r[0];
                frames[k][round] = r[1];
                pictures[k][round] = r[2];
            }
        }
        for (int k = 0; k < 2; k++) {
            System.out.println("live " + largest[0] + ", " + "AB".charAt(k) + ": " + Benchmark.range(epochs[k], 0) + " epochs/s at "
                    + Benchmark.range(frames[k], 1) + " frames/s, " + Benchmark.range(pictures[k], 1) + " output pictures/s");
        }
        for (boolean running : new boolean[] {false, true}) {
            double[][] load = new double[2][AB_LOADS];
            for (int n = 0; n < AB_LOADS; n++) {
                for (int k = 0; k < 2; k++) {
                    load[k][n] = firstHeatmap(sites[k], build, running)[0];
                }
            }
            for (int k = 0; k < 2; k++) {
                System.out.println("first heatmap, " + (running ? "a running" : "a fresh") + " browser, " + "AB".charAt(k) + ": "
                        + Benchmark.range(load[k], 0) + " ms over " + AB_LOADS + " loads");
            }
        }
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
            c.open(site.resolve("index.html").toUri() + "#" + link);
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

    /** What js/start.js runs in Chromium, then its fallback: chosen by {@code ?build=} in the address. */
    static final String[] BUILDS = {"wasm", "js"};

    /** Epochs, frames and output pictures (redraws of the heatmap) per second over 10 s of play on the playground with this link, in a fresh browser. */
    static double[] live(Path site, String build, String link) throws InterruptedException {
        try (Chromium c = new Chromium(1280, 800)) {
            c.open(site.resolve("index.html").toUri() + "?build=" + build + link);
            c.js("window.__frames = 0; (function count() { window.__frames++; requestAnimationFrame(count); })();"
                    // the output picture reaches #heatmap by one drawImage from its buffer canvas
                    + "window.__pictures = 0; const draw = CanvasRenderingContext2D.prototype.drawImage;"
                    + "CanvasRenderingContext2D.prototype.drawImage = function (...args) {"
                    + "  if (this.canvas.id === 'heatmap') { window.__pictures++; } return draw.apply(this, args); };");
            c.driver.findElement(By.id("playButton")).click();
            Thread.sleep(1000); // let the page settle into its rhythm
            long e0 = epochs(c);
            long f0 = ((Number) c.js("return window.__frames")).longValue();
            long p0 = ((Number) c.js("return window.__pictures")).longValue();
            long t0 = System.nanoTime();
            Thread.sleep(10_000);
            long e1 = epochs(c);
            long f1 = ((Number) c.js("return window.__frames")).longValue();
            long p1 = ((Number) c.js("return window.__pictures")).longValue();
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new double[] {(e1 - e0) / seconds, (f1 - f0) / seconds, (p1 - p0) / seconds};
        }
    }

    static long epochs(Chromium c) {
        return Long.parseLong(c.driver.findElement(By.id("epoch")).getText().replace(",", ""));
    }

    /**
     * Milliseconds from navigation start to the page's first painted heatmap, and to its HTML being
     * parsed (domInteractive, before any of our program runs), in a fresh browser; or, when
     * {@code running}, in one that has shown a page before (sharing nothing with the site), as when
     * a student follows a link.
     */
    static double[] firstHeatmap(Path site, String build, boolean running) {
        try (Chromium c = new Chromium(1280, 800)) {
            if (running) {
                c.driver.get("data:text/html,<p>a page before</p>");
            }
            c.driver.get(site.resolve("index.html").toUri() + "?build=" + build + Benchmark.CONFIGS[1][1]);
            new WebDriverWait(c.driver, Duration.ofSeconds(30)).until(d -> ((Number) c.js(
                    "return performance.getEntriesByName('backproplab:first-heatmap').length")).intValue() > 0);
            return new double[] {
                ((Number) c.js("return performance.getEntriesByName('backproplab:first-heatmap')[0].startTime")).doubleValue(),
                ((Number) c.js("return performance.getEntriesByType('navigation')[0].domInteractive")).doubleValue(),
            };
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

    /** A page next to the site (in ../bench) that runs {@link Benchmark} with the site's own js/start.js. */
    static Path benchPage(Path site) throws IOException {
        Path dir = Files.createDirectories(site.resolve("../bench"));
        String name = site.getFileName().toString();
        Path page = dir.resolve(name + "-bench.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body data-page=\"bench\">"
                + "<pre id=\"result\"></pre><script src=\"../" + name + "/js/start.js\"></script></body></html>");
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
