package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The hidden space in Chromium: the circle's three sigmoid units as a turnable space, a two-unit layer live while training. */
class HiddenSpaceIT {
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

    private static String picture() {
        return (String) c.js("return document.getElementById('hiddenCanvas').toDataURL();");
    }

    private static void openPanel(String hash) {
        c.driver.get("about:blank");
        c.open(Site.fileUrl("index.html" + hash));
        c.driver.findElement(By.cssSelector("#hiddenPanel > summary")).click();
        new WebDriverWait(c.driver, Duration.ofSeconds(10)).until(d -> !text("hiddenText").isEmpty());
        c.js("document.getElementById('hiddenPanel').scrollIntoView();");
        c.drawn();
    }

    @Test
    void theCirclesThreeSigmoidUnitsAreASpaceTheKeysTurn() {
        openPanel(TraceIT.CIRCLE);
        assertTrue(text("hiddenText").startsWith("Each training point at z[1] = (z₁, z₂, z₃)"), text("hiddenText"));
        c.screenshot("hidden-circle-space-1280");
        String before = picture();
        String epoch = text("epoch");
        c.js("document.getElementById('hiddenCanvas').focus();");
        c.driver.findElement(By.id("hiddenCanvas")).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_UP);
        c.drawn();
        c.drawn();
        assertNotEquals(before, picture(), "the arrow keys turn the space");
        assertEquals(epoch, text("epoch"), "and never step the training");
        assertEquals(c.js("return Array.from(document.querySelectorAll('#hiddenText p')).map(p => p.textContent).join(' ');"),
                c.driver.findElement(By.id("hiddenCanvas")).getAttribute("aria-label"), "the picture's text alternative says what it shows");
    }

    @Test
    void aTwoUnitLayerMovesAsTheNetworkTrains() {
        openPanel("#activation=tanh&dataset=xor&networkShape=2&seed=hidden&learningRate=0.1");
        String first = text("hiddenText");
        assertTrue(first.contains("The line is the output unit's a = w·z[1] + b = 0"), first);
        String before = picture();
        c.driver.findElement(By.id("playButton")).click();
        new WebDriverWait(c.driver, Duration.ofSeconds(20)).until(d -> Integer.parseInt(text("epoch").replace(",", "")) >= 200);
        c.driver.findElement(By.id("playButton")).click();
        c.drawn();
        c.drawn();
        assertNotEquals(before, picture(), "the points moved with the weights");
        c.screenshot("hidden-xor-plane-1280");
        c.resize(375, 812);
        c.drawn();
        c.js("document.getElementById('hiddenPanel').scrollIntoView();");
        c.drawn();
        c.screenshot("hidden-xor-plane-375");
        c.resize(1280, 1000);
    }
}
