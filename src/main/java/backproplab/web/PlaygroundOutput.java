package backproplab.web;

import backproplab.data.Points;
import backproplab.data.Split;
import backproplab.playground.Grid;
import backproplab.playground.Narration;
import backproplab.playground.Playground;
import backproplab.playground.PointTrace;
import backproplab.playground.Readout;
import backproplab.render.FirstLayerLines;
import backproplab.render.Heatmap;
import backproplab.render.LineChart;
import backproplab.render.Viewport;
import backproplab.state.PlaygroundState;
import backproplab.state.Problem;
import backproplab.text.Fmt;
import java.util.Objects;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.TextRectangle;

/**
 * The output panel: the large decision heatmap with the data (and the student's clicks on it),
 * the loss chart of training and test loss with its hover readout, and the figures.
 */
final class PlaygroundOutput {
    /** Room for the first tick labels, which are centred on the heatmap's edges. */
    private static final double MARGIN = 8;
    private static final double CHART_HEIGHT = 84;
    /** Samples the loss chart keeps; a longer run is thinned to every second, fourth… epoch. */
    private static final int CHART_CAPACITY = 512;

    private final PlaygroundPage page;
    private final HTMLCanvasElement heatCanvas = Dom.byId("heatmap");
    private final CanvasSurface heat = new CanvasSurface(heatCanvas);
    private final HTMLCanvasElement chartCanvas = Dom.byId("lossChart");
    private final CanvasSurface chartSurface = new CanvasSurface(chartCanvas);
    private Heatmap heatmap;
    private FirstLayerLines lines;
    private int linesInputs = -1;
    /** The loss chart; its frame is a placeholder until the first {@link #layout} moves it to the page's size. */
    private LineChart chart;
    private double chartWidth;
    private double pointerX = Double.NaN;
    private boolean chartDirty = true;
    private static final double NARRATION_MS = 5000;
    private static final double DESCRIBE_MS = 1000;
    private double heatDescribedAt = Double.NEGATIVE_INFINITY;
    private double chartDescribedAt = Double.NEGATIVE_INFINITY;
    private boolean narratedPlaying;
    private double narratedAt = Double.NEGATIVE_INFINITY;
    /** The hidden-layer warning last shown: a student who dismissed it is not shown it again at every change. */
    private String hiddenWarning;

    PlaygroundOutput(PlaygroundPage page) {
        this.page = page;
        chart = new LineChart(chartFrame(300), page.style(), CHART_CAPACITY);
        Dom.<MouseEvent>on(heatCanvas, "click", e -> {
            double[] w = world(e);
            if (w != null && !page.trace().pickAt(w[0], w[1], 12 * Math.abs(heatmap.view().wx(1) - heatmap.view().wx(0)))) {
                page.data().addPoint(w[0], w[1], e.getShiftKey()); // only with the student's own data set
            }
        });
        Dom.<MouseEvent>on(heatCanvas, "mousemove", e -> {
            double[] w = world(e);
            if (w == null) {
                PlaygroundTooltip.hide();
                return;
            }
            double y = page.model().predict(w[0], w[1]);
            PlaygroundTooltip.show("x = (" + Fmt.minus(Fmt.num(w[0], 2)) + ", " + Fmt.minus(Fmt.num(w[1], 2)) + ")\nŷ = " + Fmt.minus(Fmt.num(y, 3)),
                    e.getClientX(), e.getClientY());
        });
        Dom.<MouseEvent>on(heatCanvas, "mouseleave", e -> PlaygroundTooltip.hide());
        Dom.<MouseEvent>on(chartCanvas, "mousemove", e -> {
            pointerX = e.getClientX() - chartCanvas.getBoundingClientRect().getLeft();
            chartDirty = true;
            drawChart();
        });
        Dom.<MouseEvent>on(chartCanvas, "mouseleave", e -> {
            pointerX = Double.NaN;
            chartDirty = true;
            drawChart();
        });
    }

    /** The plane's point under the pointer, or null outside the heatmap. */
    private double[] world(MouseEvent e) {
        if (heatmap == null) {
            return null;
        }
        TextRectangle r = heatCanvas.getBoundingClientRect();
        double px = e.getClientX() - r.getLeft();
        double py = e.getClientY() - r.getTop();
        Viewport v = heatmap.view();
        if (px < v.left() || px > v.right() || py < v.top() || py > v.bottom()) {
            return null;
        }
        return new double[] {v.wx(px), v.wy(py)};
    }

    void layout() {
        double width = Math.max(200, Math.min(640, Dom.byId("outputWrap").getClientWidth()));
        if (SiteChrome.isEmbedded()) {
            // a course page's frame is often wide and low: the whole picture fits in its height
            width = Math.max(200, Math.min(width, Window.current().getInnerHeight() - 16));
        }
        double side = width - Heatmap.roomRight(page.style()) - MARGIN; // both rooms for the labels follow the text size
        heat.resize(width, side + Heatmap.roomBelow(page.style()) + MARGIN);
        heatmap = new Heatmap(PlaygroundPage.GRID, PlaygroundPage.GRID,
                Viewport.square(MARGIN, MARGIN, side, side, -Grid.DOMAIN, Grid.DOMAIN));
        linesInputs = -1;
        chartWidth = width;
        chartSurface.resize(width, CHART_HEIGHT);
        // a new size or style (a turned phone, projector mode): the run's curve goes on in it
        chart = chart.in(chartFrame(width), page.style());
        chartDirty = true; // the resized canvas is blank
    }

    /** The loss chart's plot area on its canvas {@code width} px wide: 2 px clear above and below. */
    private static Viewport chartFrame(double width) {
        return new Viewport(0, 2, width, CHART_HEIGHT - 4, 0, 1, 0, 1);
    }

    /** A new run: the chart starts with the losses of the current weights, at their epoch count. */
    void restartChart() {
        chart.clear(page.model().epochs());
        addEpoch();
    }

    /**
     * Counts one more epoch on the chart. Its losses (two passes over the data, as much work as
     * training the epoch) are computed only when the chart keeps it as a sample: returns whether
     * they were. {@link #latestEpoch} gives the chart the last epoch's once per frame.
     */
    boolean addEpoch() {
        chartDirty = true;
        if (!chart.keepsNext()) {
            chart.skip();
            return false;
        }
        Playground m = page.model();
        chart.add(m.trainLoss(), m.testLoss());
        return true;
    }

    /** The losses of the last epoch trained, for the end of the curve and its readout. */
    void latestEpoch() {
        Playground m = page.model();
        chart.latest(m.trainLoss(), m.testLoss());
    }

    /** Weights edited by hand: the losses of the current epoch are no longer the chart's last ones. */
    void refreshFigures() {
        chartDirty = true;
    }

    /** What the figures and colours mean, and whether the hidden layers can learn, for the configuration as it is. */
    void show() {
        Readout r = Readout.of(page.model());
        Dom.text("lossCaption", r.lossCaption());
        Dom.text("legendOutput", r.output());
        Dom.text("legendLow", r.low());
        Dom.text("legendHigh", r.high());
        if (!Objects.equals(r.hiddenWarning(), hiddenWarning)) {
            Notices.set("activation", r.hiddenWarning());
            hiddenWarning = r.hiddenWarning();
        }
    }

    void draw() {
        Playground m = page.model();
        PlaygroundState s = page.state();
        PointTrace traced = page.trace().current();
        boolean after = traced != null && traced.step(page.trace().step()).phase() == PointTrace.Phase.UPDATE;
        double[] values = after ? m.pictureAfter(traced) : m.outputPicture();
        heatmap.fill(values, page.style().palette(), s.discretize());
        heat.clearRect(0, 0, heat.width(), heat.height());
        heatmap.draw(heat);
        if (s.firstLayerLines()) {
            if (lines == null || linesInputs != m.inputs().length) {
                lines = new FirstLayerLines(heatmap.view(), m.inputs().length);
                linesInputs = m.inputs().length;
            }
            lines.draw(heat, page.style(), m.network(), m.inputs());
        }
        Split data = m.data();
        points(data.train(), false);
        if (s.showTestData()) {
            points(data.test(), true);
        }
        heatmap.drawAxes(heat, page.style());
        if (due(heatDescribedAt)) {
            heatDescribedAt = Performance.now();
            boolean classification = s.problem() == Problem.CLASSIFICATION;
            heatCanvas.setAttribute("aria-label", Narration.heatmap(values, classification, classification ? m.trainAccuracy() : Double.NaN)
                    + (traced == null ? "" : " The traced training point " + (traced.point + 1) + " is ringed"
                            + (after ? "; the picture shows the network after the traced step." : ".")));
        }
        if (traced != null) {
            Viewport v = heatmap.view();
            heat.strokeColor(page.style().palette().ink);
            heat.lineWidth(3 * page.style().lineWidth());
            heat.beginPath();
            heat.arc(v.sx(traced.x1), v.sy(traced.x2), page.style().pointRadius() + 5, 0, 2 * Math.PI);
            heat.stroke();
        }
    }

    private void points(Points p, boolean test) {
        heatmap.drawPoints(heat, page.style(), p.x1, p.x2, p.label, p.count, test);
    }

    /** The loss chart and the figures, when a new epoch or the pointer moved. */
    void drawChart() {
        narrate(page.model().trainLoss(), page.model().testLoss());
        if (!chartDirty) {
            return;
        }
        chartDirty = false;
        chartSurface.clearRect(0, 0, chartWidth, CHART_HEIGHT);
        chart.draw(chartSurface);
        if (pointerX - pointerX == 0) {
            LineChart.Readout r = chart.readout(pointerX);
            if (r != null) {
                chart.drawReadout(chartSurface, r);
            }
        }
        Playground m = page.model();
        double train = m.trainLoss();
        Dom.text("trainLoss", train == train ? Fmt.fixed(train, 3) : Fmt.MISSING); // no training points yet
        double test = m.testLoss();
        Dom.text("testLoss", test == test ? Fmt.fixed(test, 3) : "no test data");
        boolean classification = page.state().problem() == Problem.CLASSIFICATION;
        Dom.byId("accuracyStats").setHidden(!classification);
        if (classification) {
            Dom.text("accuracy", Fmt.percent(m.trainAccuracy(), 1) + " / " + Fmt.percent(m.testAccuracy(), 1));
        }
        if (due(chartDescribedAt)) {
            chartDescribedAt = Performance.now();
            chartCanvas.setAttribute("aria-label", Narration.lossChart(m.startEpoch(), m.startLoss(), m.epochs(), train, test));
        }
    }

    /**
     * Whether a picture's text alternative, last written at {@code last}, is due: always while paused, at most every
     * {@value #DESCRIBE_MS} ms while training, whose frames have no time for an extra pass over the data.
     */
    private static boolean due(double last) {
        return !"true".equals(Dom.byId("playButton").getAttribute("aria-pressed")) || Performance.now() - last >= DESCRIBE_MS;
    }

    /**
     * The live region: at once when training starts or stops, and every {@value #NARRATION_MS} ms
     * while it runs, so a screen reader hears the epoch and the losses without a stream of them.
     */
    private void narrate(double train, double test) {
        boolean playing = "true".equals(Dom.byId("playButton").getAttribute("aria-pressed"));
        double now = Performance.now();
        if (playing != narratedPlaying || playing && now - narratedAt >= NARRATION_MS) {
            if (!playing && narratedPlaying) { // just paused: the pictures' descriptions catch up at once
                chartDirty = true;
                page.redraw();
            }
            narratedPlaying = playing;
            narratedAt = now;
            Dom.text("liveStatus", Narration.progress(playing, page.model().epochs(), train, test));
        }
    }
}
