package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Pages in iframes of a course page ({@code embed}): chrome hidden, panels chosen, each frame on its own. */
class EmbedIT {
    private static Chromium chromium;
    private static final String XOR = "activation=tanh&dataset=xor&networkShape=4,2&seed=frame1&learningRate=0.03";
    private static final String SPIRAL = "activation=relu&dataset=spiral&networkShape=6,6&seed=frame2&learningRate=0.03";

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(800, 900), c -> chromium = c);

    private static String notices() {
        return (String) chromium.js("var n = document.getElementById('notices'); return !n || n.hidden ? '' : n.textContent;");
    }

    private static boolean shown(String selector) {
        return chromium.driver.findElement(By.cssSelector(selector)).isDisplayed();
    }

    @Test
    void twoEmbeddedPlaygroundsTrainIndependentlyWithoutTheSiteChrome() throws IOException {
        Path wrapper = Site.dir().getParent().resolve("embed-wrapper.html");
        Files.writeString(wrapper, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A course page</title></head>"
                + "<body style=\"margin:0\"><p>Lecture 3: try the network.</p>"
                + "<iframe id=\"a\" src=\"" + Site.fromBeside("index.html#") + XOR.replace("&", "&amp;") + "&amp;embed=true\" width=\"380\" height=\"720\"></iframe>"
                + "<iframe id=\"b\" src=\"" + Site.fromBeside("index.html#") + SPIRAL.replace("&", "&amp;") + "&amp;embed=output\" width=\"380\" height=\"720\"></iframe>"
                + "</body></html>");
        chromium.driver.get(wrapper.toUri().toString());

        chromium.driver.switchTo().frame("a");
        chromium.started();
        assertEquals(Boolean.TRUE, chromium.js("return document.documentElement.classList.contains('embed');"));
        assertFalse(shown(".site-header"));
        assertFalse(shown(".explain"));
        assertTrue(shown(".open-in-lab"));
        String openHref = chromium.driver.findElement(By.cssSelector(".open-in-lab")).getAttribute("href");
        assertTrue(openHref.contains("dataset=xor") && !openHref.contains("embed"), openHref);
        assertEquals("_blank", chromium.driver.findElement(By.cssSelector(".open-in-lab")).getAttribute("target"));
        assertTrue(shown(".pg-data") && shown(".pg-network") && shown(".pg-output") && shown(".pg-bar"));
        assertEquals("", notices());
        assertTrue(((String) chromium.js("return location.hash;")).contains("embed=true")); // kept when the page rewrites its link
        chromium.driver.findElement(By.id("playButton")).click();
        new WebDriverWait(chromium.driver, Duration.ofSeconds(10))
                .until(d -> !chromium.driver.findElement(By.id("epoch")).getText().equals("000,000"));
        chromium.driver.switchTo().defaultContent();

        chromium.driver.switchTo().frame("b");
        chromium.started();
        assertEquals("", notices());
        assertTrue(shown(".pg-output"));
        assertFalse(shown(".pg-network"));
        assertFalse(shown(".pg-data"));
        assertFalse(shown(".pg-bar"));
        assertEquals("000,000", chromium.driver.findElement(By.id("epoch")).getAttribute("textContent"));
        chromium.driver.switchTo().defaultContent();

        chromium.screenshot("embed-two-frames");
        chromium.driver.switchTo().frame("a");
        chromium.driver.findElement(By.id("playButton")).click(); // pause
        chromium.driver.switchTo().defaultContent();
        assertEquals(List.of(), chromium.consoleErrors());
    }

    /**
     * A course page's low frame (800×450, 600×400): the training bar is one compact line, its
     * settings folded behind their summary, so that the output picture starts well inside the
     * frame and fits its height; the settings are a click away and the buttons keep a finger's size.
     */
    @Test
    void inALowFrameTheControlsAreCompactAndThePictureShows() throws IOException {
        for (int[] frame : new int[][] {{800, 450}, {600, 400}}) {
            String name = "embed-" + frame[0] + "x" + frame[1];
            Path wrapper = Site.dir().getParent().resolve(name + ".html");
            Files.writeString(wrapper, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A course page</title></head>"
                    + "<body style=\"margin:0\"><iframe id=\"f\" src=\"" + Site.fromBeside("index.html#") + XOR.replace("&", "&amp;")
                    + "&amp;embed=true\" width=\"" + frame[0] + "\" height=\"" + frame[1] + "\"></iframe></body></html>");
            chromium.driver.get(wrapper.toUri().toString());
            chromium.driver.switchTo().frame("f");
            chromium.started();
            double bar = ((Number) chromium.js("return document.querySelector('.pg-bar').getBoundingClientRect().height;")).doubleValue();
            double heatTop = ((Number) chromium.js("return document.getElementById('heatmap').getBoundingClientRect().top;")).doubleValue();
            double heatHeight = ((Number) chromium.js("return document.getElementById('heatmap').getBoundingClientRect().height;")).doubleValue();
            System.out.println(name + ": training bar " + bar + " px, heatmap from " + heatTop + " px, " + heatHeight + " px high");
            assertTrue(bar <= frame[1] / 6.0, name + ": the training bar takes " + bar + " px");
            assertTrue(heatTop <= frame[1] - 120, name + ": the picture starts at " + heatTop + " px");
            assertTrue(heatHeight <= frame[1], name + ": the picture is " + heatHeight + " px high");
            for (String id : new String[] {"resetButton", "playButton", "stepButton"}) {
                assertTrue(chromium.driver.findElement(By.id(id)).getSize().getHeight() >= 32, name + ": #" + id);
            }
            assertFalse(shown("#learningRateInput"), name + ": the settings are folded");
            chromium.driver.switchTo().defaultContent();
            chromium.screenshot(name);
            chromium.driver.switchTo().frame("f");
            chromium.driver.findElement(By.cssSelector("#settings > summary")).click();
            assertTrue(shown("#learningRateInput") && shown("#initInput") && shown("#speedInput"), name + ": one click shows the settings");
            chromium.driver.switchTo().defaultContent();
            chromium.screenshot(name + "-settings");
        }
        assertEquals(List.of(), chromium.consoleErrors());
    }

    /** A course page's text column, where the README's {@code width="100%"} frames sit. */
    static final int COLUMN = 760;

    /** The controls that make each page do something; a frame of the page must show them. */
    static final Map<String, List<String>> CONTROLS = Map.of(
            "index.html", List.of("playButton", "stepButton"),
            "backprop.html", List.of("bp-step", "bp-play"),
            "perceptron.html", List.of("pc-step", "pc-run"),
            "descent.html", List.of("step", "play"),
            "activations.html", List.of("fn"),
            "build.html", List.of("hb-reset"));

    /** Every {@code <iframe>} the README prints, as printed (its lines joined). */
    static List<String> readmeSnippets() throws IOException {
        Matcher m = Pattern.compile("<iframe\\s[^>]*>\\s*</iframe>").matcher(Files.readString(Path.of("README.md")));
        List<String> snippets = new ArrayList<>();
        while (m.find()) {
            snippets.add(m.group().replaceAll("\\s*\\n\\s*", " "));
        }
        return snippets;
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The README's iframe snippets pasted into a course page, the host swapped for the built site:
     * each frame loads without a notice, lets the student copy its link, shows the page's play and
     * step controls inside its height, and needs no more height than the snippet gives it.
     */
    @Test
    void theReadmeSnippetsWorkAsPrintedOnACoursePage() throws IOException {
        String host = "https://your.host/backprop-lab/";
        List<String> snippets = readmeSnippets();
        assertTrue(snippets.size() >= 6, snippets.toString());
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>A course page</title></head>"
                + "<body style=\"margin:0\"><main style=\"width:" + COLUMN + "px\"><h1>Lecture 3</h1>");
        for (int i = 0; i < snippets.size(); i++) {
            String snippet = snippets.get(i);
            assertTrue(snippet.contains("src=\"" + host), snippet);
            assertEquals("clipboard-write", attribute(snippet, "allow"), snippet);
            assertEquals("100%", attribute(snippet, "width"), snippet);
            assertTrue(attribute(snippet, "title") != null && attribute(snippet, "src").contains("embed="), snippet);
            page.append("<p>Frame ").append(i).append(":</p>")
                    .append(snippet.replace("<iframe ", "<iframe id=\"f" + i + "\" ").replace(host, Site.fromBeside("")));
        }
        Path course = Site.dir().getParent().resolve("readme-course-page.html");
        Files.writeString(course, page.append("</main></body></html>").toString());
        chromium.driver.get(course.toUri().toString());
        List<String> tooLow = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            String snippet = snippets.get(i);
            String src = attribute(snippet, "src").substring(host.length());
            String name = src.substring(0, src.indexOf('#'));
            int height = Integer.parseInt(attribute(snippet, "height"));
            chromium.driver.switchTo().frame("f" + i);
            chromium.started();
            assertEquals("", notices(), src);
            assertFalse(shown(".site-header"), src);
            assertTrue(shown(".open-in-lab"), src);
            String href = chromium.driver.findElement(By.cssSelector(".open-in-lab")).getAttribute("href");
            assertFalse(href.contains("embed"), href);
            assertTrue(((String) chromium.js("return location.hash;")).contains("embed="), src);
            // the content's own height: scrollHeight is never below the frame's
            long needs = (Long) chromium.js("return Math.ceil(document.documentElement.getBoundingClientRect().height);");
            System.out.println("README frame " + src + ": " + needs + " px of content in " + height + " px");
            for (String id : CONTROLS.get(name)) {
                assertTrue(chromium.driver.findElement(By.id(id)).isDisplayed(), src + ": #" + id + " hidden");
                double bottom = ((Number) chromium.js("return document.getElementById(arguments[0]).getBoundingClientRect().bottom;", id)).doubleValue();
                if (bottom > height) {
                    tooLow.add(src + ": #" + id + " ends at " + bottom + " px, below the frame's " + height);
                }
            }
            if (needs > height) {
                tooLow.add(src + " needs " + needs + " px, the snippet gives " + height);
            }
            chromium.driver.switchTo().defaultContent();
        }
        chromium.screenshot("readme-course-page");
        assertEquals(List.of(), tooLow);
        assertEquals(List.of(), chromium.consoleErrors());
    }
}
