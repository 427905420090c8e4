package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.lessons.Curve1D;
import backproplab.lessons.Descent1D;
import backproplab.nn.Activation;
import backproplab.text.Fmt;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The gradient-descent and activations pages in Chromium from file://, and in HtmlUnit. */
class LessonPagesIT {
    private static Chromium chromium;

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1280, 800), c -> chromium = c);

    @AfterEach
    void noConsoleErrors() {
        List<String> errors = chromium.consoleErrors();
        assertTrue(errors.isEmpty(), errors::toString);
    }

    private static void load(String page) {
        chromium.resize(1280, 800);
        // a fresh document each time: a hash-only change of URL would not reload the page
        chromium.driver.get("about:blank");
        chromium.open(Site.fileUrl(page));
    }

    private static WebElement byId(String id) {
        return chromium.driver.findElement(By.id(id));
    }

    private static String text(String id) {
        return byId(id).getText();
    }

    /** The text as drawn (innerText: after CSS text-transform), with its sub- and superscripts inline. */
    private static String rendered(String id) {
        return (String) chromium.js("return document.getElementById(arguments[0]).innerText;", id);
    }

    private static String toggleLook() {
        return (String) chromium.js("var s = getComputedStyle(document.getElementById('contrast-toggle')); return s.backgroundColor + ' ' + s.color;");
    }

    private static String notices() {
        return (String) chromium.js("var n = document.getElementById('notices'); return n.hidden ? '' : n.textContent;");
    }

    private static String hash() {
        return (String) chromium.js("return location.hash;");
    }

    /** A number as the pages print it: 5 significant digits, a real minus sign. */
    private static String shown(double x) {
        return Fmt.num(x, 5).replace('-', '−');
    }

    private static void typeAlpha(String alpha) {
        WebElement box = byId("alpha-text");
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), alpha, Keys.ENTER);
    }

    private static void screenshots(String name) {
        chromium.resize(375, 812);
        chromium.js("window.scrollTo(0, 0);");
        chromium.screenshot(name + "-375x812");
        assertEquals(375L, chromium.js("return window.innerWidth;"));
        long scrollWidth = (Long) chromium.js("return document.documentElement.scrollWidth;");
        assertTrue(scrollWidth <= 375, name + ": no sideways scrolling on a phone, but " + scrollWidth + " px wide");
        long full = (Long) chromium.js("return document.documentElement.scrollHeight;");
        chromium.resize(375, (int) full + 150);
        chromium.screenshot(name + "-375-full");
        chromium.resize(1280, 800);
        chromium.js("window.scrollTo(0, 0);");
        chromium.screenshot(name + "-1280x800");
        // a classroom projector: full HD, projector mode (remembered, so switched back afterwards)
        chromium.resize(1920, 1080);
        String off = toggleLook();
        byId("contrast-toggle").click();
        assertNotEquals(off, toggleLook(), name + ": the projector-mode button looks pressed when on");
        chromium.screenshot(name + "-projector-1920x1080");
        byId("contrast-toggle").click();
        assertEquals(off, toggleLook());
        chromium.resize(1280, 800);
    }

    // ---- gradient descent ----

    @Test
    void descentPageLoadsFromFileWithTheQuadraticConvergingAndTheSlidesMinimum() {
        load("descent.html");
        assertEquals("", notices());
        assertEquals("0", text("t-value"));
        assertEquals("converging", text("regime"));
        // the slide's example, computed independently of the page by Newton's method in LogisticSurface2D
        assertEquals("minimum L = 4.371 at (w₁, w₂) = (1.279, −0.845)", text("minimum"));
        assertTrue(hash().contains("curve=quadratic"), hash());
        // the panels' headings are set in capitals, but not their maths: L(w) is not L(W), W is a matrix
        assertEquals("ONE WEIGHT: THE LOSS CURVE L(w)", rendered("one-d-title"));
        assertEquals("TWO WEIGHTS: CONTOURS OF THE LOG LOSS L(w1, w2)", rendered("two-d-title"));
        screenshots("descent");
        chromium.js("document.getElementById('two-d').scrollIntoView();");
        chromium.screenshot("descent-2d-1280x800");
    }

    @Test
    void fiveStepsShowTFiveAndTheSameWAsGradientDescentOnTheJvm() {
        load("descent.html");
        for (int i = 0; i < 5; i++) {
            byId("step").click();
        }
        Curve1D quadratic = Curve1D.byId("quadratic");
        Descent1D run = Descent1D.run(quadratic, quadratic.start(), 0.1);
        assertEquals("5", text("t-value"));
        assertEquals(shown(run.w(5)), text("w-value"));
        assertEquals(shown(run.loss(5)), text("loss-value"));
        assertEquals(shown(run.slope(5)), text("slope-value"));
        assertTrue(hash().contains("t=5"), hash());
        assertEquals(5 + 1, chromium.driver.findElements(By.cssSelector("#iterates tr")).size());
    }

    @Test
    void aLearningRateBeyondTwoOverCOnTheQuadraticIsNamedDiverging() {
        load("descent.html");
        double c = Curve1D.byId("quadratic").curvature(0);
        typeAlpha(Fmt.num(2 / c * 1.1, 6));
        assertEquals("diverging", text("regime"));
        assertTrue(text("regime-meaning").contains("runs away"), text("regime-meaning"));
        for (int i = 0; i < 12; i++) {
            byId("step").click();
        }
        chromium.screenshot("descent-diverging-1280x800");
        chromium.resize(375, 812);
        chromium.js("document.getElementById('curve-box').scrollIntoView();");
        chromium.screenshot("descent-diverging-375x812");
        chromium.resize(1280, 800);
        typeAlpha(Fmt.num(1.5 / c, 6)); // between 1/c and 2/c
        assertEquals("oscillating", text("regime"));
        typeAlpha("0.001");
        assertEquals("crawling", text("regime"));
    }

    @Test
    void theSliderSpansCrawlingToDiverging() {
        load("descent.html");
        WebElement slider = byId("alpha-slider");
        slider.sendKeys(Keys.HOME);
        assertEquals("0.001", byId("alpha-text").getAttribute("value"));
        assertEquals("crawling", text("regime"));
        slider.sendKeys(Keys.END);
        assertEquals("3", byId("alpha-text").getAttribute("value"));
        assertEquals("diverging", text("regime"));
    }

    @Test
    void aTypedLearningRateThatIsNotOneShowsANoticeAndKeepsTheOldAlpha() {
        load("descent.html");
        typeAlpha("fast");
        assertTrue(notices().contains("not a learning rate"), notices());
        assertEquals("0.1", byId("alpha-text").getAttribute("value"));
        assertTrue(hash().contains("alpha=0.1&"), hash());
        typeAlpha("0.2");
        assertEquals("", notices());
        assertTrue(hash().contains("alpha=0.2&"), hash());
    }

    @Test
    void theLinkRestoresCurveAlphaStartAndStep() {
        load("descent.html#curve=two-minima&alpha=0.05&w0=1.7&t=3&t2=10");
        assertEquals("", notices());
        assertEquals("two-minima", byId("curve").getAttribute("value"));
        assertEquals("3", text("t-value"));
        Descent1D run = Descent1D.run(Curve1D.byId("two-minima"), 1.7, 0.05);
        assertEquals(shown(run.w(3)), text("w-value"));
        assertEquals("10", text("t2-value"));
    }

    @Test
    void aMangledLinkShowsNoticesAndFallsBackToDefaults() {
        load("descent.html#curve=%%%&alpha=-3&t=many&bogus");
        String n = notices();
        assertTrue(n.contains("curve=%%%"), n);
        assertTrue(n.contains("alpha=-3"), n);
        assertTrue(n.contains("t=many"), n);
        assertTrue(n.contains("bogus"), n);
        assertEquals("quadratic", byId("curve").getAttribute("value"));
        assertEquals("0.1", byId("alpha-text").getAttribute("value"));
        assertEquals("converging", text("regime"));
        chromium.screenshot("descent-mangled-link-1280x800");
    }

    @Test
    void clickingTheCurveSetsTheStartAndClickingTheContoursStartsThePaths() {
        load("descent.html");
        String before = text("w-value");
        new Actions(chromium.driver).moveToElement(byId("curve-canvas"), 80, 0).click().perform();
        assertNotEquals(before, text("w-value"));
        assertEquals("0", text("t-value"));
        assertTrue(hash().contains("w0=" + text("w-value").replace('−', '-')), hash());

        String start = text("start");
        WebElement contours = byId("contour-canvas");
        chromium.js("arguments[0].scrollIntoView();", contours);
        new Actions(chromium.driver).moveToElement(contours, 60, 60).click().perform();
        assertNotEquals(start, text("start"));
        byId("play2").click(); // pause the animation the click started
        assertEquals(3, chromium.driver.findElements(By.cssSelector("#paths tr")).size());
    }

    @Test
    void descentPageRunsInHtmlUnitWithoutScriptErrors() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl("descent.html"))) {
            assertTrue(p.errors.isEmpty(), p.errors::toString);
            assertEquals("converging", p.text("regime"));
            p.page.getElementById("step").click();
            assertEquals("1", p.text("t-value"));
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    // ---- activations ----

    @Test
    void activationsPageLoadsFromFileWithSigmoidAndItsFormula() {
        load("activations.html");
        assertEquals("", notices());
        assertEquals("σ(a) = 1/(1 + e^(−a))", text("formula"));
        assertEquals(8, chromium.driver.findElements(By.cssSelector("#thumbs button.thumb")).size());
        assertEquals("ALL EIGHT, ON THE SAME AXES (a FROM −4 TO 4, z FROM −1.5 TO 3)", rendered("all-title"));
        screenshots("activations");
    }

    @Test
    void theReadoutUnderThePointerIsTheEnginesValue() {
        load("activations.html#fn=gelu&derivative=true");
        new Actions(chromium.driver).moveToElement(byId("act-canvas"), -97, 10).perform();
        String xText = text("readout-x");
        double x = Double.parseDouble(xText.replace('−', '-'));
        assertTrue(x < -0.2, xText); // left of the middle, where the plot shows x = 0
        assertEquals(Fmt.fixed(Activation.GELU.value(x), 4).replace('-', '−'), text("readout-value"));
        assertEquals(Fmt.fixed(Activation.GELU.derivative(x), 4).replace('-', '−'), text("readout-derivative"));
        assertEquals("GELU′(a) = Φ(a) + a·φ(a), φ the standard normal density", text("derivative-formula"));
        chromium.screenshot("activations-gelu-derivative-1280x800");
    }

    @Test
    void theLeakyReluSlopeSliderChangesTheFormulaTheValuesAndTheLink() {
        load("activations.html#fn=leakyrelu");
        assertEquals("LeakyReLU(a) = max(0.1a, a)", text("formula"));
        WebElement slider = byId("slope");
        for (int i = 0; i < 15; i++) {
            slider.sendKeys(Keys.ARROW_RIGHT);
        }
        assertEquals("0.25", text("slope-value"));
        assertEquals("LeakyReLU(a) = max(0.25a, a)", text("formula"));
        assertTrue(hash().contains("slope=0.25"), hash());
        WebElement canvas = byId("act-canvas");
        canvas.click();
        canvas.sendKeys(Keys.HOME); // focus without moving; then step the readout to the left by keys
        double x = Double.parseDouble(text("readout-x").replace('−', '-'));
        for (int i = 0; i < 30; i++) {
            canvas.sendKeys(Keys.ARROW_LEFT);
        }
        double moved = Math.round((x - 3) * 100) / 100.0;
        assertEquals(Fmt.fixed(moved, 2).replace('-', '−'), text("readout-x"));
        assertEquals(Fmt.fixed(Activation.leakyRelu(0.25).value(moved), 4).replace('-', '−'), text("readout-value"));
    }

    @Test
    void tanhShowsItsIdentityWithTheSigmoid() {
        load("activations.html");
        chromium.driver.findElement(By.cssSelector("button.thumb[data-fn='tanh']")).click();
        assertEquals("Identity: tanh(a) = 2σ(2a) − 1", text("identity"));
        assertTrue(hash().contains("fn=tanh"), hash());
        assertEquals("true", chromium.driver.findElement(By.cssSelector("button.thumb[data-fn='tanh']"))
                .getAttribute("aria-pressed"));
    }

    @Test
    void aMangledActivationLinkShowsANoticeAndFallsBackToSigmoid() {
        load("activations.html#fn=swish&derivative=maybe&slope=7");
        String n = notices();
        assertTrue(n.contains("fn=swish"), n);
        assertTrue(n.contains("derivative=maybe"), n);
        assertTrue(n.contains("slope=7"), n);
        assertEquals("σ(a) = 1/(1 + e^(−a))", text("formula"));
        assertFalse(byId("derivative").isSelected());
    }

    @Test
    void activationsPageRunsInHtmlUnitWithoutScriptErrors() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl("activations.html#fn=relu"))) {
            assertTrue(p.errors.isEmpty(), p.errors::toString);
            assertEquals("ReLU(a) = max(0, a)", p.text("formula"));
        }
    }
}
