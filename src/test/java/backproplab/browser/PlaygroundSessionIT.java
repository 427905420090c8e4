package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The playground remembers its last configuration across a reload without a link, over http. */
class PlaygroundSessionIT {
    private static SiteServer server;
    private static final String CONFIG = "activation=tanh&dataset=xor&networkShape=4,2&seed=session&learningRate=0.03";

    @BeforeAll
    static void start() {
        server = new SiteServer(SiteServer.STRICT_CSP);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String hash(Chromium c) {
        return (String) c.js("return location.hash;");
    }

    private static String notices(Chromium c) {
        return (String) c.js("var n = document.getElementById('notices'); return n.hidden ? '' : n.textContent;");
    }

    @Test
    void aReloadWithoutALinkRestoresTheLastSettingsAndALinkAlwaysWins() {
        try (Chromium c = new Chromium(1280, 900)) {
            c.open(server.url("index.html#" + CONFIG));
            c.driver.findElement(By.id("addLayer")).click(); // a change within the first second: saved on leaving the page
            String changed = hash(c);
            assertTrue(changed.contains("networkShape=4,2,2"), changed);
            c.driver.get("about:blank"); // pagehide

            c.open(server.url("index.html"));
            assertEquals(changed, hash(c));
            assertTrue(notices(c).startsWith("Restored your last session"), notices(c));

            c.open(server.url("index.html#dataset=spiral&seed=other"));
            assertTrue(hash(c).contains("dataset=spiral"), hash(c));
            assertEquals("", notices(c));

            c.open(server.url("index.html"));
            assertTrue(hash(c).contains("dataset=spiral"), hash(c)); // the link just opened is the last session now
            c.driver.findElement(By.className("notice-action")).click(); // Start fresh
            assertFalse(hash(c).contains("dataset=spiral"), hash(c));
            assertEquals("", notices(c));
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    /** The ids of the hidden elements among the playground's controls. */
    private static final String HIDDEN_CONTROLS = "return Array.from(document.querySelectorAll('.pg-bar [hidden], .pg-data [hidden], .pg-network-head [hidden]'))"
            + ".filter(e => !e.classList.contains('visually-hidden')).map(e => e.id || e.className);";

    /** A classroom link's hidden controls belong to that link: the bare page afterwards shows every control. */
    @Test
    void aClassroomLinksHiddenControlsStayWithTheLink() {
        try (Chromium c = new Chromium(1280, 900)) {
            c.open(server.url("index.html#dataset=xor&networkShape=&seed=0.2311&hideText=true&dataset_hide=true"
                    + "&activation_hide=true&numHiddenLayers_hide=true&problem_hide=true&x_hide=true"));
            assertTrue(c.driver.findElement(By.id("explain")).getAttribute("hidden") != null, "the link hides the text");
            c.driver.get("about:blank"); // pagehide: the session is saved

            c.open(server.url("index.html"));
            assertTrue(notices(c).startsWith("Restored your last session"), notices(c));
            String hash = hash(c);
            assertTrue(hash.contains("dataset=xor") && !hash.contains("_hide") && !hash.contains("hideText=true"), hash);
            assertEquals(null, c.driver.findElement(By.id("explain")).getAttribute("hidden"), "the explanation shows");
            Object restoredHidden = c.js(HIDDEN_CONTROLS);
            c.open(server.url("index.html#dataset=xor&networkShape=&seed=0.2311"));
            assertEquals(c.js(HIDDEN_CONTROLS), restoredHidden, "the same controls show as on the same link without its classroom keys");
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    @Test
    void thePageWorksWhenStorageThrows() {
        try (Chromium c = new Chromium(1280, 900)) {
            c.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "Object.defineProperty(window, 'localStorage', { get: function() {"
                            + " throw new DOMException('The operation is insecure.', 'SecurityError'); } });"));
            c.open(server.url("index.html#" + CONFIG));
            assertEquals(Boolean.TRUE, c.js("try { window.localStorage; return false; } catch (e) { return true; }"));
            String before = c.driver.findElement(By.id("trainLoss")).getText();
            c.driver.findElement(By.id("stepButton")).click();
            c.driver.findElement(By.id("addLayer")).click();
            assertTrue(hash(c).contains("networkShape=4,2,2"), hash(c));
            c.driver.get("about:blank");
            c.open(server.url("index.html"));
            assertEquals("", notices(c));
            assertFalse(c.driver.findElement(By.id("trainLoss")).getText().isEmpty(), before);
            assertEquals(List.of(), c.consoleErrors());
        }
    }
}
