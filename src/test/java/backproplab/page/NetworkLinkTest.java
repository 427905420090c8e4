package backproplab.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.autodiff.Notation;
import backproplab.page.BackpropLesson.CheckRow;
import backproplab.state.NetworkLink;
import backproplab.web.BackpropHash;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The network view opened with a playground's network from its link (state.NetworkLink), and the links it refuses. */
class NetworkLinkTest {
    /** 2 → 3 → 1, tanh everywhere, squared error: W[1] row by row, b[1], W[2], b[2]. */
    private static final double[] W1 = {0.5, -0.25, 1, 0.75, -0.5, 0.125};
    private static final double[] B1 = {0.1, -0.2, 0};
    private static final double[] W2 = {0.8, -0.6, 0.4};
    private static final double B2 = 0.05;
    private static final String TANH_LINK = "#view=mlp&net=2,3,1&act=tanh&out=tanh&loss=squared"
            + "&w=0.5,-0.25,1,0.75,-0.5,0.125,0.1,-0.2,0,0.8,-0.6,0.4,0.05&x=0.5,-1&names=x%E2%82%81,x%E2%82%81x%E2%82%82&y=0.25";

    /** The page's state for {@code hash}, read as the page reads it; the notices of both readers. */
    private static List<String> open(BackpropLesson l, String hash) {
        BackpropHash.Parsed p = BackpropHash.parse(hash);
        BackpropHash h = p.state();
        List<String> notices = new java.util.ArrayList<>(p.notices());
        notices.addAll(l.open(h.program(), h.inputs(), h.network(), h.step(), h.view().equals(BackpropHash.MLP)));
        return notices;
    }

    private static String n(double x) {
        return Notation.number(x);
    }

    private static String atom(double x) {
        return x < 0 ? "(" + n(x) + ")" : n(x);
    }

    private static double tanh(double a) {
        return Math.tanh(a);
    }

    @Test
    void aTanhNetworkWithSquaredErrorSaysItsOwnSentencesAndNumbers() {
        BackpropLesson l = new BackpropLesson();
        assertEquals(List.of(), open(l, TANH_LINK));
        assertTrue(l.network());
        assertEquals("One training example x = (x₁, x₁x₂) with target y through a 2 → 3 → 1 network: tanh units, squared "
                + "error ℓ = ½(z[2] − y)². The weights are the playground's, from the link, and every number comes from its "
                + "network engine. ∂ℓ/∂a[l] is δ[l]; ∂ℓ/∂W[l] and ∂ℓ/∂b[l] are dW and db. With squared error, "
                + "δ[2] = (z[2] − y) · tanh′(a[2]).", l.about());
        assertEquals(List.of(new BackpropLesson.Input("x1", "x₁", "0.5"), new BackpropLesson.Input("x2", "x₁x₂", "-1"),
                new BackpropLesson.Input("y", "y", "0.25")), l.inputs());
        // forward by hand: a[1] = W[1] x + b[1], z[1] = tanh(a[1]), a[2] = W[2] z[1] + b[2], ℓ = ½(z[2] − y)²
        double x1 = 0.5;
        double x2 = -1;
        double y = 0.25;
        double[] a1 = new double[3];
        double[] z1 = new double[3];
        for (int j = 0; j < 3; j++) {
            a1[j] = W1[2 * j] * x1 + W1[2 * j + 1] * x2 + B1[j];
            z1[j] = tanh(a1[j]);
        }
        double a2 = W2[0] * z1[0] + W2[1] * z1[1] + W2[2] * z1[2] + B2;
        double z2 = tanh(a2);
        double loss = 0.5 * (z2 - y) * (z2 - y);
        double d2 = (z2 - y) * (1 - z2 * z2); // δ[2] = (ŷ − y)·tanh′(a[2])
        double[] d1 = new double[3];
        for (int j = 0; j < 3; j++) {
            d1[j] = W2[j] * d2 * (1 - z1[j] * z1[j]);
        }
        assertEquals("Step 0 of 31", l.progress());
        l.goTo(1);
        assertEquals("a[1]₁ = W[1]₁₁·x₁ + W[1]₁₂·x₁x₂ + b[1]₁ = 0.5·0.5 + (-0.25)·(-1) + 0.1 = " + n(a1[0]), l.caption());
        l.goTo(4);
        assertEquals("z[1]₁ = tanh(a[1]₁) = tanh(" + n(a1[0]) + ") = " + n(z1[0]), l.caption());
        l.goTo(9);
        assertEquals("ℓ = ½(z[2] − 0.25)² = ½(" + n(z2) + " − 0.25)² = " + n(loss), l.caption());
        assertEquals("· forward pass", l.phase());
        l.goTo(11);
        assertEquals("local derivative", l.now().terms().get(0).what());
        assertEquals("∂ℓ/∂z[2] = z[2] − 0.25 = " + n(z2 - y), l.now().terms().get(0).text());
        l.goTo(12);
        assertEquals("∂z[2]/∂a[2] · ∂ℓ/∂z[2] = " + n(1 - z2 * z2) + " · " + atom(z2 - y) + " = " + n(d2)
                + "; ∂ℓ/∂a[2] = " + n(d2), l.caption(), "δ[2]");
        assertTrue(l.now().terms().get(0).text().startsWith("∂z[2]/∂a[2] = tanh′(a[2]) = "), l.now().terms().get(0).text());
        l.endOfBackward();
        assertEquals("· backward pass finished", l.phase());
        Map<String, String> byHand = Map.of("∂ℓ/∂W[1]₁₁", n(d1[0] * x1), "∂ℓ/∂W[1]₃₂", n(d1[2] * x2), "∂ℓ/∂b[1]₂", n(d1[1]),
                "∂ℓ/∂W[2]₂", n(d2 * z1[1]), "∂ℓ/∂b[2]", n(d2));
        int found = 0;
        for (CheckRow r : l.checkRows()) {
            if (byHand.containsKey(r.symbol())) {
                assertEquals(byHand.get(r.symbol()), r.backprop(), r.symbol());
                assertEquals("✓ yes", r.mark(), r.symbol());
                found++;
            }
        }
        assertEquals(byHand.size(), found);
        assertEquals(13, l.checkRows().size(), "one row for each weight and bias");
    }

    @Test
    void theLinkWritesTheNetworkBackAndTypedValuesGoIntoItsXAndY() {
        BackpropLesson l = new BackpropLesson();
        open(l, TANH_LINK + "&step=4");
        assertEquals("Step 4 of 31", l.progress());
        assertEquals(Map.of(), l.linkInputs(), "the example is in x= and y=, not in=");
        assertEquals(new BackpropLesson.Typed(null, true), l.type("x2", "2", true));
        assertEquals(new BackpropLesson.Typed(null, true), l.type("y", "-3", true), "squared error takes any target");
        Map<NetworkLink.Key, String> keys = l.linkNetwork();
        assertEquals("0.5,2", keys.get(NetworkLink.Key.X));
        assertEquals("-3", keys.get(NetworkLink.Key.Y));
        assertEquals("x₁,x₁x₂", keys.get(NetworkLink.Key.NAMES));
        String again = new BackpropHash(l.program(), l.linkInputs(), l.step(), BackpropHash.MLP, keys).toHash("");
        BackpropLesson back = new BackpropLesson();
        assertEquals(List.of(), open(back, again));
        assertEquals(l.inputs(), back.inputs());
        assertEquals(l.canvasLabel(), back.canvasLabel(), "the same graph at the same step");
        assertEquals(Map.of(), new BackpropLesson().linkNetwork(), "the lecture's network writes no keys");
    }

    @Test
    void aLogLossNetworkSaysItsDeltaAndTakesOnlyTheLabelsZeroAndOne() {
        BackpropLesson l = new BackpropLesson();
        assertEquals(List.of(), open(l, "#view=mlp&net=1,2,1&act=relu&out=sigmoid&loss=log&w=1,-1,0.5,0,2,1,0.25&x=3&y=0"));
        assertEquals("One training example x = (x) with label y through a 1 → 2 → 1 network: ReLU hidden units and a sigmoid "
                + "output unit, log loss ℓ = −[y log z[2] + (1 − y) log(1 − z[2])]. The weights are the playground's, from the "
                + "link, and every number comes from its network engine. ∂ℓ/∂a[l] is δ[l]; ∂ℓ/∂W[l] and ∂ℓ/∂b[l] are dW and db. "
                + "With log loss on a sigmoid output, δ[2] = z[2] − y: σ′(a[2]) = z[2](1 − z[2]) cancels the loss's "
                + "1 / (z[2](1 − z[2])).", l.about());
        assertEquals(new BackpropLesson.Typed("under log loss the label y is 0 or 1: the graph still uses y = 0.", false),
                l.type("y", "0.5", true));
        assertEquals(new BackpropLesson.Typed(null, true), l.type("y", "1", true));
    }

    @Test
    void fortyParametersAreDrawnAndFortyOneAreNot() {
        BackpropLesson l = new BackpropLesson();
        String w40 = String.join(",", java.util.Collections.nCopies(40, "0.1"));
        assertEquals(List.of(), open(l, "#view=mlp&net=1,13,1&act=tanh&out=linear&loss=squared&w=" + w40 + "&x=1&y=2"));
        assertEquals(40, l.checkRows().size());
        String w41 = String.join(",", java.util.Collections.nCopies(41, "0.1"));
        assertEquals(List.of("This network has 41 weights and biases; the computation graph is drawn for up to 40. "
                + "Showing the lecture's 2 → 2 → 1 example instead."),
                open(l, "#view=mlp&net=3,4,4,1&act=tanh&out=tanh&loss=squared&w=" + w41 + "&x=1,2,3&y=2"));
        assertLecture(l);
    }

    private static void assertLecture(BackpropLesson l) {
        assertTrue(l.network());
        assertEquals("Step 0 of 23", l.progress());
        assertTrue(l.about().startsWith("One training example x = (x₁, x₂) with label y through a 2 → 2 → 1 network"), l.about());
        assertEquals(Map.of(), l.linkNetwork());
    }

    @Test
    void aBrokenNetworkInTheLinkGivesASentenceAndTheLecturesExample() {
        String base = "#view=mlp&net=2,3,1&act=tanh&out=tanh&loss=squared&w=0.5,-0.25,1,0.75,-0.5,0.125,0.1,-0.2,0,0.8,-0.6,0.4,0.05"
                + "&x=0.5,-1&y=0.25";
        String[][] cases = {
            {"w=0.5,-0.25,1", "The link gives 3 weights and biases where a 2 → 3 → 1 network has 13: "},
            {"w=0.5,-0.25,1,0.75,-0.5,0.125,0.1,-0.2,0,0.8,-0.6,NaN,0.05", "The link's weight or bias number 12 (“NaN”) is not a "
                    + "finite number: "},
            {"w=0.5,-0.25,1,0.75,-0.5,0.125,0.1,-0.2,0,0.8,-0.6,1e999,0.05", "The link's weight or bias number 12 (“1e999”) is "
                    + "not a finite number: "},
            {"w=1,,2", "The link's weight or bias number 2 (“”) is not a finite number: "},
            {"x=1", "The link's inputs (x=“1”) are not 2 finite numbers, one for each input of the network: "},
            {"x=1,abc", "The link's inputs (x=“1,abc”) are not 2 finite numbers, one for each input of the network: "},
            {"act=swish", "The link's act=“swish” is not an activation (linear, step, sigmoid, tanh, relu, leakyrelu, silu, gelu): "},
            {"out=", "The link's out=“” is not an activation (linear, step, sigmoid, tanh, relu, leakyrelu, silu, gelu): "},
            {"loss=hinge", "The link's loss=“hinge” is not a loss (squared or log): "},
            {"loss=log", "Log loss needs a sigmoid output, and the link's output is tanh: "},
            {"net=2,3,2", "The link's network ends in 2 output units; the computation graph is drawn for one: "},
            {"net=2,0,1", "The link's net=“2,0,1” is not a list of layer sizes such as 2,3,1: "},
            {"net=2.5,1", "The link's net=“2.5,1” is not a list of layer sizes such as 2,3,1: "},
            {"y=Infinity", "The link's target y=“Infinity” is not a finite number: "},
        };
        for (String[] c : cases) {
            BackpropLesson l = new BackpropLesson();
            String key = c[0].substring(0, c[0].indexOf('=') + 1);
            String link = base.contains("&" + key) ? base.replaceFirst("&" + key + "[^&]*", "&" + c[0]) : base + "&" + c[0];
            assertEquals(List.of(c[1] + "showing the lecture's 2 → 2 → 1 example instead."), open(l, link), link);
            assertLecture(l);
        }
        BackpropLesson l = new BackpropLesson();
        assertEquals(List.of("The link's network has no w= (its weights and biases): showing the lecture's 2 → 2 → 1 example "
                + "instead."), open(l, "#view=mlp&net=2,3,1&act=tanh&out=tanh&loss=squared&x=0.5,-1&y=0.25"));
        assertLecture(l);
        assertEquals(List.of("This network has 100000000020000010000 weights and biases; the computation graph is drawn for up to 40. "
                + "Showing the lecture's 2 → 2 → 1 example instead."),
                open(l, base.replace("net=2,3,1", "net=1e10,1e10,1")));
        assertEquals(List.of("The link's input names (“x₁,x₁”) name two inputs x₁: calling them x₁, x₂."),
                open(l, base + "&names=x%E2%82%81,x%E2%82%81"), "a name changes no number: the network stays");
        assertFalse(l.linkNetwork().isEmpty());
    }
}
