package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.playground.ModelFile;
import backproplab.playground.Playground;
import backproplab.state.HashCodec;
import backproplab.text.Fmt;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The playground's share, save/load and PNG export controls, driven in Chromium from file://. */
class PlaygroundShareIT {
    private static Chromium chromium;
    private static final String CONFIG = "activation=tanh&dataset=xor&networkShape=4,2&seed=wiring&learningRate=0.03";

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1280, 900), c -> chromium = c);

    private static void open(String url) {
        chromium.driver.get("about:blank");
        chromium.open(url);
    }

    private static String text(String id) {
        return chromium.driver.findElement(By.id(id)).getText();
    }

    /** The notices' messages (without their × buttons), one after another. */
    private static String notices() {
        return (String) chromium.js("var n = document.getElementById('notices'); return n.hidden ? '' :"
                + " Array.from(n.querySelectorAll('.notice-text'), function (t) { return t.textContent; }).join(' ');");
    }

    private static void steps(int n) {
        for (int i = 0; i < n; i++) {
            chromium.driver.findElement(By.id("stepButton")).click();
        }
        chromium.drawn();
    }

    /** Clicks a download anchor without leaving the page and returns the href it had at that moment. */
    private static String hrefOnClick(String id) {
        return (String) chromium.js("var a = document.getElementById(arguments[0]);"
                + " var stop = function(e) { e.preventDefault(); }; document.addEventListener('click', stop);"
                + " a.click(); document.removeEventListener('click', stop); return a.getAttribute('href');", id);
    }

    private static String waitForFeedback() {
        new WebDriverWait(chromium.driver, java.time.Duration.ofSeconds(5)).until(d -> !text("shareFeedback").isEmpty());
        return text("shareFeedback");
    }

    @Test
    void aCopiedLinkWithTrainedWeightsOpensTheSameTrainedNetworkAtItsEpochCount() {
        open(Site.fileUrl("index.html#" + CONFIG));
        String fresh = text("trainLoss");
        steps(40);
        String trained = text("trainLoss");
        assertNotEquals(fresh, trained);
        chromium.driver.findElement(By.id("withWeightsInput")).click();
        chromium.driver.findElement(By.id("copyLink")).click();
        String feedback = waitForFeedback();
        assertTrue(feedback.equals("Link copied") || feedback.startsWith("Copy the selected link"), feedback);
        String link = (String) chromium.js("return document.getElementById('shareLink').value;");
        assertTrue(link.startsWith(Site.fileUrl("index.html#")) && link.contains("&epochs=40&weights="), link);

        open(link);
        assertEquals(trained, text("trainLoss"));
        assertEquals("000,040", text("epoch"));
        assertEquals("", notices());
        steps(1);
        assertEquals("000,041", text("epoch"), "the count goes on from the link's");

        chromium.driver.findElement(By.id("copyLink")).click(); // without weights: the seeded network
        waitForFeedback();
        open((String) chromium.js("return document.getElementById('shareLink').value;"));
        assertEquals(fresh, text("trainLoss"));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void aModelFileFromTheJvmLoadsAndABrokenOneIsRefusedKeepingTheNetwork() throws IOException {
        Playground trained = new Playground(HashCodec.parse("activation=relu&dataset=circle&networkShape=3&seed=file").state(), 10);
        for (int e = 0; e < 30; e++) {
            trained.epoch();
        }
        Path dir = Site.outputDir("share-it");
        Path good = Files.writeString(dir.resolve("model.json"), ModelFile.write(trained));
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"backprop-lab-model\", \"version\": 1, ");

        open(Site.fileUrl("index.html#" + CONFIG));
        String before = text("trainLoss");
        chromium.driver.findElement(By.id("loadModel")).sendKeys(broken.toAbsolutePath().toString());
        new WebDriverWait(chromium.driver, java.time.Duration.ofSeconds(5)).until(d -> !notices().isEmpty());
        assertEquals("The model file was not loaded. " + ModelFile.read(Files.readString(broken)).error(), notices());
        assertEquals(before, text("trainLoss"));

        chromium.driver.findElement(By.id("loadModel")).sendKeys(good.toAbsolutePath().toString());
        String expected = Fmt.fixed(trained.trainLoss(), 3);
        new WebDriverWait(chromium.driver, java.time.Duration.ofSeconds(5)).until(d -> text("trainLoss").equals(expected));
        assertEquals("000,030", text("epoch"), "the file's epoch count");
        assertEquals("", notices());
        String hash = (String) chromium.js("return location.hash;");
        assertTrue(hash.contains("dataset=circle") && hash.contains("networkShape=3"), hash);

        // Saving gives the same model back.
        String href = hrefOnClick("saveModel");
        assertTrue(href.startsWith("data:application/json"), href);
        String saved = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8);
        ModelFile.Loaded again = ModelFile.read(saved);
        assertTrue(again.ok(), again.error());
        Playground reloaded = new Playground(again.model().state(), 10);
        reloaded.load(again.model());
        assertEquals(expected, Fmt.fixed(reloaded.trainLoss(), 3));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void bothPicturesExportAsPngsOfTheirCanvasSize() {
        open(Site.fileUrl("index.html#" + CONFIG));
        for (String[] pair : new String[][] {{"exportHeatmap", "heatmap"}, {"exportNetwork", "network"}}) {
            String href = hrefOnClick(pair[0]);
            assertTrue(href.startsWith("data:image/png;base64,"), href.substring(0, Math.min(40, href.length())));
            byte[] png = Base64.getDecoder().decode(href.substring(href.indexOf(',') + 1));
            assertEquals(0x89504E47, ByteBuffer.wrap(png, 0, 4).getInt()); // \x89PNG
            long width = ((Number) chromium.js("return document.getElementById(arguments[0]).width;", pair[1])).longValue();
            long height = ((Number) chromium.js("return document.getElementById(arguments[0]).height;", pair[1])).longValue();
            assertTrue(width > 50 && height > 50, width + "×" + height);
            assertEquals(width, ByteBuffer.wrap(png, 16, 4).getInt()); // IHDR width and height
            assertEquals(height, ByteBuffer.wrap(png, 20, 4).getInt());
        }
        assertEquals(List.of(), chromium.consoleErrors());
    }
}
