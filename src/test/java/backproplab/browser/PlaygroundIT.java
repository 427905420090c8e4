package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground in a real browser, as a student uses it: the lecture's demo links, play,
 * editing a weight, switching a feature, divergence and Reset; from file://, over http under a
 * strict CSP and inside an iframe; screenshots at phone, laptop and projector sizes. One
 * browser for the class; every test ends with an empty console.
 */
class PlaygroundIT {
    /** The lecture's spiral demo link (8,8,8 ReLU, L2 0.001, α 0.03), features x₁ and x₂ as it names them. */
    static final String SPIRAL = "#activation=relu&regularization=L2&batchSize=10&dataset=spiral&regDataset=reg-plane"
            + "&learningRate=0.03&regularizationRate=0.001&noise=0&networkShape=8,8,8&seed=0.12345&showTestData=false"
            + "&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false"
            + "&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false";
    static final String XOR_ONE_UNIT = "#activation=tanh&dataset=xor&learningRate=0.03&networkShape=&seed=0.2&x=true&y=true";

    static Chromium c;

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1280, 800), opened -> c = opened);

    @AfterEach
    void consoleStaysEmpty() {
        List<String> errors = c.consoleErrors();
        assertTrue(errors.isEmpty(), errors::toString);
    }

    static void load(String url) {
        c.driver.get("about:blank");
        c.open(url);
    }

    static String text(String id) {
        return c.driver.findElement(By.id(id)).getText();
    }

    /** The epoch shown once the page has drawn what was done before (it shows a step in the next frame). */
    static int epoch() {
        c.drawn();
        return Integer.parseInt(text("epoch").replace(",", ""));
    }

    static double trainLoss() {
        return Double.parseDouble(text("trainLoss"));
    }

    static void setRange(String id, int value) {
        c.js("var e = document.getElementById(arguments[0]); e.value = arguments[1];"
                + " e.dispatchEvent(new Event('input'));", id, Integer.toString(value));
    }

    static void play() {
        c.driver.findElement(By.id("playButton")).click();
    }

    static void pause() {
        if ("true".equals(c.driver.findElement(By.id("playButton")).getAttribute("aria-pressed"))) {
            play();
        }
    }

    /** Plays until the training loss is below {@code target} or {@code maxEpochs} passed; returns the epoch reached. */
    static int playUntil(double target, int maxEpochs) throws InterruptedException {
        play();
        long deadline = System.currentTimeMillis() + 60_000;
        int e = 0;
        while (System.currentTimeMillis() < deadline) {
            // both figures in one call, so they belong to the same frame
            String[] figures = ((String) c.js("return document.getElementById('epoch').textContent + ' '"
                    + " + document.getElementById('trainLoss').textContent;")).split(" ");
            e = Integer.parseInt(figures[0].replace(",", ""));
            if (Double.parseDouble(figures[1]) < target || e >= maxEpochs) {
                break;
            }
        }
        pause();
        return e;
    }

    /** A fingerprint of the heatmap's pixels. */
    static long heatmapHash() {
        return ((String) c.js("return document.getElementById('heatmap').toDataURL();")).hashCode();
    }

    /** Moves the diagram's keyboard focus {@code presses} steps from the start. */
    static WebElement diagramFocus(int presses) {
        WebElement net = c.driver.findElement(By.id("network"));
        c.js("arguments[0].focus();", net);
        for (int i = 0; i < presses; i++) {
            net.sendKeys(Keys.ARROW_DOWN);
        }
        return net;
    }

    @Test
    void theSpiralDemoLearnsBelowFivePercentLossWithin1000EpochsAndReportsItsSpeed() throws Exception {
        load(Site.fileUrl("index.html" + SPIRAL));
        assertEquals("000,000", text("epoch"));
        setRange("speedInput", 20);
        assertTrue(c.driver.getCurrentUrl().contains("speed=20"), "the speed goes into the link");
        long start = System.currentTimeMillis();
        int reached = playUntil(0.05, 1000);
        double seconds = (System.currentTimeMillis() - start) / 1000.0;
        double loss = trainLoss(); // paused a frame or so later than the poll that saw it
        System.out.println("spiral demo (seed 0.12345): training loss " + loss + " at epoch " + reached + " after "
                + seconds + " s; page's own figure: " + text("speedStats") + " epochs/s");
        assertTrue(loss < 0.05, "loss " + loss + " at epoch " + reached);
        assertTrue(reached <= 1000 + 20, "reached at epoch " + reached);
        // the rate the page sustains, measured by the page over a steady second of play
        play();
        Thread.sleep(2500);
        String rate = text("speedStats");
        pause();
        System.out.println("spiral demo, 20 epochs/frame, headless Chromium 1280×800: " + rate + " epochs/s");
        assertTrue(Integer.parseInt(rate) > 100, rate);
    }

    /**
     * The loss curves' top edge in the chart's columns at 35 % and 95 % of its width: the first
     * canvas row, from the top, with a dark pixel (the curves; the grid is light, the labels sit
     * in the gutter at the left), or -1.
     */
    static List<Long> curveTops() {
        @SuppressWarnings("unchecked")
        List<Long> tops = (List<Long>) c.js(Chromium.PIXELS_OF + " var c = document.getElementById('lossChart');"
                + " var d = pixelsOf(c); var tops = [];"
                + " [0.35, 0.95].forEach(function (f) { var x = Math.floor(f * c.width), top = -1;"
                + "   for (var y = 0; y < c.height && top < 0; y++) { var i = 4 * (y * c.width + x);"
                + "     if (d[i + 3] > 200 && d[i] + d[i + 1] + d[i + 2] < 3 * 170) { top = y; } }"
                + "   tops.push(top); });"
                + " return tops;");
        return tops;
    }

    @Test
    void theLossCurveGoesOnThroughProjectorModeAndANewWindowSize() throws Exception {
        load(Site.fileUrl("index.html#dataset=circle&networkShape=4,2&activation=tanh&learningRate=0.03&seed=chart"));
        setRange("speedInput", 5);
        playUntil(0.1, 300);
        for (Runnable change : new Runnable[] {
                () -> c.js("document.getElementById('contrast-toggle').click()"), () -> c.resize(1100, 800)}) {
            List<Long> before = curveTops();
            assertTrue(before.get(0) >= 0 && before.get(1) > before.get(0) + 3, "the loss falls along the curve: " + before);
            change.run();
            c.drawn();
            List<Long> after = curveTops();
            assertTrue(after.get(0) >= 0 && after.get(1) > after.get(0) + 3,
                    "the chart keeps the run's curve: " + before + " before, " + after + " after");
        }
        c.resize(1280, 800);
        c.js("document.getElementById('contrast-toggle').click()");
    }

    @Test
    void editingAWeightThroughTheDiagramChangesTheOutput() {
        load(Site.fileUrl("index.html" + XOR_ONE_UNIT));
        long before = heatmapHash();
        // keyboard order: the 9 features, then the output unit, its bias, its weight from x₁
        WebElement net = diagramFocus(9 + 3);
        assertTrue(text("tooltip").startsWith("w = ") && text("tooltip").endsWith("\nEnter to edit"), text("tooltip"));
        net.sendKeys(Keys.ENTER);
        WebElement input = c.driver.findElement(By.id("weightInput"));
        assertTrue(input.isDisplayed());
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "not a number", Keys.ENTER);
        assertTrue(text("notices").contains("The weight stays ") && text("notices").contains(": “not a number” is not a number."), text("notices"));
        net.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "1e400", Keys.ENTER);
        assertTrue(text("notices").contains(": 1e400 is too large for a number"), text("notices"));
        net.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, Keys.ENTER);
        assertTrue(text("notices").contains(": no number given."), text("notices"));
        assertEquals(before, heatmapHash(), "a refused edit changes nothing");
        net.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "4", Keys.ENTER);
        assertFalse(input.isDisplayed());
        assertNotEquals(before, heatmapHash(), "the output follows the edited weight at once");
        net.sendKeys(Keys.ARROW_UP);
        net.sendKeys(Keys.ARROW_DOWN);
        assertTrue(text("tooltip").startsWith("w = 4"), text("tooltip"));
        net.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "-2.5", Keys.ENTER);
        net.sendKeys(Keys.ARROW_UP);
        net.sendKeys(Keys.ARROW_DOWN);
        assertTrue(text("tooltip").startsWith("w = −2.5"), "typed with a hyphen, shown with the minus sign: " + text("tooltip"));
    }

    @Test
    void switchingOnX1X2MakesXorSeparableForASingleUnit() throws Exception {
        load(Site.fileUrl("index.html" + XOR_ONE_UNIT));
        setRange("speedInput", 20);
        playUntil(0, 300);
        double without = accuracy();
        assertTrue(without < 0.8, "one unit on x₁, x₂ cannot separate XOR: " + without);
        WebElement net = diagramFocus(5); // x₁, x₂, x₁², x₂², x₁x₂
        assertEquals("Feature x₁x₂ (off)\nEnter to switch it on", text("tooltip"));
        net.sendKeys(Keys.ENTER);
        assertTrue(c.driver.getCurrentUrl().contains("xTimesY=true"), c.driver.getCurrentUrl());
        assertFalse(c.driver.findElement(By.id("tooltip")).isDisplayed(), "the rebuilt network's diagram leaves no tooltip of the old one");
        assertEquals(0, epoch(), "a new input builds a new network");
        playUntil(0, 300);
        double with = accuracy();
        assertTrue(with > 0.97, "with x₁x₂ one unit separates XOR: " + with);
    }

    /** The training accuracy shown under the output. */
    static double accuracy() {
        return Double.parseDouble(text("accuracy").split("%")[0].trim()) / 100;
    }

    @Test
    void aLearningRateOfTenDivergesVisiblyAndResetRecovers() throws Exception {
        load(Site.fileUrl("index.html" + SPIRAL));
        new org.openqa.selenium.support.ui.Select(c.driver.findElement(By.id("learningRateInput"))).selectByValue("10");
        assertTrue(c.driver.getCurrentUrl().contains("learningRate=10&"), c.driver.getCurrentUrl());
        play();
        long deadline = System.currentTimeMillis() + 20_000;
        while (!text("notices").contains("Diverged") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(text("notices").startsWith("Diverged — lower the learning rate"), text("notices"));
        assertEquals("false", c.driver.findElement(By.id("playButton")).getAttribute("aria-pressed"), "training stopped");
        int stopped = epoch();
        Thread.sleep(300);
        assertEquals(stopped, epoch(), "and stays stopped");
        c.screenshot("playground-diverged");
        c.driver.findElement(By.id("resetButton")).click();
        assertFalse(c.driver.findElement(By.id("notices")).isDisplayed(), "Reset clears the notice");
        assertEquals(0, epoch());
        assertTrue(Double.isFinite(trainLoss()));
    }

    @Test
    void worksOverHttpUnderAStrictContentSecurityPolicy() throws Exception {
        try (SiteServer server = new SiteServer(SiteServer.STRICT_CSP)) {
            load(server.url("index.html" + SPIRAL));
            play();
            Thread.sleep(500);
            pause();
            assertTrue(epoch() > 0);
            assertTrue(text("tooltip").isEmpty());
        }
    }

    @Test
    void worksInsideAnIframe() throws Exception {
        Path wrapper = Site.dir().resolve("../iframe-playground.html").normalize();
        Files.writeString(wrapper, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>course page</title></head><body>"
                + "<h1>Course page</h1><iframe src=\"" + Site.fromBeside("index.html") + XOR_ONE_UNIT.replace("&", "&amp;")
                + "\" width=\"1100\" height=\"700\"></iframe></body></html>");
        c.driver.get(wrapper.toUri().toString());
        c.driver.switchTo().frame(0);
        try {
            assertEquals("wasm", c.started());
            c.driver.findElement(By.id("stepButton")).click();
            c.driver.findElement(By.id("stepButton")).click();
            assertEquals(2, epoch());
            setRange("speedInput", 3);
            assertTrue(((String) c.js("return location.hash;")).contains("speed=3"));
        } finally {
            c.driver.switchTo().defaultContent();
        }
    }

    /** How far the playground's top is below the window's top, CSS px (0: the window shows it from its top). */
    private static double playgroundTop() {
        return ((Number) c.js("return document.getElementById('playground').getBoundingClientRect().top;")).doubleValue();
    }

    /**
     * "Three things to try", below the playground, load a configuration into it: after the click
     * the window shows the playground from its top (smoothly, or at once when the student asks
     * the system for reduced motion), with the configuration loaded.
     */
    @Test
    void aThingToTryScrollsThePlaygroundIntoView() {
        String[] datasets = {"xor", "circle", "spiral"};
        try {
            for (boolean reduced : new boolean[] {false, true}) {
                c.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-reduced-motion", "value", reduced ? "reduce" : "no-preference"))));
                load(Site.fileUrl("index.html#dataset=gauss"));
                List<WebElement> tries = c.driver.findElements(By.cssSelector("#tries a"));
                assertEquals(datasets.length, tries.size());
                for (int i = 0; i < tries.size(); i++) {
                    tries.get(i).click(); // Selenium scrolls the link into view first: the playground is out of sight
                    if (reduced) {
                        assertEquals(0, playgroundTop(), 1, "reduced motion: at once");
                    } else {
                        new WebDriverWait(c.driver, Duration.ofSeconds(5)).until(d -> Math.abs(playgroundTop()) < 1);
                    }
                    c.drawn();
                    assertEquals(0, playgroundTop(), 1, "the window stays at the playground's top once the link is loaded");
                    String dataset = datasets[i];
                    new WebDriverWait(c.driver, Duration.ofSeconds(5)).until(d -> ((String) c.js(
                            "return document.querySelector('[data-dataset=' + arguments[0] + ']').getAttribute('aria-checked');", dataset)).equals("true"));
                    assertTrue(c.driver.findElement(By.id("playButton")).isDisplayed());
                }
            }
            c.screenshot("playground-after-a-thing-to-try");
        } finally {
            c.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }

    /**
     * A trained output says which loss its figures are and what its colours mean, and shows its
     * points on a saturated background (target/screenshots/playground-points-*.png, to look at):
     * circle under log loss, XOR under squared error, on a laptop and in projector mode.
     */
    @Test
    void aTrainedOutputNamesItsLossAndLegendAndShowsItsPoints() throws Exception {
        String[][] runs = {
            {"circle", "#dataset=circle&activation=tanh&networkShape=4&learningRate=0.1&seed=pts&loss=log&showTestData=true&speed=20",
                "the log loss", "ŷ = σ(a)", "0", "1"},
            {"xor", "#dataset=xor&activation=tanh&networkShape=4,2&learningRate=0.1&seed=pts&showTestData=true&speed=20",
                "the squared error ½(ŷ − y)²", "ŷ = tanh(a)", "−1", "+1"},
        };
        for (String[] run : runs) {
            load(Site.fileUrl("index.html" + run[1]));
            playUntil(0.02, 400);
            c.drawn();
            assertTrue(text("lossCaption").contains(run[2]), text("lossCaption"));
            assertEquals(run[3], text("legendOutput"));
            assertEquals(run[4], text("legendLow"));
            assertEquals(run[5], text("legendHigh"));
            c.js("document.getElementById('lossCaption').scrollIntoView();");
            c.screenshot("playground-points-" + run[0]);
            c.js("document.getElementById('contrast-toggle').click()");
            try {
                c.drawn();
                c.js("document.getElementById('outputWrap').scrollIntoView();");
                c.screenshot("playground-points-" + run[0] + "-projector");
            } finally {
                c.js("document.getElementById('contrast-toggle').click()");
            }
        }
    }

    @Test
    void stepHiddenUnitsBringANoticeThatTheyWillNotLearn() {
        load(Site.fileUrl("index.html#activation=step&networkShape=3&seed=s"));
        assertTrue(text("notices").startsWith("The hidden layers will not learn with the step activation"), text("notices"));
        c.js("var s = document.getElementById('activationInput'); s.value = 'tanh'; s.dispatchEvent(new Event('change'));");
        assertFalse(c.driver.findElement(By.id("notices")).isDisplayed(), "tanh units learn: the notice goes");
    }

    @Test
    void screenshotsAtPhoneLaptopAndProjectorSizes() throws Exception {
        int[][] sizes = {{375, 812}, {1280, 800}, {1920, 1080}};
        try {
            for (int[] size : sizes) {
                c.resize(size[0], size[1]);
                load(Site.fileUrl("index.html" + SPIRAL + "&speed=20"));
                playUntil(0.05, 1000);
                Path shot = c.screenshot("playground-" + size[0] + "x" + size[1]);
                assertTrue(Files.size(shot) > 10_000);
                long scrollWidth = (Long) c.js("return document.documentElement.scrollWidth;");
                long clientWidth = (Long) c.js("return document.documentElement.clientWidth;");
                assertEquals((long) size[0], c.js("return window.innerWidth;"));
                assertTrue(scrollWidth <= clientWidth, "no sideways scrolling at " + size[0] + " px: " + scrollWidth);
            }
        } finally {
            c.resize(1280, 800);
        }
    }

    /** What a screen reader hears: the live region while training and on pausing, and the pictures' names from the accessibility tree. */
    @Test
    void aScreenReaderHearsTrainingCalmlyAndThePicturesSayWhatTheyShow() {
        load(Site.fileUrl("index.html#dataset=gauss&networkShape=&seed=0.49809&learningRate=0.03&activation=tanh"));
        play();
        new WebDriverWait(c.driver, Duration.ofSeconds(20)).until(d -> text("liveStatus").startsWith("Training, epoch "));
        String training = text("liveStatus");
        pause();
        new WebDriverWait(c.driver, Duration.ofSeconds(5)).until(d -> text("liveStatus").startsWith("Paused at epoch "));
        c.drawn();
        String paused = text("liveStatus");
        assertTrue(paused.startsWith("Paused at epoch " + epoch() + ": training loss " + text("trainLoss")), paused);
        String heatmap = c.driver.findElement(By.id("heatmap")).getAccessibleName();
        String chart = c.driver.findElement(By.id("lossChart")).getAccessibleName();
        System.out.println("screen reader: live region \"" + training + "\", then \"" + paused + "\"; heatmap \"" + heatmap
                + "\"; loss chart \"" + chart + "\"");
        assertTrue(heatmap.startsWith("The network's output over the input plane: blue (+1) on "), heatmap);
        assertTrue(chart.startsWith("The loss chart: the training loss fell from "), chart);
    }
}
