package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Hints that name keyboard keys ("Keys: → step…", "shift-click") are shown where there is a
 * keyboard and left out on a phone, which has none; the rest of their sentence stays. Hints that
 * say "hover" say "tap" on a phone, where a tap does what hovering does at a desk.
 */
class KeyHintsIT {
    private static Chromium chromium;

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1280, 800), c -> chromium = c);

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

    @Test
    void onAPhoneTheNetworkHintSaysTapAndATapOnAUnitShowsItsFormula() {
        chromium.resize(1280, 800);
        chromium.driver.get("about:blank");
        chromium.open(Site.fileUrl("index.html#networkShape=2&x=true&y=true"));
        WebElement hint = chromium.driver.findElement(By.id("networkHint"));
        assertTrue(hint.getText().startsWith("Click a feature to switch it. Hover a unit for its formula"), hint.getText());
        assertFalse(hint.getText().contains("Tap"), hint.getText());

        chromium.resize(375, 812);
        chromium.drawn();
        assertEquals("Tap a feature to switch it, a unit for its formula, and a line or a bias (small square) to type a new value.",
                hint.getText());
        // a unit is where hovering shows a tooltip and keeps the plain cursor (lines, biases and features get a hand)
        Object at = chromium.js("var c = document.getElementById('network'), r = c.getBoundingClientRect();"
                + "var tip = document.getElementById('tooltip');"
                + "for (var y = 4; y < r.height; y += 4) for (var x = 4; x < r.width; x += 4) {"
                + "  c.dispatchEvent(new MouseEvent('mousemove', {clientX: r.left + x, clientY: r.top + y, bubbles: true}));"
                + "  if (!tip.hidden && c.style.cursor === 'default') {"
                + "    c.dispatchEvent(new MouseEvent('mouseleave', {bubbles: true}));"
                + "    return [r.left + x, r.top + y]; } }"
                + "return null;");
        assertTrue(at instanceof List, "a unit was found on the diagram");
        assertFalse(chromium.driver.findElement(By.id("tooltip")).isDisplayed());
        chromium.js("var p = arguments[0]; document.getElementById('network').dispatchEvent("
                + "new MouseEvent('click', {clientX: p[0], clientY: p[1], bubbles: true}));", at);
        WebElement tip = chromium.driver.findElement(By.id("tooltip"));
        assertTrue(tip.isDisplayed(), "a tap shows the unit's formula");
        assertTrue(tip.getText().contains("\na = Σ w·z + b\n"), tip.getText());
        chromium.resize(1280, 800);
    }
}
