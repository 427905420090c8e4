package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.playground.CrossCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The compiled page computes what the JVM computes: the same link gives the same data (byte
 * for byte) and the same training trajectory, in HtmlUnit (Rhino, the JavaScript build) and in
 * Chromium (V8), with both builds there: WebAssembly GC and JavaScript.
 */
class CrossPlatformIT {
    static final int EPOCHS = 50;

    /** Lecture demos and the harder configurations: every activation family, loss, optimiser. */
    static final String[] LINKS = {
        "#activation=tanh&batchSize=10&dataset=circle&learningRate=0.03&networkShape=4,2&seed=0.59704&percTrainData=50&noise=0",
        "#activation=relu&regularization=L2&regularizationRate=0.001&batchSize=10&dataset=spiral&learningRate=0.03&networkShape=8,8,8&seed=lecture&noise=10",
        "#activation=sigmoid&dataset=circle&learningRate=0.1&networkShape=3&seed=abc&loss=log&optimizer=adam",
        "#activation=gelu&dataset=xor&learningRate=0.01&networkShape=5,3&seed=x&optimizer=momentum&xTimesY=true&sinX=true&cosY=true&regularization=L1&regularizationRate=0.003",
        "#activation=silu&problem=regression&regDataset=reg-gauss&learningRate=0.01&networkShape=6&seed=r&noise=20",
        "#activation=leakyrelu&leakySlope=0.2&dataset=gauss&networkShape=&seed=g&noise=30&xSquared=true&ySquared=true",
    };

    static Path checkPage() throws IOException {
        Path dir = Files.createDirectories(Site.dir().resolve("../cross-check").normalize());
        Path page = dir.resolve("check.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body data-page=\"check\">"
                + "<pre id=\"result\" data-epochs=\"" + EPOCHS + "\"></pre>"
                + "<script src=\"../" + Site.fromBeside("js/start.js") + "\"></script>"
                + "</body></html>");
        return page;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void htmlUnitMatchesTheJvm(int link) throws Exception {
        String url = checkPage().toUri() + LINKS[link];
        try (HtmlUnitPage p = new HtmlUnitPage(url)) {
            assertTrue(p.errors.isEmpty(), p.errors::toString);
            assertEquals("js", p.page.getDocumentElement().getAttribute("data-build"), "HtmlUnit has no WebAssembly");
            compare(CrossCheck.report(LINKS[link], EPOCHS), p.text("result"), "HtmlUnit");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void chromiumMatchesTheJvm(String build) throws Exception {
        try (Chromium c = new Chromium(800, 600)) {
            for (String link : LINKS) {
                c.driver.get("about:blank"); // from one link to the next is a hash-only change, which would not reload
                assertEquals(build, c.open(checkPage().toUri() + "?build=" + build + link));
                String page = c.driver.findElement(By.id("result")).getAttribute("textContent");
                compare(CrossCheck.report(link, EPOCHS), page, "Chromium, " + build + " build");
            }
            assertTrue(c.consoleErrors().isEmpty(), c.consoleErrors()::toString);
        }
    }

    /**
     * Every line must match exactly: the data's fingerprints and each epoch's loss, bit for bit
     * (the bar is a relative 1e-9; we reach identity by using DetMath for exp and log).
     */
    static void compare(String jvm, String page, String where) {
        assertEquals(jvm, page.trim() + "\n", where + " computed something else than the JVM");
        int numbers = jvm.split("\n").length - 1;
        System.out.println(where + ": " + numbers + " of " + numbers + " numbers bit-identical");
    }
}
