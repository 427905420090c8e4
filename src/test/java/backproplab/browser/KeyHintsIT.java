package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Hints that name keyboard keys ("Keys: → step…", "shift-click") are shown where there is a
 * keyboard and left out on a phone, which has none; the rest of their sentence stays.
 */
class KeyHintsIT {
    private static Chromium chromium;

    @BeforeAll
    static void open() {
        chromium = new Chromium(1280, 800);
    }

    @AfterAll
    static void close() {
        chromium.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"backprop.html", "index.html#dataset=user"})
    void keyHintsShowAtADeskAndLeaveOnlyTheirSentencesRestOnAPhone(String page) {
        chromium.resize(1280, 800);
        chromium.driver.get("about:blank");
        chromium.open(Site.fileUrl(page));
        List<WebElement> hints = chromium.driver.findElements(By.className("key-hint"));
        assertFalse(hints.isEmpty(), page);
        WebElement sentence = hints.get(0).findElement(By.xpath(".."));
        String hint = (String) chromium.js("return arguments[0].textContent.trim();", hints.get(0));
        String atDesk = sentence.getText();
        assertTrue(atDesk.contains(hint), page + ": " + atDesk);

        chromium.resize(375, 812);
        assertEquals(Boolean.TRUE, chromium.js("return matchMedia('(hover: none) and (pointer: coarse)').matches;"), "a phone is emulated");
        for (WebElement h : hints) {
            assertFalse(h.isDisplayed(), page + ": " + h.getText());
        }
        String onPhone = sentence.getText();
        assertFalse(onPhone.contains(hint), page + ": " + onPhone);
        assertFalse(onPhone.isBlank(), page);
        assertEquals(atDesk.replace(hint, "").replaceAll("\\s", ""), onPhone.replaceAll("\\s", ""), page + ": the rest of the sentence stays");
        chromium.js("arguments[0].scrollIntoView();", sentence);
        chromium.screenshot("key-hints-" + page.substring(0, page.indexOf(".html")) + "-375");
        chromium.resize(1280, 800);
        assertTrue(hints.get(0).isDisplayed(), page + ": back at a desk");
    }
}
