package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.playground.Link;
import backproplab.playground.Playground;
import backproplab.state.HashCodec;
import backproplab.text.Fmt;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/** A link with trained weights, made on the JVM, opened by the playground page in Chromium. */
class ShareIT {
    private static Chromium chromium;
    private static final String CONFIG = "activation=tanh&dataset=xor&networkShape=4,2&seed=share&learningRate=0.03";

    @RegisterExtension
    static final OneBrowser BROWSER = new OneBrowser(() -> new Chromium(1280, 800), c -> chromium = c);

    private static String open(String hash) {
        chromium.driver.get("about:blank");
        chromium.open(Site.fileUrl("index.html#" + hash));
        return chromium.driver.findElement(By.id("trainLoss")).getText();
    }

    private static String notices() {
        return (String) chromium.js("var n = document.getElementById('notices'); return n.hidden ? '' : n.textContent;");
    }

    @Test
    void aLinkWithTrainedWeightsOpensTheTrainedNetwork() {
        Playground trained = new Playground(HashCodec.parse(CONFIG).state(), 10);
        for (int e = 0; e < 150; e++) {
            trained.epoch();
        }
        Playground fresh = new Playground(HashCodec.parse(CONFIG).state(), 10);
        String trainedLoss = Fmt.fixed(trained.trainLoss(), 3);
        String freshLoss = Fmt.fixed(fresh.trainLoss(), 3);
        assertNotEquals(trainedLoss, freshLoss); // so the page cannot pass by showing the seeded network

        assertEquals(trainedLoss, open(Link.write(trained, true)));
        assertEquals("", notices());
        assertEquals(freshLoss, open(Link.write(trained, false)));
        assertEquals(List.of(), chromium.consoleErrors());
    }

    @Test
    void brokenWeightsInALinkShowANoticeAndTheSeededNetwork() {
        Playground trained = new Playground(HashCodec.parse(CONFIG).state(), 10);
        trained.epoch();
        String link = Link.write(trained, true);
        Playground fresh = new Playground(HashCodec.parse(CONFIG).state(), 10);
        assertEquals(Fmt.fixed(fresh.trainLoss(), 3), open(link.substring(0, link.length() - 7)));
        assertTrue(notices().contains("The weights in the link could not be used"), notices());
        assertEquals(List.of(), chromium.consoleErrors());
    }
}
