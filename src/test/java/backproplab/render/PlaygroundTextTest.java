package backproplab.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.Feature;
import backproplab.nn.Activation;
import backproplab.nn.Network;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every text the playground draws on its canvases (the diagram's feature labels, the loss
 * chart's tick labels and hover readout, the heatmap's axis labels), drawn in the playground's
 * own styles: on a projector each is at least 14 px, and in both styles each reads at 4.5:1 or
 * more on the white panel, a switched-off feature's label included. The sizes of the canvases
 * are those of the page at 1920 px (network 910 px wide, output 510 px), 1280 and 375.
 */
class PlaygroundTextTest {
    private static final int WHITE = Rgb.of(0xffffff);
    private static final double PROJECTOR_MIN_PX = 14;
    private static final double MIN_CONTRAST = 4.5;

    /** The spiral link's network: x₁ and x₂ on, the seven other features shown but off, 8-8-8 hidden units. */
    private static NetworkDiagram diagram(double width, Style style) {
        Feature[] shown = Feature.values();
        boolean[] on = new boolean[shown.length];
        on[0] = true;
        on[1] = true;
        return new NetworkDiagram(width, shown, on, new int[] {2, 8, 8, 8, 1}, style.fontPx());
    }

    private static Java2DSurface drawDiagram(double width, Style style) {
        NetworkDiagram d = diagram(width, style);
        Network net = new Network(new int[] {2, 8, 8, 8, 1}, Activation.RELU, Activation.TANH);
        Feature[] shown = Feature.values();
        Thumbnail[] features = new Thumbnail[shown.length];
        for (int r = 0; r < shown.length; r++) {
            features[r] = new Thumbnail(10);
            features[r].fill(Thumbnail.featureValues(shown[r], 10, 6), style.palette(), false);
        }
        Thumbnail[][] units = new Thumbnail[5][];
        for (int l = 1; l <= 4; l++) {
            units[l] = new Thumbnail[net.n[l]];
            for (int j = 0; j < net.n[l]; j++) {
                units[l][j] = new Thumbnail(10);
                units[l][j].fill(new double[100], style.palette(), false);
            }
        }
        Java2DSurface s = new Java2DSurface(d.width, d.height);
        d.draw(s, style, net, features, units, null);
        return s;
    }

    /** The loss chart as the page sizes it (84 px tall), after some epochs, with the hover readout. */
    private static Java2DSurface drawChart(double width, Style style) {
        LineChart c = new LineChart(new Viewport(0, 2, width, 80, 0, 1, 0, 1), style, 512);
        for (int e = 0; e < 50; e++) {
            c.add(0.6 / (e + 1), 0.7 / (e + 1));
        }
        Java2DSurface s = new Java2DSurface(width, 84);
        c.draw(s);
        c.drawReadout(s, c.readout(width / 2));
        return s;
    }

    /** The heatmap's axes as the page lays them out: its rooms for the labels, 8 px around. */
    private static Java2DSurface drawHeatmapAxes(double width, Style style) {
        double side = width - Heatmap.roomRight(style) - 8;
        Heatmap h = new Heatmap(10, 10, Viewport.square(8, 8, side, side, -6, 6));
        Java2DSurface s = new Java2DSurface(width, side + Heatmap.roomBelow(style) + 8);
        h.drawAxes(s, style);
        return s;
    }

    private static List<Java2DSurface.Text> everyText(Style style, double networkWidth, double outputWidth) {
        List<Java2DSurface.Text> texts = new ArrayList<>();
        texts.addAll(drawDiagram(networkWidth, style).texts);
        texts.addAll(drawChart(outputWidth, style).texts);
        texts.addAll(drawHeatmapAxes(outputWidth, style).texts);
        return texts;
    }

    @Test
    void onAProjectorEveryCanvasTextIsAtLeast14Px() {
        List<Java2DSurface.Text> texts = everyText(Style.playground(true), 910, 510);
        assertTrue(texts.size() > 20, texts::toString);
        for (Java2DSurface.Text t : texts) {
            assertTrue(t.fontPx() >= PROJECTOR_MIN_PX, t.text() + " is " + t.fontPx() + " px");
        }
    }

    @Test
    void inBothStylesEveryCanvasTextReadsAt45To1OnTheWhitePanelASwitchedOffFeatureToo() {
        for (Style style : new Style[] {Style.playground(false), Style.playground(true)}) {
            for (Java2DSurface.Text t : everyText(style, 910, 510)) {
                double c = Pixels.contrast(t.argb(), WHITE);
                assertTrue(c >= MIN_CONTRAST, t.text() + " in " + style.palette() + ": " + Rgb.css(t.argb()) + " is " + c + ":1");
            }
        }
    }

    @Test
    void aSwitchedOffFeatureStillLooksSwitchedOff() {
        for (Style style : new Style[] {Style.playground(false), Style.playground(true)}) {
            List<Java2DSurface.Text> labels = drawDiagram(910, style).texts;
            assertFalse(labels.get(0).argb() == labels.get(2).argb(), "x₁ (on) and x₁² (off) in the same colour");
        }
    }

    @Test
    void theHeatmapsAxisLabelsStayInsideTheirCanvasInBothStyles() {
        for (Style style : new Style[] {Style.playground(false), Style.playground(true)}) {
            for (double width : new double[] {510, 330}) {
                Java2DSurface s = drawHeatmapAxes(width, style);
                for (Java2DSurface.Text t : s.texts) {
                    String where = t.text() + " in " + style.palette() + " at " + width + " px: " + t;
                    assertTrue(t.left() >= 0 && t.right() <= s.width(), where);
                    // (not the top: the label 6 is centred 8 px down, where its digits fit but Java2D's box, room for accents, does not)
                    assertTrue(t.bottom() <= s.height(), where);
                }
            }
        }
    }

    /** The diagram's labels inside the canvas, left of their nodes, and apart from each other. */
    @Test
    void theFeatureLabelsFitAndDoNotOverlapOnAProjectorAndOnAPhone() {
        Object[][] cases = {{Style.playground(true), 910.0}, {Style.playground(true), 560.0}, {Style.playground(false), 560.0},
            {Style.playground(false), 300.0}, {Style.playground(false), 260.0}};
        for (Object[] c : cases) {
            Style style = (Style) c[0];
            double width = (Double) c[1];
            NetworkDiagram d = diagram(width, style);
            List<Java2DSurface.Text> labels = drawDiagram(width, style).texts;
            String where = style.palette() + " at " + width + " px";
            for (int r = 0; r < labels.size(); r++) {
                Java2DSurface.Text t = labels.get(r);
                assertTrue(t.left() >= 0, t.text() + " is cut off at the left, " + where);
                assertTrue(t.right() < d.columnX(0) - d.node / 2, t.text() + " runs into its node, " + where);
                if (r > 0) {
                    assertTrue(t.top() >= labels.get(r - 1).bottom(), t.text() + " overlaps the label above, " + where);
                }
            }
        }
    }
}
