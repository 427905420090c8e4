package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import backproplab.math.Rng;
import backproplab.fuzz.InputFuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;

/**
 * Every page of the built site (whatever *.html the built site holds) on hostile ground: from
 * file:// with no network, over http under the strict Content-Security-Policy, with markup in
 * its link, and from the download zip unzipped elsewhere.
 */
class OfflineIT {
    private static Chromium chromium;

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1280, 800, true), c -> chromium = c);

    static List<String> pages() {
        try (Stream<Path> files = Files.list(Site.dir())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a URL in a fresh document and forgets the console and the requests of what came before. */
    private static void load(String url) {
        chromium.driver.get("about:blank");
        chromium.consoleErrors();
        chromium.requests();
        chromium.open(url);
    }

    /**
     * What "the page works" means for any page: it started (no notice that it failed, no
     * "not part of Backprop Lab"), and every canvas it shows has been drawn on. Waits up to 5 s
     * for the first frames. Returns the canvases checked, for the report.
     */
    static List<String> assertWorks(String page) {
        String script = Chromium.PIXELS_OF + "var out = [];"
                + "var cs = document.querySelectorAll('canvas');"
                + "for (var k = 0; k < cs.length; k++) { var c = cs[k];"
                // a canvas in a closed panel (details) is not shown: checkVisibility() says so
                + "  if (!c.width || !c.height || c.offsetParent === null || (c.checkVisibility && !c.checkVisibility())) continue;"
                + "  var d = pixelsOf(c), drawn = false;"
                + "  for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { drawn = true; break; } }"
                + "  out.push((c.id || 'canvas' + k) + (drawn ? '' : ' (blank)')); }"
                + "return out;";
        List<String> canvases = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            @SuppressWarnings("unchecked")
            List<String> now = (List<String>) chromium.js(script);
            canvases = now;
            if (canvases.stream().noneMatch(c -> c.endsWith("(blank)"))) {
                break;
            }
            Chromium.pause(100);
        }
        assertTrue(canvases.stream().noneMatch(c -> c.endsWith("(blank)")), page + ": canvases not drawn: " + canvases);
        String failure = (String) chromium.js("var e = document.querySelector('[data-source=error]');"
                + "return e ? e.textContent : (document.body.textContent.indexOf('is not part of Backprop Lab') >= 0 ? 'not started' : '');");
        assertEquals("", failure, page);
        assertTrue((Boolean) chromium.js("return !!document.body.getAttribute('data-page');"), page);
        return canvases;
    }

    private static void assertNoConsoleErrors(String where) {
        List<String> errors = chromium.consoleErrors();
        assertTrue(errors.isEmpty(), where + ": " + errors);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void fromFileEveryRequestStaysOnDisk(String page) {
        load(Site.fileUrl(page));
        List<String> canvases = assertWorks(page);
        Chromium.pause(1000); // anything the page would fetch later, e.g. after its first frames
        List<String> requests = chromium.requests();
        List<String> outside = new ArrayList<>();
        String site = Site.dir().toUri().toString();
        for (String url : requests) {
            if (!url.startsWith(site)) {
                outside.add(url);
            }
        }
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) chromium.js(
                "return performance.getEntriesByType('resource').map(function (r) { return r.name; });");
        System.out.println("file:// " + page + ": " + requests.size() + " requests, all inside the site folder ("
                + requests.stream().map(u -> u.substring(u.lastIndexOf('/') + 1)).collect(Collectors.joining(", "))
                + "); " + outside.size() + " network requests; canvases drawn: " + canvases);
        assertEquals(List.of(), outside, page + " reached outside its folder");
        assertTrue(resources.stream().allMatch(r -> r.startsWith(site)), resources.toString());
        assertNoConsoleErrors(page);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void underTheStrictContentSecurityPolicyNothingIsRefused(String page) {
        try (SiteServer server = new SiteServer(SiteServer.STRICT_CSP)) {
            load(server.url(page));
            List<String> canvases = assertWorks(page);
            Chromium.pause(500);
            List<String> errors = chromium.consoleErrors();
            String origin = server.url("");
            List<String> elsewhere = chromium.requests().stream().filter(u -> !u.startsWith(origin)).collect(Collectors.toList());
            System.out.println("CSP " + page + ": " + errors.size() + " violations or console errors; canvases drawn: " + canvases);
            assertEquals(List.of(), errors, page + " under " + SiteServer.STRICT_CSP
                    + (errors.toString().contains("favicon.ico") ? " (give the page <link rel=\"icon\" href=\"favicon.svg\">)" : ""));
            assertEquals(List.of(), elsewhere, page);
        }
    }

    /** Markup in a link, in the places pages read: a known key's value, an unknown key, several keys at once. */
    static final String[] HOSTILE_HASHES = {
        "#dataset=<img src=x onerror=alert(1)>",
        "#<img src=x onerror=alert(1)>=1",
        "#curve=<svg onload=alert(1)>&fn=<img src=x onerror=alert(1)>&seed=<script>alert(1)</script>&data=<iframe src=javascript:alert(1)>",
        "#activation=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&tutorial=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    };

    @ParameterizedTest
    @MethodSource("pages")
    void markupInTheLinkIsShownAsTextNeverRun(String page) {
        for (String hash : HOSTILE_HASHES) {
            try {
                load(Site.fileUrl(page) + hash);
                Object injected = chromium.js("return document.querySelectorAll('img[src=x], [onerror], [onload], iframe, script:not([src])').length;");
                assertEquals(0L, injected, page + hash + ": markup from the link became elements");
                boolean hasNotices = (Boolean) chromium.js("return !!document.getElementById('notices');");
                String notices = (String) chromium.js("var n = document.getElementById('notices'); return n ? n.textContent : '';");
                if (hasNotices) {
                    // every hostile hash names a key the page does not know or a value it refuses: said in a notice
                    assertFalse(notices.isBlank(), page + hash + ": no notice");
                    if (hash.startsWith("#<img")) {
                        // an unknown key is quoted back to the student: as text
                        assertTrue(notices.contains("<img src"), page + hash + ": " + notices);
                    }
                }
                assertWorks(page);
            } catch (UnhandledAlertException e) {
                fail(page + hash + " opened an alert: " + e.getAlertText());
            }
            try {
                chromium.driver.switchTo().alert();
                fail(page + hash + " opened an alert");
            } catch (NoAlertPresentException expected) {
                // no alert: nothing ran
            }
            assertNoConsoleErrors(page + hash);
        }
    }

    /** Percent-encodes what a URL cannot carry as typed (keeping the hash's own &, = and % escapes). */
    static String urlSafe(String hash) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = hash.getBytes(StandardCharsets.UTF_8); // a lone surrogate becomes '?'
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "&=%-._~!$'()*+,;:@/?".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append("0123456789ABCDEF".charAt(c >> 4)).append("0123456789ABCDEF".charAt(c & 15));
            }
        }
        return out.toString();
    }

    /** The JVM fuzz's link generator, a few dozen links per page in the real browser: the page keeps working. */
    @ParameterizedTest
    @MethodSource("pages")
    void randomLinksNeverBreakAPage(String page) {
        Rng rng = new Rng(page.hashCode());
        for (int i = 0; i < 25; i++) {
            String hash = InputFuzzTest.hash(rng);
            if (hash.length() > 4000) {
                continue; // the JVM fuzz covers long links; here the page's handling of them matters
            }
            String url = Site.fileUrl(page) + "#" + urlSafe(hash.startsWith("#") ? hash.substring(1) : hash);
            load(url);
            assertWorks(page + " with " + url);
            assertNoConsoleErrors(url);
        }
    }

    /** The zip {@code mvn package} writes for download: target/backprop-lab-VERSION.zip. */
    static Path siteZip() throws IOException {
        String given = System.getProperty("site.zip");
        if (given != null) {
            return Path.of(given);
        }
        try (Stream<Path> files = Files.list(Site.dir().getParent())) {
            return files.filter(f -> f.getFileName().toString().matches("backprop-lab-.*\\.zip")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no backprop-lab-VERSION.zip beside the site; run mvn package"));
        }
    }

    /** The zip offered for download, unzipped into a folder whose name has a space: every page works from disk. */
    @Test
    void theDownloadZipUnzippedElsewhereWorksFromDisk() throws IOException {
        Path zip = siteZip();
        Path scratch = Files.createTempDirectory("unzipped");
        try {
            Path elsewhere = scratch.resolve("course files");
            List<String> names = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    Path target = elsewhere.resolve(e.getName()).normalize();
                    assertTrue(target.startsWith(elsewhere.resolve("backprop-lab")), e.getName() + ": outside the zip's backprop-lab/ folder");
                    names.add(e.getName());
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target); // the entry's bytes: the stream ends where the entry does
                    }
                }
            }
            Path unzipped = elsewhere.resolve("backprop-lab");
            for (String page : pages()) {
                assertTrue(names.contains("backprop-lab/" + page), zip + " lacks " + page);
            }
            String folder = unzipped.toUri().toString();
            for (String page : pages()) {
                load(unzipped.resolve(page).toUri().toString());
                assertWorks("unzipped " + page);
                List<String> requests = chromium.requests();
                assertFalse(requests.isEmpty());
                assertTrue(requests.stream().allMatch(u -> u.startsWith(folder)), requests.toString());
                assertNoConsoleErrors("unzipped " + page);
            }
            System.out.println("zip: " + zip.getFileName() + ", " + Files.size(zip) / 1024 + " KB, " + names.size()
                    + " entries; every page (" + pages().size() + ") works from " + unzipped);
        } finally {
            Site.deleteTree(scratch);
        }
    }
}
