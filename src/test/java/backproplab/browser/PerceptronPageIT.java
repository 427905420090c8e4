package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.DataKind;
import backproplab.lessons.ClassifierData;
import backproplab.lessons.LinearInputs;
import backproplab.lessons.PerceptronRun;
import backproplab.lessons.PerceptronSettings;
import backproplab.state.HashCodec;
import backproplab.lessons.PerceptronSettings;
import backproplab.page.PerceptronLesson;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

class PerceptronPageIT {
    private static final Pattern CONVERGED = Pattern.compile("Converged after (\\d+) updates");

    @Test
    void loadsInHtmlUnitWithoutScriptErrorsAndShowsTheModel() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl("perceptron.html"))) {
            assertTrue(p.errors.isEmpty(), p.errors::toString);
            assertTrue(p.text("pc-model-formula").startsWith("a = wᵀx + b"), p.text("pc-model-formula"));
            assertEquals("w = (0, 0),   b = 0,   η = 1", p.text("pc-params"));
        }
    }

    /** The page's three first updates are the hand-computed ones of PerceptronRunTest. */
    @Test
    void threeUpdatesInHtmlUnitGiveTheJvmsWeights() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl("perceptron.html"))) {
            for (int k = 0; k < 3; k++) {
                ((org.htmlunit.html.HtmlElement) p.page.getElementById("pc-step")).click();
            }
            PerceptronRun run = new PerceptronRun(new LinearInputs(ClassifierData.PASS_FAIL, false), 1);
            run.update();
            run.update();
            run.update();
            String expected = backproplab.lessons.BiasNotation.SEPARATE.parameters(new double[] {run.w(0), run.w(1)}, run.b());
            assertEquals(expected + ",   η = 1", p.text("pc-params"));
            assertTrue(p.text("pc-count").startsWith("Updates: 3 "), p.text("pc-count"));
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void runToConvergenceInChromiumReportsTheJvmsUpdateCount() {
        PerceptronRun jvm = new PerceptronRun(new LinearInputs(ClassifierData.PASS_FAIL, false), 1);
        assertTrue(jvm.train(PerceptronSettings.MAX_UPDATES));
        try (Chromium c = new Chromium(1280, 800)) {
            c.open(Site.fileUrl("perceptron.html"));
            new Select(c.driver.findElement(By.id("pc-speed"))).selectByValue("2");
            c.driver.findElement(By.id("pc-run")).click();
            WebElement status = c.driver.findElement(By.id("pc-status"));
            new WebDriverWait(c.driver, Duration.ofSeconds(30)).until(d -> CONVERGED.matcher(status.getText()).find());
            Matcher m = CONVERGED.matcher(status.getText());
            assertTrue(m.find());
            assertEquals(jvm.updates(), Integer.parseInt(m.group(1)));
            String hash = (String) c.js("return location.hash");
            assertTrue(hash.contains("t=" + jvm.updates()), hash);
            c.screenshot("perceptron-converged-1280");
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    @Test
    void xorExplainsWhyAndLinksToAWorkingPlayground() {
        try (Chromium c = new Chromium(1280, 800)) {
            c.open(Site.fileUrl("perceptron.html#data=xor"));
            WebElement panel = c.driver.findElement(By.id("pc-xor"));
            assertFalse(panel.isDisplayed());
            for (int e = 0; e < 4; e++) {
                c.driver.findElement(By.id("pc-epoch")).click();
            }
            assertTrue(panel.isDisplayed());
            assertTrue(panel.getText().contains("No line separates XOR's points"), panel.getText());
            String href = c.driver.findElement(By.id("pc-playground")).getAttribute("href");
            String hash = href.substring(href.indexOf('#'));
            HashCodec.Parsed parsed = HashCodec.parse(hash);
            assertTrue(parsed.notices().isEmpty(), parsed.notices()::toString);
            assertEquals(DataKind.XOR, parsed.state().dataset());
            assertEquals(List.of(4), parsed.state().networkShape());
            c.screenshot("perceptron-xor-1280");

            c.driver.findElement(By.id("pc-xor-lift")).click();
            new Select(c.driver.findElement(By.id("pc-speed"))).selectByValue("2");
            c.driver.findElement(By.id("pc-run")).click();
            WebElement status = c.driver.findElement(By.id("pc-status"));
            new WebDriverWait(c.driver, Duration.ofSeconds(20)).until(d -> CONVERGED.matcher(status.getText()).find());
            PerceptronRun jvm = new PerceptronRun(new LinearInputs(ClassifierData.XOR, true), 1);
            assertTrue(jvm.train(PerceptronSettings.MAX_UPDATES));
            assertTrue(status.getText().contains("after " + jvm.updates() + " updates"), status.getText());
            c.screenshot("perceptron-xor-lifted-1280");
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    @Test
    void logisticRegressionOnAPhoneWithTheBiasAbsorbed() {
        try (Chromium c = new Chromium(375, 812)) {
            c.open(Site.fileUrl("perceptron.html#data=passfail&model=logistic&eta=0.001&t=400&bias=absorbed"));
            assertEquals("", c.driver.findElement(By.id("notices")).getText());
            assertTrue(c.driver.findElement(By.id("pc-params")).getText().startsWith("w = ("), "absorbed: b is the last entry of w");
            assertFalse(c.driver.findElement(By.id("pc-params")).getText().contains("b ="));
            assertEquals("Point at a dot (or tap it) to see wᵀx for it.", c.driver.findElement(By.id("pc-point-x")).getText());
            assertTrue(c.driver.findElement(By.id("pc-count")).getText().startsWith("Steps: 400"));
            c.screenshot("perceptron-logistic-375");
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    @Test
    void aMangledLinkShowsANoticeAndTheDefaults() {
        try (Chromium c = new Chromium(375, 812)) {
            c.open(Site.fileUrl("perceptron.html#data=spiral&eta=abc&%E2%82"));
            String notices = c.driver.findElement(By.id("notices")).getText();
            assertTrue(notices.contains("spiral"), notices);
            assertTrue(c.driver.findElement(By.id("pc-params")).getText().startsWith("w = (0, 0)"));
            c.screenshot("perceptron-default-375");
            assertEquals(List.of(), c.consoleErrors());
        }
    }

    @Test
    void stepByStepAndInProjectorMode() {
        try (Chromium c = new Chromium(1920, 1080)) {
            c.open(Site.fileUrl("perceptron.html"));
            for (int k = 0; k < 3; k++) {
                c.driver.findElement(By.id("pc-step")).click();
            }
            PerceptronLesson jvm = new PerceptronLesson(PerceptronSettings.defaults());
            for (int k = 0; k < 3; k++) {
                jvm.next();
            }
            assertEquals(jvm.point().title(), c.driver.findElement(By.id("pc-point-title")).getAttribute("textContent"));
            assertTrue(c.driver.findElement(By.id("pc-point-more")).getText().startsWith("So w ← w + η(y − ŷ)x"));
            c.screenshot("perceptron-third-update-1920");
            c.driver.findElement(By.id("contrast-toggle")).click();
            c.screenshot("perceptron-projector-1920");
            assertEquals(List.of(), c.consoleErrors());
        }
    }
    /** Issue 29, item 3: the link a finished run writes reopens with the same verdict as the run. */
    @Test
    void theLinkOfAConvergedRunReopensConvergedOnAPhone() {
        try (Chromium c = new Chromium(375, 812)) {
            // the run to its end on the JVM says what the link is and what it must say
            PerceptronLesson run = new PerceptronLesson(PerceptronSettings.defaults());
            while (run.hasNext()) {
                run.next();
            }
            assertTrue(run.status().text().startsWith("Converged after "), run.status().text());
            c.open(Site.fileUrl("perceptron.html#" + run.settings().toHash()));
            WebElement status = c.driver.findElement(By.id("pc-status"));
            assertEquals(run.status().text(), status.getText());
            assertEquals("good", status.getAttribute("data-role"));
            assertTrue(c.driver.findElement(By.id("pc-count")).getText().endsWith("on the wrong side now: 0"));
            c.js("arguments[0].scrollIntoView();", c.driver.findElement(By.id("pc-plane")));
            c.screenshot("perceptron-converged-375");

            c.driver.get("about:blank"); // a fresh document: a change of hash alone would not reload the page
            c.open(Site.fileUrl("perceptron.html#data=xor&t=9"));
            WebElement panel = c.driver.findElement(By.id("pc-xor"));
            assertTrue(panel.isDisplayed(), "nine updates are three epochs of XOR");
            c.js("arguments[0].scrollIntoView();", c.driver.findElement(By.id("pc-plane")));
            c.screenshot("perceptron-xor-375");
            assertEquals(List.of(), c.consoleErrors());
        }
    }
}
