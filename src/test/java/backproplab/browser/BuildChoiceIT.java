package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * js/start.js runs the playground's WebAssembly GC build where the browser can, and the JavaScript
 * build everywhere else: without WebAssembly, when the module cannot be compiled, when the host's
 * Content-Security-Policy forbids what TeaVM's loader needs ('unsafe-eval'), and on the lesson
 * pages, which the WebAssembly build does not hold. Either way the page works and shows the same
 * numbers.
 */
class BuildChoiceIT {
    static final String LINK = "index.html#dataset=spiral&networkShape=8,8,8&activation=relu&regularization=L2&regularizationRate=0.001&seed=builds";

    @Test
    void chromiumRunsTheWebAssemblyBuildAndItShowsWhatTheJavaScriptBuildShows() {
        try (Chromium c = new Chromium(1280, 800, true)) {
            assertEquals("wasm", c.open(Site.fileUrl(LINK)));
            List<String> requests = c.requests();
            assertTrue(requests.stream().anyMatch(u -> u.endsWith("/js/backproplab-wasm.js")), requests::toString);
            assertFalse(requests.stream().anyMatch(u -> u.endsWith("/js/backproplab.js")), "the JavaScript build is not loaded as well");
            String wasm = afterThreeSteps(c);
            String wasmPixels = pixels(c);

            c.driver.get("about:blank");
            assertEquals("js", c.open(Site.fileUrl(LINK.replace("index.html", "index.html?build=js"))));
            assertEquals(wasm, afterThreeSteps(c));
            // the two builds hand their pictures to the canvas differently (CanvasSurface.putPixels)
            assertEquals(wasmPixels, pixels(c));
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    @Test
    void theLessonPagesRunTheJavaScriptBuildWhichAloneHoldsThemEvenWhenTheWebAssemblyOneIsAskedFor() {
        try (Chromium c = new Chromium(1280, 800, true)) {
            for (String page : new String[] {"backprop.html", "perceptron.html", "descent.html", "activations.html",
                    "descent.html?build=wasm"}) {
                c.driver.get("about:blank");
                assertEquals("js", c.open(Site.fileUrl(page)), page);
                List<String> requests = c.requests();
                assertFalse(requests.stream().anyMatch(u -> u.endsWith("/js/backproplab-wasm.js")), page + ": " + requests);
                assertTrue(c.driver.findElement(By.id("notices")).getText().isEmpty(), page + ": "
                        + c.driver.findElement(By.id("notices")).getText());
            }
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    @Test
    void withoutWebAssemblyThePageRunsTheJavaScriptBuildQuietly() {
        try (Chromium c = browserWhere("delete window.WebAssembly;")) {
            assertEquals("js", c.open(Site.fileUrl(LINK)));
            assertEquals("undefined", c.js("return typeof WebAssembly;"));
            assertWorks(c);
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    @Test
    void aModuleThatCannotBeCompiledFallsBackToJavaScriptAndSaysWhy() {
        try (Chromium c = browserWhere(
                "WebAssembly.compile = function () { return Promise.reject(new WebAssembly.CompileError('no GC in this browser')); };")) {
            assertFellBackSaying(c, "no GC in this browser");
        }
    }

    @Test
    void withoutUint8ArrayFromBase64TheModuleIsDecodedTheOlderWayAndTheWebAssemblyBuildRuns() {
        try (Chromium c = browserWhere("delete Uint8Array.fromBase64;")) {
            assertEquals("wasm", c.open(Site.fileUrl(LINK)));
            assertEquals("undefined", c.js("return typeof Uint8Array.fromBase64;"));
            assertWorks(c);
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    @Test
    void withoutDecompressionStreamThePageRunsTheJavaScriptBuildAndSaysWhy() {
        try (Chromium c = browserWhere("delete window.DecompressionStream;")) {
            assertFellBackSaying(c, "DecompressionStream");
        }
    }

    @Test
    void underAStrictContentSecurityPolicyThePageQuietlyRunsTheJavaScriptBuild() {
        try (SiteServer server = new SiteServer(SiteServer.STRICT_CSP); Chromium c = new Chromium(1280, 800)) {
            assertEquals("js", c.open(server.url(LINK)));
            assertWorks(c);
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    @Test
    void aPolicyThatAllowsEvaluationGetsTheWebAssemblyBuild() {
        try (SiteServer server = new SiteServer("default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self'");
                Chromium c = new Chromium(1280, 800)) {
            assertEquals("wasm", c.open(server.url(LINK)));
            assertWorks(c);
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    /** A browser in which {@code script} runs before each page's own, e.g. to take a feature away. */
    private static Chromium browserWhere(String script) {
        Chromium c = new Chromium(1280, 800);
        try {
            c.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script));
            return c;
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** The page fell back to the JavaScript build, works, and said so in one warning naming {@code why}. */
    private static void assertFellBackSaying(Chromium c, String why) {
        assertEquals("js", c.open(Site.fileUrl(LINK)));
        assertWorks(c);
        List<String> console = c.consoleErrors();
        assertEquals(1, console.size(), console::toString);
        assertTrue(console.get(0).contains("running the JavaScript build") && console.get(0).contains(why), console.get(0));
    }

    /** The page trains: a step moves the epoch counter and leaves a finite loss on screen. */
    private static void assertWorks(Chromium c) {
        afterThreeSteps(c);
        assertEquals("000,003", text(c, "epoch"));
        assertTrue(Double.isFinite(Double.parseDouble(text(c, "trainLoss"))), text(c, "trainLoss"));
    }

    /** Presses "step" three times and reads the losses and the accuracy the page shows. */
    private static String afterThreeSteps(Chromium c) {
        for (int i = 0; i < 3; i++) {
            c.driver.findElement(By.id("stepButton")).click();
        }
        c.drawn();
        return text(c, "epoch") + " " + text(c, "trainLoss") + " " + text(c, "testLoss") + " " + text(c, "accuracy");
    }

    /**
     * A digest of the output heatmap's and the network diagram's pixels, with the number of
     * pixels drawn (not transparent) in each, once two readings 200 ms apart agree.
     */
    private static String pixels(Chromium c) {
        String script = Chromium.PIXELS_OF + "var out = '';"
                + "['heatmap', 'network'].forEach(function (id) {"
                + "  var cv = document.getElementById(id);"
                + "  var d = pixelsOf(cv), h = 2166136261, drawn = 0;"
                + "  for (var i = 0; i < d.length; i++) { h = Math.imul(h ^ d[i], 16777619); }"
                + "  for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) drawn++; }"
                + "  out += id + ' ' + cv.width + 'x' + cv.height + ' drawn ' + drawn + ' digest ' + (h >>> 0) + '; ';"
                + "});"
                + "return out;";
        String last = (String) c.js(script);
        for (int attempt = 0; attempt < 25; attempt++) {
            Chromium.pause(200);
            String now = (String) c.js(script);
            if (now.equals(last)) {
                break;
            }
            last = now;
        }
        assertFalse(last.contains("drawn 0 "), last);
        assertEquals(List.of(), c.consoleErrors());
        return last;
    }

    private static String text(Chromium c, String id) {
        return c.driver.findElement(By.id(id)).getAttribute("textContent");
    }
}
