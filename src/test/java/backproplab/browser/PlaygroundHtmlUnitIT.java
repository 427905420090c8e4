package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.playground.Playground;
import backproplab.state.HashCodec;
import backproplab.text.Fmt;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;

/** The playground page under HtmlUnit: it loads cleanly, controls change the state and the link, step trains. */
class PlaygroundHtmlUnitIT {
    static final String CIRCLE = "#dataset=circle&networkShape=4,2&activation=tanh&learningRate=0.03&seed=h";

    static HtmlUnitPage open(String hash) throws Exception {
        HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl("index.html" + hash));
        p.frames(1);
        return p;
    }

    static String hash(HtmlUnitPage p) {
        return p.page.getUrl().getRef();
    }

    @Test
    void thePageLoadsWithoutScriptErrorsAndDrawsEveryPanel() throws Exception {
        try (HtmlUnitPage p = open(CIRCLE)) {
            assertTrue(p.errors.isEmpty(), p.errors::toString);
            assertEquals("000,000", p.text("epoch"));
            assertTrue(p.page.getElementById("notices").hasAttribute("hidden"), p.text("notices"));
            assertEquals(9, p.page.querySelectorAll("#datasetChoices button").size());
            assertEquals("true", p.page.querySelector("[data-dataset=circle]").getAttributes().getNamedItem("aria-checked").getNodeValue());
            assertFalse(p.text("trainLoss").equals(Fmt.MISSING), "the figures are shown before training");
        }
    }

    @Test
    void stepAdvancesTheEpochCounterAndTrainsLikeTheJvm() throws Exception {
        String spiral = PlaygroundIT.SPIRAL + "&showTestData=true";
        try (HtmlUnitPage p = open(spiral)) {
            HtmlButton step = p.page.getHtmlElementById("stepButton");
            Playground jvm = new Playground(HashCodec.parse(spiral).state(), 10);
            for (int i = 1; i <= 20; i++) {
                step.click();
                jvm.epoch();
                if (i % 10 == 0) {
                    p.frames(1); // drawing between epochs must not change the training
                    assertEquals("000,0" + i, p.text("epoch"));
                    assertEquals(Fmt.fixed(jvm.trainLoss(), 3), p.text("trainLoss"), "epoch " + i);
                    assertEquals(Fmt.fixed(jvm.testLoss(), 3), p.text("testLoss"), "epoch " + i);
                }
            }
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void changingAControlChangesTheStateAndTheLink() throws Exception {
        try (HtmlUnitPage p = open(CIRCLE)) {
            HtmlSelect rate = p.page.getHtmlElementById("learningRateInput");
            rate.setSelectedAttribute("0.3", true);
            assertTrue(hash(p).contains("learningRate=0.3&"), hash(p));
            HtmlSelect activation = p.page.getHtmlElementById("activationInput");
            activation.setSelectedAttribute("relu", true);
            assertTrue(hash(p).contains("activation=relu"), hash(p));
            ((HtmlInput) p.page.getHtmlElementById("discretizeInput")).click();
            assertTrue(hash(p).contains("discretize=true"), hash(p));
            ((HtmlButton) p.page.getHtmlElementById("addLayer")).click();
            assertTrue(hash(p).contains("networkShape=4,2,2&"), hash(p));
            assertEquals("3", p.text("layerCount"));
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void aLinkWithoutSeedGetsOneWrittenIntoTheLink() throws Exception {
        try (HtmlUnitPage p = open("#dataset=xor")) {
            assertTrue(hash(p).matches(".*&seed=0\\.\\d+&.*"), hash(p));
        }
    }

    @Test
    void markupInALinkIsShownAsTextAndNeverRun() throws Exception {
        try (HtmlUnitPage p = open("#dataset=<img src=x onerror=alert(1)>&noise=<b>x</b>")) {
            assertTrue(p.errors.isEmpty(), p.errors::toString);
            assertEquals(0, p.page.querySelectorAll("#notices img, #notices b").size());
            assertTrue(p.text("notices").contains("<img"), p.text("notices"));
        }
    }

    @Test
    void classroomHideKeysHideTheirControlsAndTheText() throws Exception {
        try (HtmlUnitPage p = open(CIRCLE + "&learningRate_hide=true&playButton_hide=true&xSquared_hide=true&hideText=true")) {
            assertTrue(p.page.getElementById("learningRate").hasAttribute("hidden"));
            assertTrue(p.page.getElementById("playButton").hasAttribute("hidden"));
            assertTrue(p.page.getElementById("explain").hasAttribute("hidden"));
            assertFalse(p.page.getElementById("activation").hasAttribute("hidden"));
        }
    }

    @Test
    void withNoPointsThereIsNoNaNAndStepSaysHowToAddPointsUntilThereAreSome() throws Exception {
        try (HtmlUnitPage p = open("#dataset=user&networkShape=2&seed=h")) {
            assertEquals(Fmt.MISSING, p.text("trainLoss"));
            assertEquals("no test data", p.text("testLoss"));
            HtmlButton step = p.page.getHtmlElementById("stepButton");
            HtmlButton play = p.page.getHtmlElementById("playButton");
            step.click();
            play.click();
            p.frames(2);
            assertEquals("000,000", p.text("epoch"), "nothing to train on");
            assertEquals("false", play.getAttribute("aria-pressed"), "play does not start");
            String notice = p.text("notices");
            assertTrue(notice.contains("no points to train on yet. Click or tap the output picture")
                    && notice.contains("CSV") && !notice.contains("Diverged"), notice);
            assertFalse(p.text("trainLoss").contains("NaN"));

            // one point (through the CSV box): it trains, and there is no test data
            ((org.htmlunit.html.HtmlTextArea) p.page.getHtmlElementById("csvText")).setText("1,2,1");
            ((HtmlButton) p.page.getHtmlElementById("csvApply")).click();
            assertFalse(p.text("notices").contains("no points"), p.text("notices"));
            step.click();
            p.frames(1);
            assertEquals("000,001", p.text("epoch"));
            assertTrue(Double.isFinite(Double.parseDouble(p.text("trainLoss"))), p.text("trainLoss"));
            assertEquals("no test data", p.text("testLoss"));
            assertEquals("100.0% / " + Fmt.MISSING, p.text("accuracy"), "no test points: the same sign as a missing loss");
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void countsOfOneAreSingular() throws Exception {
        try (HtmlUnitPage p = open("#dataset=circle&networkShape=3&speed=1&seed=h")) {
            assertEquals("1 hidden layer", p.text("layerCount") + " " + p.text("layerNoun"));
            assertEquals("Speed 1 epoch/frame", p.text("speed").trim());
            ((HtmlButton) p.page.getHtmlElementById("addLayer")).click();
            assertEquals("2 hidden layers", p.text("layerCount") + " " + p.text("layerNoun"));
        }
    }
}
