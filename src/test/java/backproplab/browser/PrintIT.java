package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page printed (CSS print media): its pictures and numbers stay, its navigation and controls go. */
class PrintIT {
    private static Chromium chromium;

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1000, 1400), c -> chromium = c);

    static List<String> pages() {
        return OfflineIT.pages();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void printsThePicturesAndNumbersWithoutControls(String page) {
        chromium.driver.get("about:blank");
        chromium.open(Site.fileUrl(page));
        chromium.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            chromium.drawn();
            @SuppressWarnings("unchecked")
            List<String> controls = (List<String>) chromium.js("var out = [];"
                    + "document.querySelectorAll('nav, button, input[type=range], summary, .site-header').forEach(function (e) {"
                    + "  if (e.getClientRects().length) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')); });"
                    + "return out;");
            assertEquals(List.of(), controls, page + ": controls that would print");
            long canvases = (Long) chromium.js("return [].filter.call(document.querySelectorAll('canvas'),"
                    + " function (c) { return c.getClientRects().length && c.width > 0; }).length;");
            assertTrue(canvases > 0, page + ": no picture prints");
            String text = (String) chromium.js("return document.querySelector('main').innerText;");
            assertTrue(text.matches("(?s).*\\d.*"), page + ": no number prints");
            System.out.println("print " + page + ": " + canvases + " pictures, no control or navigation");
            chromium.screenshot("print-" + page.replace(".html", ""));
        } finally {
            chromium.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
