package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * js/start.js runs the WebAssembly GC build where the browser can, and the JavaScript build
 * everywhere else: without WebAssembly, when the module cannot be compiled, and when the host's
 * Content-Security-Policy forbids what TeaVM's loader needs ('unsafe-eval'). Either way the page
 * works and shows the same numbers.
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

            c.driver.get("about:blank");
            assertEquals("js", c.open(Site.fileUrl(LINK.replace("index.html", "index.html?build=js"))));
            assertEquals(wasm, afterThreeSteps(c));
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    @Test
    void withoutWebAssemblyThePageRunsTheJavaScriptBuildQuietly() {
        try (Chromium c = new Chromium(1280, 800)) {
            c.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "delete window.WebAssembly;"));
            assertEquals("js", c.open(Site.fileUrl(LINK)));
            assertEquals("undefined", c.js("return typeof WebAssembly;"));
            assertWorks(c);
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    @Test
    void aModuleThatCannotBeCompiledFallsBackToJavaScriptAndSaysWhy() {
        try (Chromium c = new Chromium(1280, 800)) {
            c.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "WebAssembly.compile = function () { return Promise.reject(new WebAssembly.CompileError('no GC in this browser')); };"));
            assertEquals("js", c.open(Site.fileUrl(LINK)));
            assertWorks(c);
            List<String> console = c.consoleErrors();
            assertEquals(1, console.size(), console::toString);
            assertTrue(console.get(0).contains("running the JavaScript build") && console.get(0).contains("no GC in this browser"),
                    console.get(0));
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
        return text(c, "epoch") + " " + text(c, "trainLoss") + " " + text(c, "testLoss") + " " + text(c, "accuracy");
    }

    private static String text(Chromium c, String id) {
        return c.driver.findElement(By.id(id)).getAttribute("textContent");
    }
}
