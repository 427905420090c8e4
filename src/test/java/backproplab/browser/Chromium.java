package backproplab.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opentest4j.TestAbortedException;

/**
 * Headless Chromium driven through its chromedriver, one fresh profile per browser. The two
 * programs are Debian's unless {@code -Dchromium.binary=} / {@code CHROMIUM_BINARY} and
 * {@code -Dchromedriver=} / {@code CHROMEDRIVER} name others. Where they are missing, the browser
 * tests are skipped, or fail under {@code -Dbrowser.required=true} (as .ci/run asks).
 */
public final class Chromium implements AutoCloseable {
    /**
     * Selenium looks for a CDP binding of the browser's exact version at every start and warns
     * when it has none; the tests send only stable CDP commands, so the warning says nothing.
     * Held here because java.util.logging keeps loggers only weakly.
     */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOG.setLevel(Level.OFF);
    }

    /** The browser to drive: {@code -Dchromium.binary}, else {@code CHROMIUM_BINARY}, else Debian's. */
    public static final Path BINARY = configured("chromium.binary", "CHROMIUM_BINARY", "/usr/bin/chromium");
    /** Its driver: {@code -Dchromedriver}, else {@code CHROMEDRIVER}, else Debian's. */
    public static final Path DRIVER = configured("chromedriver", "CHROMEDRIVER", "/usr/bin/chromedriver");

    private static boolean toldMissing;

    private static Path configured(String property, String variable, String debian) {
        String given = System.getProperty(property);
        if (given == null || given.isBlank()) {
            given = System.getenv(variable);
        }
        return Path.of(given == null || given.isBlank() ? debian : given);
    }

    /**
     * Skips the calling test (a JUnit assumption) when the browser or its driver is missing, saying
     * once per run where they were looked for; with {@code -Dbrowser.required=true}, fails it instead.
     */
    static void requireBrowser() {
        String missing = !Files.isExecutable(BINARY) ? BINARY + " (set -Dchromium.binary= or CHROMIUM_BINARY)"
                : !Files.isExecutable(DRIVER) ? DRIVER + " (set -Dchromedriver= or CHROMEDRIVER)" : null;
        if (missing == null) {
            return;
        }
        String message = "No Chromium: " + missing + "; the browser tests are skipped";
        if (Boolean.getBoolean("browser.required")) {
            throw new IllegalStateException("No Chromium: " + missing + ", and -Dbrowser.required=true");
        }
        synchronized (Chromium.class) {
            if (!toldMissing) {
                toldMissing = true;
                System.err.println(message);
            }
        }
        throw new TestAbortedException(message);
    }

    /**
     * A script function {@code pixelsOf(canvas)}: the canvas's RGBA bytes, read from a copy.
     * Reading one canvas with getImageData again and again, as a test polling for its first
     * frames does, makes Chromium advise willReadFrequently in the console; from a fresh copy
     * each time it does not, and the console keeps only what the page itself says.
     */
    public static final String PIXELS_OF = "function pixelsOf(c) {"
            + "  var t = document.createElement('canvas'); t.width = c.width; t.height = c.height;"
            + "  var g = t.getContext('2d', {willReadFrequently: true}); g.drawImage(c, 0, 0);"
            + "  return g.getImageData(0, 0, t.width, t.height).data; }";

    /** Headless Chromium's windows are never narrower than this: a phone's width is emulated (see {@link #resize}). */
    private static final int NARROWEST_WINDOW = 500;

    public final ChromeDriver driver;
    private final Path profile;

    public Chromium(int width, int height) {
        this(width, height, false);
    }

    /**
     * With {@code networkLog}, Chromium's performance log is kept too, so {@link #requests()} can
     * list every request the pages made.
     */
    public Chromium(int width, int height, boolean networkLog) {
        this(width, height, networkLog, new String[0]);
    }

    /** With extra command-line switches, e.g. {@code --enable-precise-memory-info} for the heap benchmark. */
    public Chromium(int width, int height, boolean networkLog, String... extraArguments) {
        requireBrowser();
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--allow-file-access-from-files",
                "--window-size=" + Math.max(width, NARROWEST_WINDOW) + "," + height, "--user-data-dir=" + profile);
        options.addArguments(extraArguments);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        if (networkLog) {
            logs.enable(LogType.PERFORMANCE, Level.ALL);
        }
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        driver = new ChromeDriver(service, options);
        if (width < NARROWEST_WINDOW) {
            resize(width, height);
        }
    }

    /**
     * Makes the page's viewport {@code width}×{@code height} CSS pixels. Below 500 px, where a
     * headless window would silently stay 500 px wide, a phone is emulated instead: that
     * viewport, a device pixel ratio of 2, mobile layout and a touchscreen for its only pointer
     * (CSS {@code (pointer: coarse)}; headless Chromium always says {@code (hover: none)});
     * wider, the window is resized and any phone emulation ends. Clicks stay mouse clicks.
     */
    public void resize(int width, int height) {
        boolean phone = width < NARROWEST_WINDOW;
        if (phone) {
            driver.manage().window().setSize(new Dimension(NARROWEST_WINDOW, height));
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            driver.manage().window().setSize(new Dimension(width, height));
        }
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", phone
                ? Map.of("enabled", true, "maxTouchPoints", 5) : Map.of("enabled", false));
    }

    /** Console messages at warning level or worse since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .collect(Collectors.toList());
    }

    /**
     * The URLs of every request sent since the last call (Network.requestWillBeSent in the
     * performance log; needs {@code networkLog}), in order.
     */
    public List<String> requests() {
        Json json = new Json();
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            Map<String, Object> entry = json.toType(e.getMessage(), Json.MAP_TYPE);
            @SuppressWarnings("unchecked")
            Map<String, Object> message = (Map<String, Object>) entry.get("message");
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> params = (Map<String, Object>) message.get("params");
                @SuppressWarnings("unchecked")
                Map<String, Object> request = (Map<String, Object>) params.get("request");
                urls.add((String) request.get("url"));
            }
        }
        return urls;
    }

    /**
     * Opens a page of the site and waits until its program has started (js/start.js loads it after
     * the page itself); returns which build runs, "wasm" or "js".
     */
    public String open(String url) {
        driver.get(url);
        return started();
    }

    /** Reloads the page and waits until its program has started again. */
    public String reload() {
        driver.navigate().refresh();
        return started();
    }

    /**
     * Waits until the program of the current document (or the frame switched to) has started and
     * has drawn its first frame; returns its build.
     */
    public String started() {
        String build = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> (String) js("return document.documentElement.getAttribute('data-build')"));
        drawn();
        return build;
    }

    /**
     * Waits for the page's next animation frame and one more. The pages answer a click or a key
     * by asking for a frame, and show the new figures in it (the playground's epoch and losses):
     * after this, all of them show the state after everything done so far, not some before it.
     */
    public void drawn() {
        driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
    }

    /** Sleeps for {@code ms} milliseconds (an interrupt ends it early and stays set). */
    public static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Saves a PNG under target/screenshots/ and returns its path. */
    public Path screenshot(String name) {
        Path file = Site.outputDir("screenshots").resolve(name + ".png");
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Quits the browser and deletes its profile. */
    @Override
    public void close() {
        driver.quit();
        Site.deleteTree(profile);
    }
}
