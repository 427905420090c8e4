package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmokeIT {
    @Test
    void playgroundStartsInHtmlUnit() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl("index.html"))) {
            assertEquals("page: playground", p.text("status"));
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void playgroundStartsInChromium() {
        try (Chromium c = new Chromium(1280, 800)) {
            c.driver.get(Site.fileUrl("index.html"));
            assertEquals("page: playground", c.driver.findElement(org.openqa.selenium.By.id("status")).getText());
            assertTrue(c.consoleErrors().isEmpty());
            c.screenshot("smoke");
        }
    }
}
