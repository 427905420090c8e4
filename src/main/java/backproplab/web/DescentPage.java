package backproplab.web;

import backproplab.text.Texts;
import backproplab.lessons.Curve1D;
import backproplab.lessons.Descent1D;
import backproplab.lessons.Descent2D;
import backproplab.lessons.DescentSettings;
import backproplab.lessons.LearningRateScale;
import backproplab.lessons.LogisticSurface2D;
import backproplab.lessons.LossPoint;
import backproplab.lessons.Regime;
import backproplab.nn.Optimizer;
import backproplab.render.ContourView;
import backproplab.render.DescentView;
import backproplab.render.Style;
import backproplab.text.Fmt;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The gradient-descent page (descent.html): wires its controls to {@link Descent1D} and
 * {@link Descent2D} and their pictures. Its whole state is one {@link DescentSettings}, kept
 * in the link.
 */
public final class DescentPage {
    private static final int PLAY_MS = 450;
    private static final int PLAY2_MS = 60;
    private static final Optimizer[] METHODS = {Optimizer.SGD, Optimizer.MOMENTUM, Optimizer.ADAM};
    private static final String[] METHOD_NAMES = {"gradient descent", "momentum, β = 0.9", "Adam"};
    /** Rows of the iterate table: the last few steps. */
    private static final int TABLE_ROWS = 8;

    private final LogisticSurface2D surface = LogisticSurface2D.standard();
    private final DescentView curveView = new DescentView();
    private final ContourView contourView = new ContourView(surface);
    private final HTMLCanvasElement curveCanvas = Dom.byId("curve-canvas");
    private final HTMLCanvasElement contourCanvas = Dom.byId("contour-canvas");
    private final CanvasSurface curveSurface = new CanvasSurface(curveCanvas);
    private final CanvasSurface contourSurface = new CanvasSurface(contourCanvas);
    private final HTMLSelectElement curveSelect = Dom.byId("curve");
    private final HTMLInputElement alphaSlider = Dom.byId("alpha-slider");
    private final HTMLInputElement alphaText = Dom.byId("alpha-text");
    private final HTMLButtonElement stepButton = Dom.byId("step");
    private final HTMLButtonElement playButton = Dom.byId("play");
    private final HTMLSelectElement alpha2Select = Dom.byId("alpha2");
    private final HTMLInputElement t2Slider = Dom.byId("t2");
    private final HTMLButtonElement play2Button = Dom.byId("play2");

    private DescentSettings settings;
    private Descent1D run;
    private Descent2D[] runs;
    private Style curveStyle;
    private Style contourStyle;
    private int playTimer = -1;
    private int play2Timer = -1;

    private DescentPage() {
    }

    public static void start() {
        new DescentPage().install();
    }

    private void install() {
        Curve1D[] curves = Curve1D.all();
        String[] ids = new String[curves.length];
        String[] labels = new String[curves.length];
        for (int i = 0; i < curves.length; i++) {
            ids[i] = curves[i].id();
            labels[i] = curves[i].label();
        }
        LessonPages.options(curveSelect, ids, labels);
        double[] rates = DescentSettings.ALPHAS_2D;
        String[] rateTexts = new String[rates.length];
        for (int i = 0; i < rates.length; i++) {
            rateTexts[i] = Fmt.num(rates[i], 3);
        }
        LessonPages.options(alpha2Select, rateTexts, rateTexts);
        alphaSlider.setAttribute("max", Integer.toString(LearningRateScale.POSITIONS));
        t2Slider.setAttribute("max", Integer.toString(DescentSettings.STEPS_2D));
        Dom.text("formula2", surface.formula());

        readLink();

        Dom.on(curveSelect, "change", e -> {
            stopPlay();
            apply(settings.withCurve(Curve1D.byId(curveSelect.getValue())), true);
        });
        Dom.on(alphaSlider, "input", e -> {
            stopPlay();
            Notices.set("alpha", (String) null);
            apply(settings.withAlpha(LearningRateScale.alpha(Integer.parseInt(alphaSlider.getValue()))), false);
        });
        Dom.on(alphaText, "change", e -> typedAlpha());
        Dom.on(stepButton, "click", e -> {
            stopPlay();
            step();
        });
        Dom.on(playButton, "click", e -> {
            if (playTimer >= 0) {
                stopPlay();
            } else {
                startPlay();
            }
        });
        Dom.on(Dom.byId("reset"), "click", e -> {
            stopPlay();
            apply(settings.withT(0), false);
        });
        Dom.on(curveCanvas, "click", e -> {
            MouseEvent m = (MouseEvent) e;
            stopPlay();
            apply(settings.withW0(curveView.view().wx(m.getOffsetX())), true);
        });

        Dom.on(alpha2Select, "change", e -> {
            stopPlay2();
            settings = settings.withAlpha2(DescentSettings.ALPHAS_2D[Math.max(0, alpha2Select.getSelectedIndex())]);
            rerun2();
        });
        Dom.on(t2Slider, "input", e -> {
            stopPlay2();
            settings = settings.withT2(Integer.parseInt(t2Slider.getValue()));
            show2();
        });
        Dom.on(play2Button, "click", e -> {
            if (play2Timer >= 0) {
                stopPlay2();
            } else {
                startPlay2();
            }
        });
        Dom.on(Dom.byId("reset2"), "click", e -> {
            stopPlay2();
            settings = settings.withT2(0);
            show2();
        });
        Dom.on(contourCanvas, "click", e -> {
            MouseEvent m = (MouseEvent) e;
            stopPlay2();
            settings = settings.withStart(surface, contourView.view().wx(m.getOffsetX()),
                    contourView.view().wy(m.getOffsetY()));
            rerun2();
            startPlay2();
        });
        Window.current().addEventListener("hashchange", Notices.guard(e -> {
            stopPlay();
            stopPlay2();
            readLink();
        }));
        LessonPages.onLayoutChange(() -> {
            layout();
            show1();
            show2();
        });
    }

    /** Takes the settings from the link (defaults where it has none or a bad value), and shows them. */
    private void readLink() {
        DescentSettings.Parsed parsed = DescentSettings.parse(Address.hashText(), surface);
        Notices.set("link", parsed.notices());
        settings = parsed.settings();
        run = Descent1D.run(settings.curve(), settings.w0(), settings.alpha());
        runs = null;
        layout();
        rerun2();
        show1();
    }

    /** Shows new 1-D settings; re-runs gradient descent unless only t changed, re-fits the plot for a new curve. */
    private void apply(DescentSettings next, boolean relayout) {
        boolean newRun = next.curve() != settings.curve() || next.alpha() != settings.alpha() || next.w0() != settings.w0();
        boolean newCurve = next.curve() != settings.curve();
        settings = next;
        if (newRun) {
            run = Descent1D.run(settings.curve(), settings.w0(), settings.alpha());
        }
        if (newCurve || relayout) {
            layout();
        }
        show1();
    }

    private void typedAlpha() {
        String typed = alphaText.getValue();
        Double a = LearningRateScale.parse(typed);
        if (a == null) {
            String shown = Texts.shorten(typed, 20);
            Notices.set("alpha", "“" + shown + "” is not a learning rate: type a number above 0 and at most "
                    + Fmt.num(LearningRateScale.TYPED_MAX, 3) + ", e.g. 0.05. α stays " + Fmt.num(settings.alpha(), 6) + ".");
            alphaText.setValue(Fmt.num(settings.alpha(), 6));
            return;
        }
        Notices.set("alpha", (String) null);
        stopPlay();
        apply(settings.withAlpha(a), false);
    }

    private void step() {
        if (settings.t() + 1 < run.length()) {
            apply(settings.withT(settings.t() + 1), false);
        }
    }

    private void startPlay() {
        if (settings.t() + 1 >= run.length()) {
            apply(settings.withT(0), false);
        }
        playButton.setTextContent("Pause");
        playButton.setAttribute("aria-pressed", "true");
        playTimer = Window.setInterval(() -> LessonPages.guarded(() -> {
            step();
            if (settings.t() + 1 >= run.length()) {
                stopPlay();
            }
        }), PLAY_MS);
    }

    private void stopPlay() {
        if (playTimer >= 0) {
            Window.clearInterval(playTimer);
            playTimer = -1;
        }
        playButton.setTextContent("Play");
        playButton.setAttribute("aria-pressed", "false");
    }

    private void startPlay2() {
        if (settings.t2() >= DescentSettings.STEPS_2D) {
            settings = settings.withT2(0);
        }
        play2Button.setTextContent("Pause");
        play2Button.setAttribute("aria-pressed", "true");
        play2Timer = Window.setInterval(() -> LessonPages.guarded(() -> {
            settings = settings.withT2(settings.t2() + 1);
            show2();
            if (settings.t2() >= DescentSettings.STEPS_2D) {
                stopPlay2();
            }
        }), PLAY2_MS);
    }

    private void stopPlay2() {
        if (play2Timer >= 0) {
            Window.clearInterval(play2Timer);
            play2Timer = -1;
        }
        play2Button.setTextContent("Play");
        play2Button.setAttribute("aria-pressed", "false");
    }

    /** Sizes both canvases to their boxes and fits the pictures to them. */
    private void layout() {
        double w1 = LessonPages.widthOf(Dom.byId("curve-box"));
        double h1 = LessonPages.heightFor(w1, 0.6, 260, 560, 0.6);
        curveSurface.resize(w1, h1);
        curveStyle = LessonPages.style(w1);
        curveView.layout(w1, h1, curveStyle, settings.curve());
        double w2 = LessonPages.widthOf(Dom.byId("contour-box"));
        double h2 = LessonPages.heightFor(w2, 0.92, 320, 680, 0.72);
        contourSurface.resize(w2, h2);
        contourStyle = LessonPages.style(w2);
        contourView.layout(w2, h2, contourStyle);
    }

    private void rerun2() {
        runs = new Descent2D[METHODS.length];
        for (int k = 0; k < METHODS.length; k++) {
            runs[k] = Descent2D.run(surface, METHODS[k], settings.start1(), settings.start2(), settings.alpha2(),
                    DescentSettings.STEPS_2D);
        }
        show2();
    }

    /** The 1-D picture and its numbers for the current settings. */
    private void show1() {
        Curve1D curve = settings.curve();
        int t = Math.min(settings.t(), run.length() - 1);
        if (t != settings.t()) {
            settings = settings.withT(t);
        }
        curveSelect.setValue(curve.id());
        alphaSlider.setValue(Integer.toString(LearningRateScale.position(settings.alpha())));
        if (!LessonPages.hasFocus(alphaText)) { // do not overwrite what the student is typing
            alphaText.setValue(Fmt.num(settings.alpha(), 6));
        }
        Dom.text("formula", curve.formula());
        curveView.draw(curveSurface, curveStyle, run, t);

        Regime regime = run.regime();
        HTMLElement name = Dom.byId("regime");
        name.setTextContent(regime.label());
        name.setAttribute("data-regime", regime.id());
        Dom.text("regime-meaning", "— " + regime.meaning() + ".");
        Dom.text("regime-context", "Judged over " + (run.length() - 1) + " steps"
                + (run.diverged() ? " (then w stopped being a number)" : "") + " with α = " + Fmt.num(settings.alpha(), 6)
                + " from w₀ = " + num(settings.w0()) + ".");
        Dom.text("t-value", Integer.toString(t));
        Dom.text("w-value", num(run.w(t)));
        Dom.text("loss-value", num(run.loss(t)));
        Dom.text("slope-value", num(run.slope(t)));
        Dom.text("step-value", num(-settings.alpha() * run.slope(t)));
        double target = run.target();
        double c = curve.curvature(target);
        Dom.text("thresholds", "Near the minimum w* = " + num(target) + " the curvature is L″(w*) = " + num(c)
                + ": steps overshoot w* for α > 1/L″ = " + num(1 / c) + " and stop converging for α > 2/L″ = "
                + num(2 / c) + ".");
        HTMLElement body = Dom.byId("iterates");
        while (body.getFirstChild() != null) {
            body.removeChild(body.getFirstChild());
        }
        for (int k = Math.max(0, t - TABLE_ROWS + 1); k <= t; k++) {
            HTMLElement row = Dom.el("tr", k == t ? "current" : null, null);
            row.appendChild(Dom.el("td", null, Integer.toString(k)));
            row.appendChild(Dom.el("td", null, num(run.w(k))));
            row.appendChild(Dom.el("td", null, num(run.loss(k))));
            row.appendChild(Dom.el("td", null, num(run.slope(k))));
            body.appendChild(row);
        }
        stepButton.setDisabled(t + 1 >= run.length());
        LessonPages.setHash(settings.toHash());
    }

    /** The 2-D picture and its numbers for the current settings. */
    private void show2() {
        if (runs == null) {
            return;
        }
        int t = settings.t2();
        alpha2Select.setValue(Fmt.num(settings.alpha2(), 3));
        t2Slider.setValue(Integer.toString(t));
        Dom.text("t2-value", Integer.toString(t));
        contourView.draw(contourSurface, contourStyle, runs, METHOD_NAMES, t);
        LossPoint min = surface.minimum();
        Dom.text("minimum", "minimum L = " + Fmt.fixed(min.loss(), 3) + " at (w₁, w₂) = (" + fixed3(min.w1()) + ", "
                + fixed3(min.w2()) + ")");
        Dom.text("start", "Start (w₁, w₂) = (" + fixed3(settings.start1()) + ", " + fixed3(settings.start2())
                + "), L = " + Fmt.fixed(surface.loss(settings.start1(), settings.start2()), 3)
                + ". Click the contours for another start.");
        HTMLElement body = Dom.byId("paths");
        while (body.getFirstChild() != null) {
            body.removeChild(body.getFirstChild());
        }
        for (int k = 0; k < runs.length; k++) {
            int i = Math.min(t, runs[k].length() - 1);
            HTMLElement row = Dom.el("tr", "method-" + METHODS[k].id(), null);
            HTMLElement th = Dom.el("th", null, null);
            th.setAttribute("scope", "row");
            th.appendChild(Dom.el("span", "swatch swatch-" + k, null));
            th.appendChild(Dom.el("span", null, METHOD_NAMES[k]));
            row.appendChild(th);
            row.appendChild(Dom.el("td", null, fixed3(runs[k].w1(i))));
            row.appendChild(Dom.el("td", null, fixed3(runs[k].w2(i))));
            row.appendChild(Dom.el("td", "loss", Fmt.fixed(runs[k].loss(i), 3)));
            body.appendChild(row);
        }
        LessonPages.setHash(settings.toHash());
    }

    private static String num(double x) {
        return Fmt.minus(Fmt.num(x, 5));
    }

    private static String fixed3(double x) {
        return Fmt.minus(Fmt.fixed(x, 3));
    }
}
