package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page, as it opens, keeps its layout still while its script fills it: the cumulative
 * layout shift (the browser's 'layout-shift' entries from navigation on, without those right
 * after input) stays at most {@link #MOST}, "good" being under 0.1.
 */
class LayoutShiftIT {
    static final double MOST = 0.02;
    private static Chromium chromium;

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1280, 800), c -> chromium = c);

    static List<String> pages() {
        return AccessibilityIT.PAGES;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void thePageDoesNotShiftAsItFills(String page) {
        for (int[] size : new int[][] {{1280, 800}, {375, 812}}) {
            chromium.resize(size[0], size[1]);
            chromium.driver.get("about:blank");
            chromium.open(Site.fileUrl(page));
            Chromium.pause(1000); // shifts after the first frames count too
            @SuppressWarnings("unchecked")
            Map<String, Object> cls = (Map<String, Object>) chromium.driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                    + "new PerformanceObserver(function (list, observer) { observer.disconnect();"
                    + "  var sum = 0, shifts = [];"
                    + "  list.getEntries().forEach(function (e) { if (e.hadRecentInput) return; sum += e.value;"
                    + "    shifts.push(e.value.toFixed(4) + ' at ' + Math.round(e.startTime) + ' ms ' + e.sources.map(function (s) {"
                    + "      var n = s.node; return n ? (n.id ? '#' + n.id : n.nodeName.toLowerCase() + (n.className && n.className.baseVal === undefined ? '.' + n.className : '')) : '?'; }).join(',')); });"
                    + "  done({cls: sum, shifts: shifts}); }).observe({type: 'layout-shift', buffered: true});"
                    + "setTimeout(function () { done({cls: 0, shifts: []}); }, 500);");
            double value = ((Number) cls.get("cls")).doubleValue();
            System.out.println("CLS " + page + " " + size[0] + "px: " + String.format("%.4f", value) + " " + cls.get("shifts"));
            assertTrue(value <= MOST, page + " at " + size[0] + " px shifts by " + value + ": " + cls.get("shifts"));
        }
        chromium.resize(1280, 800);
    }
}
