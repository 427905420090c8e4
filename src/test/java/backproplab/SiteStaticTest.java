package backproplab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * What keeps every page working under {@code Content-Security-Policy: default-src 'self';
 * script-src 'self'; style-src 'self'}, from file:// and without a network, checked in the
 * sources so that it cannot regress unnoticed: no inline script, style or event handler, no
 * resource from another site, no eval in the compiled script, no HTML built from strings.
 */
class SiteStaticTest {
    private static final Path WEBAPP = Path.of("webapp");
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)\\b([^>]*)>");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-zA-Z:-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)");

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        }
    }

    /** Every problem found in one page, each a line naming the file and what to change. */
    static List<String> problems(String name, String html) {
        List<String> found = new ArrayList<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            if (!script.group(2).isBlank() || !script.group(1).contains("src=")) {
                found.add(name + ": an inline <script> (move it into a .js file)");
            }
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String element = tag.group(1).toLowerCase();
            if (element.equals("style")) {
                found.add(name + ": a <style> block (move it into css/)");
            }
            Matcher a = ATTRIBUTE.matcher(tag.group(2));
            while (a.find()) {
                String attribute = a.group(1).toLowerCase();
                String value = a.group(2).replaceAll("^[\"']|[\"']$", "").trim().toLowerCase();
                if (attribute.equals("style")) {
                    found.add(name + ": style=\"…\" on <" + element + "> (use a class)");
                } else if (attribute.startsWith("on")) {
                    found.add(name + ": " + attribute + "= on <" + element + "> (add the listener from the script)");
                } else if (value.startsWith("javascript:")) {
                    found.add(name + ": a javascript: URL on <" + element + ">");
                } else if ((attribute.equals("src") || attribute.equals("srcset") || attribute.equals("poster")
                        || attribute.equals("data") || (attribute.equals("href") && element.equals("link")))
                        && (value.startsWith("http:") || value.startsWith("https:") || value.startsWith("//"))) {
                    found.add(name + ": <" + element + " " + attribute + "=\"" + value + "\"> loads from another site (copy it into webapp/)");
                }
            }
        }
        return found;
    }

    @Test
    void theCheckFindsEachKindOfViolation() {
        String bad = "<script>alert(1)</script><script src=\"a.js\">x()</script><style>p{}</style>"
                + "<p style=\"color:red\" onclick=\"f()\"><a href=\"javascript:f()\">x</a>"
                + "<img src=\"https://cdn.example/x.png\"><link rel=\"stylesheet\" href=\"//fonts.example/f.css\">"
                + "<a href=\"https://example.org\">a link to read elsewhere is fine</a>";
        assertEquals(8, problems("bad.html", bad).size(), problems("bad.html", bad).toString());
        assertEquals(List.of(), problems("good.html", "<script src=\"js/a.js\"></script><p class=\"x\">style=ok onclick</p>"));
    }

    @Test
    void noPageHasInlineScriptStyleHandlersOrRemoteResources() throws IOException {
        List<Path> pages = files(WEBAPP, ".html");
        assertFalse(pages.isEmpty());
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            found.addAll(problems(WEBAPP.relativize(page).toString(), Files.readString(page)));
        }
        assertEquals(List.of(), found);
        System.out.println("Static CSP check: " + pages.size() + " pages clean");
    }

    @Test
    void stylesheetsLoadNothingFromElsewhere() throws IOException {
        for (Path css : files(WEBAPP, ".css")) {
            String text = Files.readString(css);
            assertFalse(text.contains("@import"), css + " uses @import");
            assertFalse(Pattern.compile("url\\(\\s*['\"]?\\s*(https?:|//)").matcher(text).find(), css + " loads a remote url()");
        }
    }

    /**
     * The compiled script and our own small scripts: no eval, no new Function (script-src 'self'
     * refuses both) but for start.js's one probe of whether the page may, which decides for the
     * WebAssembly build (TeaVM's loader of it, in js/backproplab-wasm.js, makes functions from strings).
     */
    @Test
    void noScriptEvaluatesText() throws IOException {
        Path compiled = Path.of(System.getProperty("site.dir", "target/backprop-lab"), "js", "backproplab.js");
        assertTrue(Files.isRegularFile(compiled), compiled + " is missing: TeaVM runs in process-classes, before the tests");
        List<Path> scripts = new ArrayList<>(files(WEBAPP, ".js"));
        scripts.add(compiled);
        Pattern evaluating = Pattern.compile("\\beval\\s*\\(|\\bnew\\s+Function\\b|\\bFunction\\s*\\(|setTimeout\\s*\\(\\s*['\"]"
                + "|setInterval\\s*\\(\\s*['\"]");
        for (Path script : scripts) {
            String text = Files.readString(script);
            if (script.endsWith("start.js")) {
                String probe = "try {\n      return new Function('return true')();\n    } catch (e) {";
                assertEquals(1, text.split(Pattern.quote(probe), -1).length - 1, "start.js probes once, in a try");
                text = text.replace(probe, "");
            }
            Matcher m = evaluating.matcher(text);
            assertFalse(m.find(), script + " evaluates text: " + (m.hitEnd() ? "" : m.group()));
        }
    }

    private static String meta(String html, String attribute, String key) {
        Matcher m = Pattern.compile("<meta " + attribute + "=\"" + Pattern.quote(key) + "\" content=\"([^\"]*)\">").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Ready for a course site: every page says what it is to search engines and link cards
     * (description, Open Graph, Twitter's large card with the page's own preview in webapp/, as
     * large as the tags say), links the web manifest, whose icons are there too, says in a
     * noscript what needs JavaScript, and has one h1 and a skip link to its main content.
     */
    @Test
    void everyPageHasItsCardTagsManifestNoscriptAndSkipLink() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : files(WEBAPP, ".html")) {
            String name = page.getFileName().toString().replace(".html", "");
            String html = Files.readString(page);
            String title = html.replaceAll("(?s).*<title>(.*?)</title>.*", "$1");
            String description = meta(html, "name", "description");
            if (description == null || description.length() < 50 || description.length() > 160) {
                found.add(name + ": a meta description of 50 to 160 characters, not " + description);
            }
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("og:type", "website");
            expected.put("og:title", title);
            expected.put("og:description", description);
            expected.put("og:image", "preview-" + name + ".png");
            expected.put("og:image:width", "1200");
            expected.put("og:image:height", "630");
            for (Map.Entry<String, String> e : expected.entrySet()) {
                if (!Objects.equals(e.getValue(), meta(html, "property", e.getKey()))) {
                    found.add(name + ": <meta property=\"" + e.getKey() + "\" content=\"" + e.getValue() + "\">");
                }
            }
            if (!"summary_large_image".equals(meta(html, "name", "twitter:card"))
                    || !("preview-" + name + ".png").equals(meta(html, "name", "twitter:image"))) {
                found.add(name + ": twitter:card summary_large_image with twitter:image preview-" + name + ".png");
            }
            Path preview = WEBAPP.resolve("preview-" + name + ".png");
            BufferedImage image = Files.isRegularFile(preview) ? ImageIO.read(preview.toFile()) : null;
            if (image == null || image.getWidth() != 1200 || image.getHeight() != 630) {
                found.add(name + ": " + preview + " 1200×630 (mvn package -DskipTests exec:java@images)");
            }
            if (!html.contains("<link rel=\"manifest\" href=\"manifest.webmanifest\">")) {
                found.add(name + ": <link rel=\"manifest\" href=\"manifest.webmanifest\">");
            }
            if (!Pattern.compile("<noscript><p class=\"noscript\">[^<]*JavaScript[^<]*</p></noscript>").matcher(html).find()) {
                found.add(name + ": a <noscript> line saying what needs JavaScript");
            }
            Matcher main = Pattern.compile("<main\\b[^>]*\\bid=\"([^\"]+)\"").matcher(html);
            if (!main.find() || !html.contains("<a class=\"skip-link\" href=\"#" + main.group(1) + "\">")) {
                found.add(name + ": a skip link, <a class=\"skip-link\" href=\"#ID\">, to <main id=\"ID\">");
            }
            if (html.split("<h1[ >]", -1).length != 2) {
                found.add(name + ": one <h1>");
            }
        }
        String manifest = Files.readString(WEBAPP.resolve("manifest.webmanifest"));
        Matcher icon = Pattern.compile("\"src\": \"([^\"]+)\", \"sizes\": \"([^\"]+)\"").matcher(manifest);
        int icons = 0;
        while (icon.find()) {
            icons++;
            Path file = WEBAPP.resolve(icon.group(1));
            if (!Files.isRegularFile(file)) {
                found.add("manifest.webmanifest: no " + file);
            } else if (file.toString().endsWith(".png")) {
                BufferedImage image = ImageIO.read(file.toFile());
                if (!icon.group(2).equals(image.getWidth() + "x" + image.getHeight())) {
                    found.add(file + " is " + image.getWidth() + "x" + image.getHeight() + ", the manifest says " + icon.group(2));
                }
            }
        }
        assertEquals(List.of(), found);
        assertTrue(icons >= 3, manifest);
    }

    /** Text from a link, a file or a text box reaches the page through textContent only (Dom, Notices). */
    @Test
    void noPageBuildsHtmlFromStrings() throws IOException {
        Pattern html = Pattern.compile("innerHTML|InnerHTML|outerHTML|OuterHTML|insertAdjacentHTML|document\\.write|createContextualFragment"
                + "|DOMParser|\\beval\\b|new Function");
        List<String> found = new ArrayList<>();
        for (Path java : files(Path.of("src/main/java"), ".java")) {
            List<String> lines = Files.readAllLines(java);
            for (int i = 0; i < lines.size(); i++) {
                if (html.matcher(lines.get(i)).find()) {
                    found.add(java + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
