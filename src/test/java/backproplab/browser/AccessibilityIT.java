package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * axe-core (Deque's accessibility engine, MPL-2.0, in src/test/resources/axe-core) over every
 * page as a student meets it: as opened, embedded in a frame ({@code #embed=true}), in Projector
 * mode and on a 375 px phone, and in a few states reached by pressing buttons. Every WCAG 2.2 A
 * and AA rule axe has must find nothing.
 */
class AccessibilityIT {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");
    static final List<String> PAGES = List.of("index.html", "backprop.html", "perceptron.html", "descent.html",
            "activations.html", "build.html");
    /**
     * Violations that only the page's Java can mend, by page and rule, each with what to change;
     * reported on every run and left out of the assertion until then. Empty it as they are fixed.
     */
    static final Map<String, Map<String, String>> WAITING_FOR_JAVA = Map.of();
    private static final String AXE = axeSource();

    private static Chromium chromium;

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1280, 800), c -> chromium = c);

    private static String axeSource() {
        try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe-core/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String page : PAGES) {
            for (String mode : List.of("normal", "embed", "projector", "phone")) {
                cases.add(Arguments.of(page, mode, ""));
            }
        }
        cases.add(Arguments.of("index.html", "normal", "trained"));
        cases.add(Arguments.of("backprop.html", "normal", "view=mlp&step=12"));
        cases.add(Arguments.of("backprop.html", "phone", "view=mlp&step=12"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("cases")
    void axeFindsNoWcagViolation(String page, String mode, String state) {
        chromium.driver.get("about:blank");
        if (mode.equals("phone")) {
            chromium.resize(375, 812);
        } else {
            chromium.resize(1280, 800);
        }
        String hash = state.equals("trained") ? "" : state;
        if (mode.equals("embed")) {
            hash = hash.isEmpty() ? "embed=true" : hash + "&embed=true";
        }
        chromium.open(Site.fileUrl(page) + (hash.isEmpty() ? "" : "#" + hash));
        if (mode.equals("projector")) {
            chromium.driver.findElement(By.id("contrast-toggle")).click();
        }
        if (state.equals("trained")) {
            for (int i = 0; i < 5; i++) {
                chromium.driver.findElement(By.id("stepButton")).click();
            }
        }
        chromium.drawn();
        List<String> violations = new ArrayList<>();
        List<String> waiting = new ArrayList<>();
        Map<String, String> known = WAITING_FOR_JAVA.getOrDefault(page, Map.of());
        for (String v : violations()) {
            String rule = v.substring(0, v.indexOf(' '));
            (known.containsKey(rule) ? waiting : violations).add(v);
        }
        System.out.println("axe " + page + " " + mode + (state.isEmpty() ? "" : " " + state) + ": "
                + violations.size() + " violations" + (violations.isEmpty() ? "" : "\n  " + String.join("\n  ", violations))
                + (waiting.isEmpty() ? "" : "; waiting for the page's Java: " + waiting.stream()
                        .map(w -> w.substring(0, w.indexOf(' ')) + " (" + known.get(w.substring(0, w.indexOf(' '))) + ")")
                        .collect(Collectors.joining("; "))));
        assertEquals(List.of(), violations, page + " " + mode + " " + state);
    }

    /**
     * The first Tab reaches a visible "Skip to the content" link; Enter moves the focus to the
     * page's main content and leaves the address's hash, which holds the page's state, as it was.
     */
    @ParameterizedTest
    @MethodSource("pages")
    void theSkipLinkIsTheFirstTabStopAndKeepsTheLink(String page) {
        chromium.resize(1280, 800);
        chromium.driver.get("about:blank");
        chromium.open(Site.fileUrl(page));
        Object hash = chromium.js("return location.hash;");
        new Actions(chromium.driver).sendKeys(Keys.TAB).perform();
        assertEquals("skip-link", chromium.js("return document.activeElement.className;"), page);
        double top = ((Number) chromium.js("return document.activeElement.getBoundingClientRect().top;")).doubleValue();
        assertTrue(top >= 0, page + ": the focused skip link is out of sight at " + top);
        new Actions(chromium.driver).sendKeys(Keys.ENTER).perform();
        assertEquals("main", chromium.js("return document.activeElement.tagName.toLowerCase();"), page);
        assertEquals(hash, chromium.js("return location.hash;"), page);
    }

    static List<String> pages() {
        return PAGES;
    }

    /** The playground's file buttons are labels over hidden inputs: the label shows the input's keyboard focus. */
    @ParameterizedTest
    @ValueSource(strings = {"loadModel", "importCsv"})
    void aFileButtonShowsItsFocus(String input) {
        chromium.resize(1280, 800);
        chromium.driver.get("about:blank");
        chromium.open(Site.fileUrl("index.html#dataset=user")); // the student's own points: Import CSV shows
        chromium.js("document.querySelector('label[for=' + arguments[0] + ']').scrollIntoView();", input);
        String before = (String) chromium.js("return getComputedStyle(document.querySelector('label[for=' + arguments[0] + ']')).outlineStyle;", input);
        new Actions(chromium.driver).sendKeys(Keys.TAB).perform(); // a key pressed: focus from here on is keyboard focus
        chromium.js("document.getElementById(arguments[0]).focus();", input);
        String after = (String) chromium.js("return getComputedStyle(document.querySelector('label[for=' + arguments[0] + ']')).outlineStyle;", input);
        assertEquals("none", before, input);
        assertEquals("solid", after, input + ": no focus ring on its label");
    }

    /** axe's violations of the page now, one line each: rule, impact, the first elements and why. */
    @SuppressWarnings("unchecked")
    private static List<String> violations() {
        if (!(Boolean) chromium.js("return !!window.axe;")) {
            chromium.js(AXE);
        }
        Map<String, Object> result = (Map<String, Object>) chromium.driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done({violations: r.violations.map(function (v) {"
                + "  return v.id + ' (' + v.impact + ', ' + v.nodes.length + '): ' + v.nodes.slice(0, 3).map(function (n) {"
                + "    return n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160); }).join(' | '); })}); },"
                + " function (e) { done({error: String(e)}); });", TAGS);
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe failed: " + result.get("error"));
        }
        return (List<String>) result.get("violations");
    }
}
