package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.Feature;
import backproplab.playground.Grid;
import backproplab.playground.Playground;
import backproplab.playground.PointTrace;
import backproplab.playground.TraceText;
import backproplab.render.Heatmap;
import backproplab.render.Style;
import backproplab.render.Viewport;
import backproplab.state.HashCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tracing one training point in the playground, in Chromium: every sentence and number the
 * panel shows equals the JVM's trace of the same point, step by step to the update, picked by
 * keyboard and by clicking the point on the output plot.
 */
class TraceIT {
    /** The lecture's circle demo: one hidden layer of 3 sigmoid units. */
    static final String CIRCLE = "#activation=sigmoid&batchSize=10&dataset=circle&learningRate=0.03&networkShape=3&seed=0.31541&x=true&y=true";

    private static Chromium c;

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1280, 1000), opened -> c = opened);

    @AfterEach
    void consoleStaysEmpty() {
        List<String> errors = c.consoleErrors();
        assertTrue(errors.isEmpty(), errors::toString);
    }

    private static String text(String id) {
        return (String) c.js("return document.getElementById(arguments[0]).textContent;", id);
    }

    /** The formulas the panel shows, one per paragraph. */
    @SuppressWarnings("unchecked")
    private static List<String> formulas() {
        return (List<String>) c.js("return Array.from(document.querySelectorAll('#traceFormulas p')).map(p => p.textContent);");
    }

    private static void waitFor(String what, String condition) {
        new WebDriverWait(c.driver, Duration.ofSeconds(10)).withMessage(what).until(d -> Boolean.TRUE.equals(c.js(condition)));
    }

    private static void open(String hash, int epochs) {
        c.driver.get("about:blank");
        c.open(Site.fileUrl("index.html" + hash));
        for (int e = 0; e < epochs; e++) {
            c.driver.findElement(By.id("stepButton")).click();
        }
        c.drawn();
        c.driver.findElement(By.cssSelector("#tracePanel > summary")).click();
        waitFor("the trace opens", "return document.getElementById('traceCount').textContent.length > 0;");
    }

    private static Playground jvm(String hash, int epochs) {
        Playground p = new Playground(HashCodec.parse(hash).state(), 10);
        for (int e = 0; e < epochs; e++) {
            p.epoch();
        }
        return p;
    }

    private static TraceText textOf(Playground p, PointTrace t) {
        Feature[] inputs = p.inputs();
        String[] names = new String[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            names[i] = inputs[i].label();
        }
        return new TraceText(t, names);
    }

    /** The panel shows exactly the JVM's sentences for this step of this point. */
    private static void assertShows(TraceText expected, PointTrace t, int step) {
        assertEquals(expected.pointLine(), text("tracePoint"));
        assertEquals("step " + (step + 1) + " of " + t.steps().size(), text("traceCount"));
        TraceText.View v = expected.view(step);
        assertEquals(v.title(), text("traceTitle"));
        assertEquals(v.formulas(), formulas(), "step " + (step + 1));
        List<String> marked = new ArrayList<>();
        for (int line : TraceText.activeLines(t.step(step))) {
            marked.add(TraceText.ALGORITHM.get(line));
        }
        assertEquals(marked, c.js("return Array.from(document.querySelectorAll('#traceAlgorithm li[aria-current]')).map(l => l.textContent);"));
    }

    /** A key to whatever has the focus, as a student presses it. */
    private static void press(WebElement focused, Keys key) {
        assertTrue(Boolean.TRUE.equals(c.js("return document.activeElement === arguments[0];", focused)), "the focus stays on the button");
        new Actions(c.driver).sendKeys(key).perform();
        c.drawn();
    }

    private static void showPanel() {
        c.js("document.getElementById('network-title').scrollIntoView();");
        c.drawn();
    }

    @Test
    void theCircleDemoTracedByKeyboardToTheUpdateSaysTheEnginesNumbers() {
        open(CIRCLE, 2);
        Playground p = jvm(CIRCLE, 2);
        PointTrace t = p.trace(0);
        TraceText expected = textOf(p, t);
        assertShows(expected, t, 0);
        showPanel();
        c.screenshot("trace-circle-forward-1280");

        WebElement next = c.driver.findElement(By.id("traceStep"));
        next.click();
        c.drawn();
        assertShows(expected, t, 1);
        assertTrue(text("traceLive").startsWith("Step 2 of " + t.steps().size() + ": Forward: layer 1, unit 2."), text("traceLive"));
        int backward = t.steps().indexOf(new PointTrace.Step(PointTrace.Phase.GRADIENT, 1, -1));
        for (int s = 2; s <= backward; s++) {
            press(next, Keys.ARROW_RIGHT);
        }
        assertShows(expected, t, backward);
        c.screenshot("trace-circle-gradient-1280");
        press(next, Keys.END);
        int last = t.steps().size() - 1;
        assertShows(expected, t, last);
        assertEquals("The update", text("traceTitle"));
        assertEquals("true", c.driver.findElement(By.id("traceStep")).getAttribute("aria-disabled"), "no step after the update");
        c.screenshot("trace-circle-update-1280");
        String label = c.driver.findElement(By.id("heatmap")).getAttribute("aria-label");
        assertTrue(label.endsWith(" The traced training point 1 is ringed; the picture shows the network after the traced step."), label);
        assertEquals("000,002", text("epoch"), "tracing trains nothing");

        press(next, Keys.ARROW_DOWN);
        PointTrace second = p.trace(1);
        assertShows(textOf(p, second), second, 0);
        press(next, Keys.HOME);

        // a click on training point 8 of the plot traces it
        int k = 7;
        double x1 = p.data().train().x1[k];
        double x2 = p.data().train().x2[k];
        WebElement heat = c.driver.findElement(By.id("heatmap"));
        double width = ((Number) c.js("return arguments[0].getBoundingClientRect().width;", heat)).doubleValue();
        double side = width - Heatmap.roomRight(Style.playground(false)) - 8;
        Viewport v = Viewport.square(8, 8, side, side, -Grid.DOMAIN, Grid.DOMAIN);
        new Actions(c.driver).moveToElement(heat, (int) Math.round(v.sx(x1) - width / 2),
                (int) Math.round(v.sy(x2) - heat.getSize().getHeight() / 2.0)).click().perform();
        c.drawn();
        int picked = p.trainingPointNear(x1, x2, 12 * 12 / side);
        PointTrace clicked = p.trace(picked);
        assertShows(textOf(p, clicked), clicked, 0);

        // the same point on the backprop page, as a computation graph
        String graph = c.driver.findElement(By.id("traceGraph")).getAttribute("href");
        assertTrue(graph.contains("backprop.html#view=mlp&net=2,3,1&act=sigmoid&out=tanh&loss=squared"), graph);

        // playing closes the trace: the weights move every frame
        c.driver.findElement(By.id("playButton")).click();
        waitFor("the trace closes", "return !document.getElementById('tracePanel').open;");
        c.driver.findElement(By.id("playButton")).click();
    }

    @Test
    void theSpiralsThreeLayersTraceToTheUpdateOnAPhoneAndAProjector() {
        open(PlaygroundIT.SPIRAL, 3);
        Playground p = jvm(PlaygroundIT.SPIRAL, 3);
        PointTrace t = p.trace(0);
        TraceText expected = textOf(p, t);
        WebElement next = c.driver.findElement(By.id("traceStep"));
        c.js("arguments[0].focus();", next);
        double slowest = 0;
        for (int s = 1; s < t.steps().size(); s++) {
            double ms = ((Number) c.js("var t = performance.now(); document.getElementById('traceStep').click();"
                    + " return performance.now() - t;")).doubleValue();
            c.drawn();
            slowest = Math.max(slowest, ms);
            assertShows(expected, t, s);
        }
        System.out.printf("trace: the spiral's %d steps, the slowest handled in %.1f ms%n", t.steps().size(), slowest);
        assertFalse(c.driver.findElement(By.id("traceGraph")).isDisplayed(), "no graph link for 8,8,8");
        assertTrue(text("traceGraphNote").startsWith("This network has " + t.traced.parameterCount() + " weights and biases"), text("traceGraphNote"));
        assertFalse(formulas().isEmpty());

        c.resize(375, 812);
        c.drawn();
        press(next, Keys.HOME);
        for (int s = 0; s < 24; s++) {
            press(next, Keys.ARROW_RIGHT);
        }
        assertShows(expected, t, 24);
        c.js("document.getElementById('traceTitle').scrollIntoView({block: 'center'});");
        c.drawn();
        c.screenshot("trace-spiral-375");
        assertTrue(Boolean.TRUE.equals(c.js("return document.documentElement.scrollWidth <= window.innerWidth;")),
                "nothing wider than the phone's screen");

        c.resize(1920, 1080);
        c.driver.findElement(By.id("contrast-toggle")).click();
        c.js("arguments[0].focus();", next);
        c.drawn();
        press(next, Keys.END);
        assertShows(expected, t, t.steps().size() - 1);
        showPanel();
        c.screenshot("trace-spiral-projector-1920");
        c.driver.findElement(By.id("contrast-toggle")).click(); // projector mode is remembered: back to normal
        c.resize(1280, 1000);
    }

    @Test
    void theAddressKeepsTheTraceAndReopensItInACoursePagesFrame() {
        open(CIRCLE, 0);
        WebElement next = c.driver.findElement(By.id("traceStep"));
        c.js("arguments[0].focus();", next);
        press(next, Keys.ARROW_DOWN);
        press(next, Keys.ARROW_DOWN);
        for (int s = 0; s < 4; s++) {
            press(next, Keys.ARROW_RIGHT);
        }
        String hash = (String) c.js("return location.hash;");
        assertTrue(hash.endsWith("&trace=3.5"), hash);

        c.driver.get("about:blank");
        c.open(Site.fileUrl("index.html" + hash + "&embed=true"));
        waitFor("the linked trace opens", "return document.getElementById('tracePanel').open"
                + " && document.getElementById('traceCount').textContent.length > 0;");
        Playground p = jvm(CIRCLE, 0);
        PointTrace t = p.trace(2);
        assertShows(textOf(p, t), t, 4);
        c.js("document.getElementById('tracePanel').scrollIntoView();");
        c.drawn();
        c.screenshot("trace-circle-embed-1280");
        c.driver.findElement(By.id("traceGraph")).click();
        c.started();
        assertTrue(((String) c.js("return location.pathname;")).endsWith("backprop.html"));
        assertEquals("", c.js("var n = document.getElementById('notices'); return n.hidden ? '' : n.textContent;"),
                "the backprop page takes the traced network without a notice");
        c.screenshot("trace-circle-graph-1280");

        c.driver.get("about:blank");
        c.open(Site.fileUrl("index.html" + CIRCLE + "&trace=999.1"));
        waitFor("the notice", "return document.getElementById('notices').textContent.indexOf('training point 999') >= 0;");
        assertFalse(Boolean.TRUE.equals(c.js("return document.getElementById('tracePanel').open;")), "no trace opens");
    }
}
