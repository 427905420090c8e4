package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.page.HandBuildLesson;
import backproplab.page.HandBuildLink;
import backproplab.page.HandExercise;
import backproplab.render.HandBuildView;
import backproplab.render.Palette;
import backproplab.render.Style;
import backproplab.render.Viewport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** build.html in Chromium from file://: an exercise solved with the keyboard alone, and one by dragging. */
class HandBuildIT {
    private static Chromium chromium;

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1280, 900), c -> chromium = c);

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = chromium.consoleErrors();
        assertTrue(errors.isEmpty(), errors::toString);
    }

    private static void load(String page) {
        chromium.driver.get("about:blank");
        chromium.open(Site.fileUrl(page));
        waitFor("the verdict", "return document.getElementById('hb-verdict').textContent.length > 0;");
    }

    private static void waitFor(String what, String condition) {
        new WebDriverWait(chromium.driver, Duration.ofSeconds(10)).withMessage(what).until(d -> Boolean.TRUE.equals(chromium.js(condition)));
    }

    private static String verdict() {
        return (String) chromium.js("return document.getElementById('hb-verdict').textContent;");
    }

    /** Presses Tab until the element the script names has the focus. */
    private static void tabTo(String what, String isIt) {
        for (int i = 0; i < 80 && !Boolean.TRUE.equals(chromium.js("var e = document.activeElement; return " + isIt + ";")); i++) {
            new Actions(chromium.driver).sendKeys(Keys.TAB).perform();
        }
        assertTrue(Boolean.TRUE.equals(chromium.js("var e = document.activeElement; return " + isIt + ";")), "Tab never reached " + what);
    }

    /**
     * The keys that solve the triangle from its start, planned on the page's own model: each line
     * turned by [ until its arrow points at the centre, then moved by arrows until it lies between
     * 1.1 and 1.5 from it.
     */
    private static List<String> trianglePlan(HandBuildLesson lesson) {
        List<String> keys = new ArrayList<>();
        for (int j = 0; j < 3; j++) {
            press(lesson, keys, Integer.toString(j + 1));
            for (int k = 0; k < 72 && !facesCentre(lesson, j); k++) {
                press(lesson, keys, "[");
            }
            for (int k = 0; k < 60; k++) {
                double w1 = lesson.weight(1, j, 0);
                double w2 = lesson.weight(1, j, 1);
                double distance = lesson.bias(1, j) / Math.hypot(w1, w2); // a(0, 0) / |w|: the centre's distance, + inside
                if (distance >= 1.1 && distance <= 1.5) {
                    break;
                }
                double sign = distance < 1.1 ? -1 : 1; // too close: move away from the centre, against w
                press(lesson, keys, Math.abs(w1) > Math.abs(w2) ? (sign * w1 > 0 ? "ArrowRight" : "ArrowLeft")
                        : (sign * w2 > 0 ? "ArrowUp" : "ArrowDown"));
            }
        }
        return keys;
    }

    private static boolean facesCentre(HandBuildLesson lesson, int j) {
        double[] p = lesson.anchor(j);
        double w1 = lesson.weight(1, j, 0);
        double w2 = lesson.weight(1, j, 1);
        return -(w1 * p[0] + w2 * p[1]) / (Math.hypot(w1, w2) * Math.hypot(p[0], p[1])) > Math.cos(Math.toRadians(4));
    }

    private static void press(HandBuildLesson lesson, List<String> keys, String key) {
        lesson.keyAction(key, false).run();
        keys.add(key);
    }

    @Test
    void theTriangleIsSolvedWithTheKeyboardAlone() {
        load("build.html#ex=triangle");
        HandBuildLesson plan = new HandBuildLesson(HandExercise.TRIANGLE);
        List<String> keys = trianglePlan(plan);
        plan.gate(2, 0, true);
        assertTrue(plan.solved(), "the plan solves it on the JVM: " + plan.verdict().text());

        tabTo("the plane", "e.id === 'hb-plane'");
        for (String key : keys) {
            new Actions(chromium.driver).sendKeys(switch (key) {
                case "ArrowLeft" -> Keys.ARROW_LEFT.toString();
                case "ArrowRight" -> Keys.ARROW_RIGHT.toString();
                case "ArrowUp" -> Keys.ARROW_UP.toString();
                case "ArrowDown" -> Keys.ARROW_DOWN.toString();
                default -> key;
            }).perform();
        }
        assertTrue(verdict().startsWith("14 points still wrong"), verdict());
        tabTo("ŷ's AND button", "e.getAttribute('aria-label') === 'Make ŷ the AND of its inputs'");
        new Actions(chromium.driver).sendKeys(Keys.ENTER).perform();
        waitFor("solved", "return document.getElementById('hb-verdict').textContent.indexOf('Solved') === 0;");
        assertEquals(plan.verdict().text(), verdict());
        assertEquals("#" + HandBuildLink.write(plan), chromium.js("return location.hash;"), "the browser's weights are the JVM's, bit for bit");
        assertTrue(((String) chromium.js("return document.getElementById('hb-plane').getAttribute('aria-label');")).endsWith(plan.verdict().text()));
        assertTrue(((String) chromium.js("return document.getElementById('hb-exercise').selectedOptions[0].textContent;")).startsWith("✓"),
                "the solved exercise is ticked");
        chromium.screenshot("build-triangle-solved-1280");
        chromium.resize(375, 812);
        waitFor("the narrow layout", "return window.innerWidth === 375;");
        chromium.screenshot("build-triangle-solved-375");
        chromium.resize(1280, 900);
    }

    @Test
    void theAndLineIsDraggedIntoPlaceAndABadBoxIsRefused() {
        load("build.html#ex=and");
        double side = ((Number) chromium.js("return document.getElementById('hb-plane').clientWidth;")).doubleValue();
        HandBuildLesson lesson = new HandBuildLesson(HandExercise.AND);
        Viewport view = new HandBuildView(side, side, Style.of(Palette.STANDARD, 1.2), HandExercise.AND).view();
        // the dot to (0.75, 0.75), then the arrow's tip towards (1.1, 1.1): the line x₁ + x₂ = 1.5
        drag(view, lesson.anchor(0), 0.75, 0.75);
        lesson.moveTo(0, 0.75, 0.75); // within a pixel of where the mouse left it: the tip is found there
        drag(view, lesson.tip(0), 1.1, 1.1);
        waitFor("solved by dragging", "return document.getElementById('hb-verdict').textContent.indexOf('Solved') === 0;");
        chromium.screenshot("build-and-dragged-1280");

        String before = (String) chromium.js("return location.hash;");
        byIdType("hb-w-1-0-2", "zzz");
        waitFor("the refusal", "var n = document.getElementById('notices'); return !n.hidden && n.textContent.indexOf('is not a number') >= 0;");
        assertEquals(before, chromium.js("return location.hash;"), "the weights kept");
        byIdType("hb-w-1-0-0", "1");
        byIdType("hb-w-1-0-1", "1");
        byIdType("hb-w-1-0-2", "-1.5");
        lesson.showSolution();
        waitFor("the typed line", "return document.querySelector('#hb-unit-1-0 .hb-formula').textContent === '" + lesson.units().get(0).formula() + "';");
        assertTrue(verdict().startsWith("Solved"), verdict());
    }

    /** Drags from the plane point {@code from} to (x1, x2) with the mouse, in the window's coordinates. */
    private static void drag(Viewport view, double[] from, double x1, double x2) {
        List<?> corner = (List<?>) chromium.js("var c = document.getElementById('hb-plane'); c.scrollIntoView({block: 'nearest'});"
                + "var r = c.getBoundingClientRect(); return [r.left, r.top];");
        double left = ((Number) corner.get(0)).doubleValue();
        double top = ((Number) corner.get(1)).doubleValue();
        int fx = (int) Math.round(left + view.sx(from[0]));
        int fy = (int) Math.round(top + view.sy(from[1]));
        int tx = (int) Math.round(left + view.sx(x1));
        int ty = (int) Math.round(top + view.sy(x2));
        new Actions(chromium.driver).moveToLocation(fx, fy).clickAndHold().moveToLocation((fx + tx) / 2, (fy + ty) / 2)
                .moveToLocation(tx, ty).release().perform();
    }

    private static void byIdType(String id, String text) {
        var box = chromium.driver.findElement(By.id(id));
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
    }
}
