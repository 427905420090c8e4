package backproplab.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.autodiff.GradientCheck;
import backproplab.autodiff.Notation;
import backproplab.autodiff.Program;
import backproplab.autodiff.Trace;
import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Loss;
import backproplab.nn.Network;
import backproplab.playground.GraphLink;
import backproplab.state.HashParams;
import java.util.List;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The backpropagation page from file://: the lecture's worked example from the first node to ∂z/∂u = 750. */
class BackpropPageIT {
    private static final String PAGE = "backprop.html";

    @Test
    void steppingThroughTheWorkedExampleEndsAtDzDuIs750InHtmlUnit() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE))) {
            assertEquals("Step 0 of 9", p.text("bp-progress"));
            HtmlButton step = (HtmlButton) p.page.getElementById("bp-step");
            step.click();
            step.click();
            assertTrue(p.text("bp-now").contains("= 5²"), "the forward step substitutes the operand: " + p.text("bp-now"));
            assertTrue(p.text("bp-now").contains("= 25"), p.text("bp-now"));
            for (int k = 2; k < 9; k++) {
                step.click();
                p.frames(3);
            }
            assertEquals("Step 9 of 9", p.text("bp-progress"));
            String now = p.text("bp-now");
            assertTrue(now.contains("∂z/∂u = 500 + 250 = 750"), now);
            assertTrue(now.contains("∂w/∂u = v = 25"), "the local derivative with its formula: " + now);
            assertTrue(now.contains("∂z/∂w = 10"), "the upstream gradient: " + now);
            assertTrue(p.text("bp-check-rows").contains("750"), p.text("bp-check-rows"));
            assertTrue(p.text("bp-check-rows").contains("✓ yes"), p.text("bp-check-rows"));
            assertTrue(p.page.getUrl().toString().endsWith("#step=9"), p.page.getUrl().toString());
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void aBadExpressionShowsWhereAndKeepsTheOldGraph() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE))) {
            HtmlInput box = (HtmlInput) p.page.getElementById("bp-program");
            box.setValue("z = (a + b * (b + 1; a = 2; b = 1");
            ((HtmlButton) p.page.getElementById("bp-build")).click();
            String message = p.text("bp-error-message");
            assertTrue(message.matches("(?s)expected '\\)' at column \\d+.*"), message);
            int column = Integer.parseInt(message.replaceAll("(?s)^expected '\\)' at column (\\d+).*", "$1"));
            String where = p.text("bp-error-where");
            assertEquals(column, where.split("\n")[1].indexOf('^') + 1, "the caret stands under column " + column);
            assertTrue(!p.page.getElementById("bp-error").hasAttribute("hidden"), "the error box is shown");
            List<String> nodes = options(p);
            assertEquals(List.of("—", "u (input)", "v = u²", "w = u · v", "z = 10 · w"), nodes, "the old graph stays");

            box.setValue("z = (a + b) * (b + 1); a = 2; b = 1");
            ((HtmlButton) p.page.getElementById("bp-build")).click();
            assertTrue(p.page.getElementById("bp-error").hasAttribute("hidden"));
            assertEquals(List.of("—", "a (input)", "b (input)", "t1 = a + b", "t2 = b + 1", "z = t1 · t2"), options(p));
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    private static List<String> options(HtmlUnitPage p) {
        return ((HtmlSelect) p.page.getElementById("bp-node-pick")).getOptions().stream()
                .map(o -> o.getText()).toList();
    }

    @Test
    void editingAnInputUpdatesEveryNumber() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE + "#step=9"))) {
            HtmlInput u = (HtmlInput) p.page.querySelector("input[data-input='u']");
            u.setValue("");
            u.type("2"); // 5 → 2: z = 10u³, dz/du = 30u² = 120
            u.blur(); // the change: the graph takes the number once it is typed
            String now = p.text("bp-now");
            assertTrue(now.contains("∂z/∂u = 80 + 40 = 120"), now);
            assertTrue(p.page.getUrl().toString().contains("in=u:2"), p.page.getUrl().toString());
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void anInputBoxKeepsWhatWasTypedSaysWhatIsWrongAndOnlyANumberReachesTheGraph() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE + "#step=9"))) {
            HtmlInput u = (HtmlInput) p.page.querySelector("input[data-input='u']");
            String[][] typedAndSaid = {
                {"abc", "“abc” is not a number: the graph still uses u = 5."},
                {"1e400", "1e400 is too large for a number (the largest is about 1.8e308): the graph still uses u = 5."},
                {"1,5", "use a point for decimals: 1.5, not 1,5: the graph still uses u = 5."}};
            for (String[] t : typedAndSaid) {
                u.setValue("");
                u.type(t[0]);
                u.blur();
                assertEquals(t[0], u.getValue(), "the box keeps what was typed");
                assertEquals("true", u.getAttribute("aria-invalid"));
                assertEquals(t[1], p.page.getElementById(u.getAttribute("aria-describedby")).getTextContent());
                assertTrue(p.text("bp-now").contains("∂z/∂u = 500 + 250 = 750"), "the graph keeps u = 5: " + p.text("bp-now"));
                assertTrue(!p.page.getUrl().toString().contains("in="), "no partial value in the link: " + p.page.getUrl());
            }
            u.setValue("");
            u.type("2");
            assertTrue(p.text("bp-now").contains("750"), "not while typing: " + p.text("bp-now"));
            u.blur();
            assertEquals("false", u.getAttribute("aria-invalid"));
            assertEquals("", p.page.getElementById(u.getAttribute("aria-describedby")).getTextContent());
            assertTrue(p.text("bp-now").contains("∂z/∂u = 80 + 40 = 120"), p.text("bp-now"));
            assertTrue(p.page.getUrl().toString().contains("in=u:2"), p.page.getUrl().toString());
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void aLinkOpensAtItsStepAndABrokenLinkFallsBackWithANotice() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE + "#step=7"))) {
            assertEquals("Step 7 of 9", p.text("bp-progress"));
            assertTrue(p.text("bp-now").contains("∂z/∂v = 50"), "7 steps taken, the last w → v: " + p.text("bp-now"));
        }
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE + "#expr=z%3D(a%2B&step=x"))) {
            assertEquals("Step 0 of 9", p.text("bp-progress"));
            String notices = p.text("notices");
            assertTrue(notices.contains("not a step number"), notices);
            assertTrue(notices.contains("could not be read"), notices);
            String message = p.text("bp-error-message");
            assertTrue(message.endsWith("The graph below is the lecture's worked example, shown in its place."), message);
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE + "#expr=u%3D5"))) {
            // a mistake of the whole program has no column and no caret
            assertEquals("nothing to compute: write a formula such as z = u^2. The graph below is the lecture's worked "
                    + "example, shown in its place.", p.text("bp-error-message"));
            assertTrue(p.page.getElementById("bp-error-where").hasAttribute("hidden"), "no caret without a place");
            HtmlInput box = (HtmlInput) p.page.getElementById("bp-program");
            box.setValue("z = (a + b * (b + 1; a = 2; b = 1");
            ((HtmlButton) p.page.getElementById("bp-build")).click();
            assertTrue(!p.page.getElementById("bp-error-where").hasAttribute("hidden"), "the caret is back");
            assertTrue(p.text("bp-error-message").endsWith("The graph below is still the previous one."));
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void aValueOutsideTheDomainIsExplainedAndTheCheckCallsItUndefinedUntilTheInputIsFixed() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE + "#expr=z%3Dlog(a)%3Ba%3D-1&step=4"))) {
            assertEquals("Step 4 of 4", p.text("bp-progress"));
            assertTrue(!p.page.getElementById("bp-problem").hasAttribute("hidden"), "the problem is shown by the inputs");
            assertTrue(p.text("bp-problem").contains("log needs a positive argument: a = -1"), p.text("bp-problem"));
            String rows = p.text("bp-check-rows");
            assertTrue(rows.contains("undefined here") && !rows.contains("✗"), rows);
            assertTrue(p.text("bp-check-why").contains("log needs a positive argument: a = -1"), p.text("bp-check-why"));
            ((HtmlButton) p.page.getElementById("bp-reset")).click();
            ((HtmlButton) p.page.getElementById("bp-step")).click();
            ((HtmlButton) p.page.getElementById("bp-step")).click();
            assertTrue(p.text("bp-now").contains("log needs a positive argument"), "at the node's step: " + p.text("bp-now"));

            HtmlInput a = (HtmlInput) p.page.querySelector("input[data-input='a']");
            a.setValue("");
            a.type("2");
            a.blur();
            assertTrue(p.page.getElementById("bp-problem").hasAttribute("hidden"), p.text("bp-problem"));
            assertTrue(p.page.getElementById("bp-check-why").hasAttribute("hidden"));
            ((HtmlButton) p.page.getElementById("bp-end-backward")).click();
            assertTrue(p.text("bp-check-rows").contains("✓ yes"), p.text("bp-check-rows"));
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void aVanishingGradientIsConfirmedWithinTheCentralDifferencesOwnErrorAsTheJvmFindsIt() throws Exception {
        // a saturated tanh: both gradients ≈ 5·10⁻¹⁰, their relative error 10⁻⁴ is rounding, not a mistake
        String program = "z = tanh(6 * a - c); a = 1.812; c = -1.395"; // HtmlUnit reads a '+' in a file URL as a space
        List<GradientCheck.Entry> jvm = GradientCheck.of(Trace.of(Program.compile(program)));
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE + "#expr=" + HashParams.encode(program)))) {
            ((HtmlButton) p.page.getElementById("bp-end-backward")).click();
            String rows = p.text("bp-check-rows");
            assertTrue(rows.contains("✓ yes") && !rows.contains("✗"), rows);
            String why = p.text("bp-check-why");
            for (GradientCheck.Entry e : jvm) {
                assertTrue(e.relativeError() > GradientCheck.TOLERANCE && e.agrees(), e.text());
                assertTrue(rows.contains(e.errorText()), e.errorText() + " in " + rows);
                assertTrue(why.contains(e.symbol() + ": " + e.note()), why);
            }
            assertTrue(why.contains("agrees within the central difference's own error: with numbers up to 12.27"), why);
            assertFalse(p.page.getElementById("bp-check-why").getAttribute("class").contains("bp-warning"),
                    "a note that explains a ✓ is not a warning");
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void theCheckCallsAKinkAKinkAndAPoleUncheckableInsteadOfSayingBackpropIsWrong() throws Exception {
        // relu at 0: backprop's 0 against a central difference of 0.5; max at a tie
        for (String expr : new String[] {"z%3Drelu(a)%3Ba%3D0", "z%3Dmax(a%2C%20b)%3Ba%3D1%3Bb%3D1"}) {
            try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE + "#expr=" + expr))) {
                assertTrue(p.page.getElementById("bp-check-why").hasAttribute("hidden"), "no note before the backward pass");
                ((HtmlButton) p.page.getElementById("bp-end-backward")).click();
                String rows = p.text("bp-check-rows");
                assertTrue(rows.contains("a kink here") && !rows.contains("✗") && !rows.contains("✓"), rows);
                String why = p.text("bp-check-why");
                assertTrue(why.contains("the slope is 0 on the left and 1 on the right; backprop's rule picks"), why);
                assertTrue(p.page.getElementById("bp-check-why").getAttribute("class").contains("bp-warning"));
                assertTrue(!p.page.getElementById("bp-check-why").hasAttribute("hidden"));
                assertTrue(p.errors.isEmpty(), p.errors::toString);
            }
        }
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE + "#expr=z%3D1%2Fb%3Bb%3D0.000001"))) {
            ((HtmlButton) p.page.getElementById("bp-end-backward")).click();
            String rows = p.text("bp-check-rows");
            assertTrue(rows.contains("cannot check here") && !rows.contains("✗") && !rows.contains("✓"), rows);
            assertTrue(p.text("bp-check-why").contains("the check cannot be made this close to where it is undefined"),
                    p.text("bp-check-why"));
            HtmlInput b = (HtmlInput) p.page.querySelector("input[data-input='b']");
            b.setValue("");
            b.type("2"); // away from the pole the check is made again
            b.blur();
            assertTrue(p.text("bp-check-rows").contains("✓ yes"), p.text("bp-check-rows"));
            assertTrue(p.page.getElementById("bp-check-why").hasAttribute("hidden"));
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void theStepFromTheSeedSaysItIsTheLocalDerivativeTimesOne() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE + "#step=6"))) {
            String now = p.text("bp-now");
            assertTrue(now.contains("10 · 1 = 10 (the local derivative times the seed)"), now);
            assertTrue(!now.contains("∂z/∂w · ∂z/∂z"), "no ∂z/∂w = ∂z/∂w · ∂z/∂z to misread: " + now);
            assertTrue(p.text("bp-caption").startsWith("10 · 1 = 10 (the local derivative times the seed)"),
                    p.text("bp-caption"));
            String note = p.text("bp-rule-note");
            assertTrue(note.contains("the seed ∂z/∂z = 1, so the term is just the local derivative ∂(10 · w)/∂w"), note);
            ((HtmlButton) p.page.getElementById("bp-step")).click();
            assertTrue(p.text("bp-now").contains("∂w/∂v · ∂z/∂w = 5 · 10 = 50"), "other steps as before: " + p.text("bp-now"));
            assertTrue(!p.text("bp-rule-note").contains("seed"), p.text("bp-rule-note"));
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void theNetworkViewHighlightsTheAlgorithmLineOfEachStep() throws Exception {
        try (HtmlUnitPage p = new HtmlUnitPage(Site.fileUrl(PAGE + "#view=mlp&step=11"))) {
            assertEquals("Step 11 of 23", p.text("bp-progress"));
            assertTrue(!p.page.getElementById("bp-algo-panel").hasAttribute("hidden"));
            String line = p.page.querySelector("#bp-algo li.bp-now-line").getTextContent();
            assertTrue(line.contains("∂ℓ/∂W[l] = δ[l] (z[l−1])ᵀ") && line.contains("l\u00a0=\u00a02"), line);
            assertTrue(p.text("bp-now").contains("∂ℓ/∂W[2]₂"), p.text("bp-now"));
            ((HtmlButton) p.page.getElementById("bp-end-backward")).click();
            assertTrue(p.page.querySelector("#bp-algo li.bp-now-line").getTextContent().startsWith("∂ℓ/∂b[l]"),
                    "the last step is db[1]");
            assertTrue(p.text("bp-check-rows").contains("∂ℓ/∂W[1]₁₁"), p.text("bp-check-rows"));
            assertTrue(!p.text("bp-check-rows").contains("✗"), "backprop agrees with central differences");
            ((HtmlButton) p.page.getElementById("bp-view-expr")).click();
            assertEquals("Step 0 of 9", p.text("bp-progress"));
            assertTrue(p.page.getElementById("bp-algo-panel").hasAttribute("hidden"));
            assertTrue(p.errors.isEmpty(), p.errors::toString);
        }
    }

    @Test
    void chromiumShowsTheNetworkView() {
        for (int[] size : new int[][] {{1280, 800}, {375, 812}}) {
            try (Chromium c = new Chromium(size[0], size[1])) {
                String tag = size[0] + "x" + size[1];
                c.open(Site.fileUrl(PAGE + "#view=mlp&step=11"));
                Chromium.pause(300);
                // on a phone the graph keeps its legible size and scrolls sideways in its own box, not the page
                Object pageWidths = c.js("var d = document.documentElement; return [d.scrollWidth, d.clientWidth]");
                assertEquals(true, c.js("var d = document.documentElement; return d.scrollWidth <= d.clientWidth"),
                        tag + ": the page does not scroll sideways (scroll width, width: " + pageWidths + ")");
                boolean scrolls = (Boolean) c.js("var w = document.getElementById('bp-canvas-wrap');"
                        + " return w.scrollWidth > w.clientWidth && getComputedStyle(w).overflowX == 'auto'"
                        + " && document.getElementById('bp-canvas').getBoundingClientRect().width > w.clientWidth");
                assertEquals(size[0] < 500, scrolls, tag + ": the graph scrolls in its box only where it must");
                c.js("document.getElementById('bp-progress').scrollIntoView()");
                c.screenshot("backprop-mlp-" + tag);
                c.driver.findElement(By.id("bp-end-backward")).click();
                Chromium.pause(300);
                c.js("document.getElementById('bp-progress').scrollIntoView()");
                c.screenshot("backprop-mlp-finished-" + tag);
                if (scrolls) { // at the end of the forward pass the loss, on the right, comes into sight
                    c.js("document.getElementById('bp-canvas-wrap').scrollLeft = 0");
                    c.driver.findElement(By.id("bp-end-forward")).click();
                    c.drawn();
                    assertTrue(((Number) c.js("return document.getElementById('bp-canvas-wrap').scrollLeft")).doubleValue() > 0,
                            tag + ": the box scrolled to the step's node");
                }
                assertTrue(c.consoleErrors().isEmpty(), c.consoleErrors()::toString);
            }
        }
    }

    /**
     * The playground's "Show as a computation graph" link to a 2 → 3 → 1 tanh network with squared
     * error: at the end of the backward pass the page's ∂ℓ/∂W[1]₂₁ is the engine's dW.
     */
    @Test
    void chromiumOpensAPlaygroundNetworkFromItsLinkWithTheEnginesGradients() {
        Network net = new Network(new int[] {2, 3, 1}, Activation.TANH, Activation.TANH);
        net.init(Init.XAVIER, new Rng(5));
        double[] x = {0.8, -1.5};
        String hash = GraphLink.hash(net, x, new String[] {"x₁", "x₁x₂"}, 0.5, Loss.SQUARED);
        net.zeroGradients();
        net.forward(x);
        net.backward(Loss.SQUARED, new double[] {0.5}, 0);
        String engine = Notation.number(net.dW[1][2]); // W[1]₂₁: unit 2 of layer 1, from x₁
        for (int[] size : new int[][] {{1280, 800}, {375, 812}}) {
            try (Chromium c = new Chromium(size[0], size[1])) {
                String tag = size[0] + "x" + size[1];
                c.open(Site.fileUrl(PAGE + hash));
                c.driver.findElement(By.id("bp-end-backward")).click();
                c.drawn();
                assertEquals("Step 31 of 31", c.driver.findElement(By.id("bp-progress")).getText(), tag);
                Object row = c.js("var rows = document.querySelectorAll('#bp-check-rows tr');"
                        + " for (var i = 0; i < rows.length; i++) { var cells = rows[i].children;"
                        + "   if (cells[0].textContent == '∂ℓ/∂W[1]₂₁') return [cells[1].textContent, cells[4].textContent]; }"
                        + " return null;");
                assertEquals(List.of(engine, "✓ yes"), row, tag + ": the page's ∂ℓ/∂W[1]₂₁ and the engine's dW");
                String about = c.driver.findElement(By.id("bp-mlp-about")).getText();
                assertTrue(about.contains("2 → 3 → 1 network: tanh units, squared error"), about);
                assertEquals("", c.js("return document.getElementById('notices').textContent.trim()"), tag + ": no notices");
                assertTrue(((String) c.js("return location.hash")).contains("net=2,3,1"), "the link keeps the network");
                assertEquals(true, c.js("var d = document.documentElement; return d.scrollWidth <= d.clientWidth"),
                        tag + ": the page does not scroll sideways");
                c.js("document.getElementById('bp-progress').scrollIntoView()");
                c.screenshot("backprop-graphlink-" + tag);
                c.js("document.getElementById('bp-check').scrollIntoView()");
                c.screenshot("backprop-graphlink-check-" + tag);
                assertTrue(c.consoleErrors().isEmpty(), c.consoleErrors()::toString);
            }
        }
    }

    @Test
    void chromiumShowsTheAlgorithmsCurrentLineNumberAndHangsWrappedLines() {
        for (int[] size : new int[][] {{1920, 1080}, {375, 812}}) {
            try (Chromium c = new Chromium(size[0], size[1])) {
                c.open(Site.fileUrl(PAGE + "#view=mlp&step=21"));
                c.js("document.getElementById('bp-algo-panel').scrollIntoView()");
                c.drawn();
                c.screenshot("backprop-algorithm-" + size[0] + "x" + size[1]);
                Object marker = c.js("var li = document.querySelector('#bp-algo li.bp-now-line');"
                        + " return [getComputedStyle(li, '::marker').color, getComputedStyle(li).backgroundColor,"
                        + " Array.prototype.indexOf.call(li.parentNode.children, li) + 1];");
                List<?> m = (List<?>) marker;
                assertEquals(8L, m.get(2), "step 21 is line 8, ∂ℓ/∂W[l]");
                assertTrue(!m.get(0).equals("rgb(255, 255, 255)"), "the number 8. is not white on the page: " + m);
                // each line's wrapped parts start to the right of its first part
                Object wrapped = c.js("var n = 0, bad = [];"
                        + " document.querySelectorAll('#bp-algo li').forEach(function (li) {"
                        + "   var r = document.createRange(); r.selectNodeContents(li);"
                        + "   var rects = r.getClientRects(); var lefts = [];"
                        + "   for (var i = 0; i < rects.length; i++) { if (rects[i].width > 0) lefts.push(rects[i].left); }"
                        + "   var first = lefts[0], tops = 0;"
                        + "   for (var i = 1; i < lefts.length; i++) { n++; if (lefts[i] < first + 4) bad.push(li.textContent); }"
                        + " }); return [n, bad.join(' | ')];");
                List<?> w = (List<?>) wrapped;
                assertEquals("", w.get(1), "wrapped lines that do not hang: " + w);
                if (size[0] == 375) {
                    assertTrue(((Number) w.get(0)).intValue() > 0, "some lines wrap on a phone");
                }
                String font = (String) c.js("return getComputedStyle(document.getElementById('bp-algo')).fontFamily");
                assertTrue(!font.contains("mono"), "the prime of σ′ reads as a prime, not as the monospace apostrophe: " + font);
                assertTrue(c.consoleErrors().isEmpty(), c.consoleErrors()::toString);
            }
        }
    }

    @Test
    void chromiumScrollsALongExpressionSoThatTheCaretIsInSight() {
        String program = "z = a * b + c * d + e * f + a * a + b * b + c * c + d * d + e * e + f * f + (a + b; "
                + "a = 1; b = 2; c = 3; d = 4; e = 5; f = 6";
        for (int[] size : new int[][] {{375, 812}, {1280, 800}}) {
            try (Chromium c = new Chromium(size[0], size[1])) {
                String tag = size[0] + "x" + size[1];
                c.open(Site.fileUrl(PAGE));
                c.js("document.getElementById('bp-program').value = arguments[0];"
                        + " document.getElementById('bp-build').click()", program);
                c.js("document.getElementById('bp-error').scrollIntoView()");
                List<?> r = (List<?>) c.js("var p = document.getElementById('bp-error-where'), t = p.firstChild;"
                        + " var range = document.createRange(); range.setStart(t, t.length - 1); range.setEnd(t, t.length);"
                        + " var caret = range.getBoundingClientRect(), box = p.getBoundingClientRect();"
                        + " return [caret.left >= box.left && caret.right <= box.left + p.clientWidth,"
                        + " p.scrollWidth > p.clientWidth, caret.left, caret.right, box.left, p.clientWidth, p.scrollLeft]");
                assertEquals(true, r.get(0), tag + ": the caret is inside the box (caret, box, scroll): " + r);
                if (size[0] < 500) {
                    assertEquals(true, r.get(1), tag + ": the expression is wider than the box: " + r);
                }
                c.screenshot("backprop-error-caret-" + tag);
                assertTrue(c.consoleErrors().isEmpty(), c.consoleErrors()::toString);
            }
        }
    }

    @Test
    void chromiumStepsWithTheKeyboardAndTakesScreenshots() {
        for (int[] size : new int[][] {{1280, 800}, {375, 812}}) {
            try (Chromium c = new Chromium(size[0], size[1])) {
                String tag = size[0] + "x" + size[1];
                c.open(Site.fileUrl(PAGE + "#step=7"));
                assertEquals("Step 7 of 9", c.driver.findElement(By.id("bp-progress")).getText());
                c.open(Site.fileUrl(PAGE));
                c.reload();
                WebElement canvas = c.driver.findElement(By.id("bp-canvas"));
                new Actions(c.driver).moveToElement(canvas).click().perform();
                for (int k = 0; k < 3; k++) {
                    canvas.sendKeys(Keys.ARROW_RIGHT);
                }
                Chromium.pause(900);
                c.js("document.getElementById('bp-progress').scrollIntoView()");
                assertEquals("Step 3 of 9", c.driver.findElement(By.id("bp-progress")).getText());
                // the focus ring is drawn inside the canvas: its box scrolls sideways and clips anything outside
                String ring = (String) c.js("var e = document.activeElement, s = getComputedStyle(e);"
                        + " return e.id + ' ' + e.matches(':focus-visible') + ' ' + s.outlineStyle + ' '"
                        + " + (parseFloat(s.outlineOffset) + parseFloat(s.outlineWidth))");
                assertEquals("bp-canvas true solid 0", ring, tag + ": focused, ring shown, its style, offset + width");
                c.screenshot("backprop-forward-" + tag);
                for (int k = 3; k < 8; k++) {
                    canvas.sendKeys(Keys.ARROW_RIGHT);
                }
                Chromium.pause(900);
                c.js("document.getElementById('bp-progress').scrollIntoView()");
                c.screenshot("backprop-backward-" + tag);
                canvas.sendKeys(Keys.ARROW_RIGHT);
                Chromium.pause(900);
                c.js("document.getElementById('bp-progress').scrollIntoView()");
                String now = c.driver.findElement(By.id("bp-now")).getText();
                assertTrue(now.contains("∂z/∂u = 500 + 250 = 750"), now);
                c.screenshot("backprop-finished-" + tag);
                canvas.sendKeys(Keys.ARROW_LEFT);
                assertEquals("Step 8 of 9", c.driver.findElement(By.id("bp-progress")).getText());
                assertTrue(c.consoleErrors().isEmpty(), c.consoleErrors()::toString);
            }
        }
    }

    @Test
    void chromiumPlaysTheWorkedExampleToItsEndAndPlaysItAgainFromTheStart() {
        try (Chromium c = new Chromium(1280, 800)) {
            c.open(Site.fileUrl(PAGE + "#step=9"));
            c.js("var s = document.getElementById('bp-speed'); s.value = '4'; s.dispatchEvent(new Event('change'))");
            WebElement play = c.driver.findElement(By.id("bp-play"));
            play.click(); // at the end, Play starts again from nothing computed, and waits a moment before step 1
            assertEquals("Step 0 of 9", c.driver.findElement(By.id("bp-progress")).getText());
            assertEquals("Pause", play.getText());
            assertEquals("true", play.getAttribute("aria-pressed"));
            long until = System.currentTimeMillis() + 10_000;
            while (!c.driver.findElement(By.id("bp-progress")).getText().equals("Step 9 of 9") && System.currentTimeMillis() < until) {
                Chromium.pause(100);
            }
            assertEquals("Step 9 of 9", c.driver.findElement(By.id("bp-progress")).getText());
            assertEquals("Play", play.getText(), "play stops at the end");
            assertEquals("false", play.getAttribute("aria-pressed"));
            assertTrue(c.driver.getCurrentUrl().endsWith("#step=9"), c.driver.getCurrentUrl());
            assertTrue(c.consoleErrors().isEmpty(), c.consoleErrors()::toString);
        }
    }
}
