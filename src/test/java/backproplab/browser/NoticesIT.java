package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The notices above every page (a mangled link, a refused input): each says one thing once, and
 * the student dismisses it with its own × button, by mouse, finger or keyboard.
 */
class NoticesIT {
    /** Two keys no page knows: every page names each of them in a notice. */
    private static final String UNKNOWN_KEYS = "#zzz=1&yyy=2";
    private static Chromium chromium;

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1280, 800), c -> chromium = c);

    @AfterEach
    void consoleStaysEmpty() {
        assertEquals(List.of(), chromium.consoleErrors());
    }

    private static void load(String page) {
        chromium.driver.get("about:blank");
        chromium.open(Site.fileUrl(page));
    }

    private static List<WebElement> notices() {
        return chromium.driver.findElements(By.cssSelector("#notices .notice"));
    }

    private static String messages() {
        return (String) chromium.js("return Array.from(document.querySelectorAll('#notices .notice-text'),"
                + " function (t) { return t.textContent; }).join('\\n');");
    }

    private static boolean noticesHidden() {
        return !chromium.driver.findElement(By.id("notices")).isDisplayed();
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "backprop.html", "perceptron.html", "descent.html", "activations.html"})
    void eachNoticeIsDismissedByItsOwnButtonOnADesktopAndOnAPhone(String page) {
        for (int[] size : new int[][] {{1280, 800}, {375, 812}}) {
            chromium.resize(size[0], size[1]);
            load(page + UNKNOWN_KEYS);
            String where = page + " at " + size[0] + " px";
            List<WebElement> shown = notices();
            assertTrue(shown.size() >= 2, where + ": " + messages());
            assertTrue(messages().contains("zzz") && messages().contains("yyy"), where + ": " + messages());
            for (WebElement notice : shown) {
                WebElement dismiss = notice.findElement(By.className("notice-dismiss"));
                assertEquals("button", dismiss.getTagName(), where);
                assertEquals("Dismiss", dismiss.getAttribute("aria-label"), where);
                assertEquals("×", dismiss.getText(), where);
                assertTrue(dismiss.isDisplayed(), where);
                // a finger's size: at least 32 CSS px each way
                assertTrue(dismiss.getSize().getWidth() >= 32 && dismiss.getSize().getHeight() >= 32, where + ": " + dismiss.getSize());
            }
            chromium.screenshot("notices-" + page.replace(".html", "") + "-" + size[0]);
            while (!notices().isEmpty()) {
                int before = notices().size();
                String first = messages().split("\n")[0];
                notices().get(0).findElement(By.className("notice-dismiss")).click();
                assertEquals(before - 1, notices().size(), where);
                assertFalse(messages().contains(first), where + ": " + messages());
            }
            assertTrue(noticesHidden(), where + ": the empty box goes away");
        }
        chromium.resize(1280, 800);
    }

    @Test
    void theKeyboardReachesTheDismissButtonsAndEnterDismisses() {
        load("index.html#learningRate=abc&dataset=nope&networkShape=x");
        assertEquals(3, notices().size(), messages());
        chromium.js("document.activeElement.blur(); window.focus();");
        Actions keys = new Actions(chromium.driver);
        for (int tab = 0; tab < 20 && !isDismissFocused(); tab++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertTrue(isDismissFocused(), "Tab reaches a notice's × button");
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals(2, notices().size(), messages());
        assertTrue(isDismissFocused(), "the focus moves on to the next notice's button, not back to the page's start");
        keys.sendKeys(Keys.SPACE).perform();
        assertEquals(1, notices().size(), messages());
        keys.sendKeys(Keys.ENTER).perform();
        assertTrue(noticesHidden());
    }

    private static boolean isDismissFocused() {
        return (Boolean) chromium.js("return document.activeElement.classList.contains('notice-dismiss');");
    }

    @Test
    void aMessageIsShownOnceEvenWhenTheLinkGivesItTwice() {
        // the same malformed input twice: the page reports each, the notices show the message once
        load("backprop.html#in=zz,zz,u:6");
        assertEquals(1, notices().size(), messages());
        assertTrue(messages().contains("\"zz\""), messages());
    }
}
