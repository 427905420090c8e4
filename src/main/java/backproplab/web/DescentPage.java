package backproplab.web;

import backproplab.lessons.Curve1D;
import backproplab.lessons.DescentSettings;
import backproplab.lessons.LearningRateScale;
import backproplab.lessons.LogisticSurface2D;
import backproplab.page.DescentLesson;
import backproplab.render.ContourView;
import backproplab.render.DescentView;
import backproplab.render.Style;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * descent.html: binds {@link DescentLesson}, which holds both runs and every sentence and number,
 * to the page's controls, canvases and link (docs/architecture.md).
 */
public final class DescentPage {
    private final LogisticSurface2D surface = LogisticSurface2D.standard();
    private final String[] methodNames = DescentLesson.methodNames();
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
    private final HTMLSelectElement alpha2Select = Dom.byId("alpha2");
    private final HTMLInputElement t2Slider = Dom.byId("t2");

    private DescentLesson lesson;
    private Player curvePlayer;
    private Player pathPlayer;
    private Style curveStyle;
    private Style contourStyle;

    private DescentPage() {
    }

    public static void start() {
        new DescentPage().install();
    }

    private void install() {
        LessonPages.options(curveSelect, DescentLesson.curveChoices());
        LessonPages.options(alpha2Select, DescentLesson.rateChoices());
        alphaSlider.setAttribute("max", Integer.toString(LearningRateScale.POSITIONS));
        t2Slider.setAttribute("max", Integer.toString(DescentSettings.STEPS_2D));
        Dom.text("formula2", surface.formula());

        readLink();
        curvePlayer = new Player(lesson.curve(), this::show1, Dom.byId("play"));
        pathPlayer = new Player(lesson.paths(), this::show2, Dom.byId("play2"));

        Dom.on(curveSelect, "change", e -> apply1(settings().withCurve(Curve1D.byId(curveSelect.getValue())), true));
        Dom.on(alphaSlider, "input", e -> {
            Notices.set("alpha", (String) null);
            apply1(settings().withAlpha(LearningRateScale.alpha(Integer.parseInt(alphaSlider.getValue()))), false);
        });
        Dom.on(alphaText, "change", e -> typedAlpha());
        Dom.on(stepButton, "click", e -> curvePlayer.stepOnce());
        Dom.on(Dom.byId("reset"), "click", e -> apply1(settings().withT(0), false));
        Dom.on(curveCanvas, "click", e -> {
            MouseEvent m = (MouseEvent) e;
            apply1(settings().withW0(curveView.view().wx(m.getOffsetX())), true);
        });

        Dom.on(alpha2Select, "change", e -> {
            pathPlayer.pause();
            lesson.chooseRate(alpha2Select.getSelectedIndex());
            show2();
        });
        Dom.on(t2Slider, "input", e -> apply2(settings().withT2(Integer.parseInt(t2Slider.getValue()))));
        Dom.on(Dom.byId("reset2"), "click", e -> apply2(settings().withT2(0)));
        Dom.on(contourCanvas, "click", e -> {
            MouseEvent m = (MouseEvent) e;
            apply2(settings().withStart(surface, contourView.view().wx(m.getOffsetX()), contourView.view().wy(m.getOffsetY())));
            pathPlayer.play();
        });
        Window.current().addEventListener("hashchange", Notices.guard(e -> {
            readLink(); // before pausing, which writes the page's link
            curvePlayer.pause();
            pathPlayer.pause();
        }));
        LessonPages.onLayoutChange(() -> {
            layout();
            show1();
            show2();
        });
    }

    private DescentSettings settings() {
        return lesson.settings();
    }

    /** Takes the settings from the link (defaults where it has none or a bad value), and shows them. */
    private void readLink() {
        DescentSettings.Parsed parsed = DescentSettings.parse(Address.hashText(), surface);
        Notices.set("link", parsed.notices());
        if (lesson == null) {
            lesson = new DescentLesson(parsed.settings(), surface);
        } else {
            lesson.apply(parsed.settings());
        }
        layout();
        show1();
        show2();
    }

    /** New settings for the curve: its play pauses; a new curve (or start) re-fits the plot. */
    private void apply1(DescentSettings next, boolean relayout) {
        curvePlayer.pause();
        boolean newCurve = next.curve() != settings().curve();
        lesson.apply(next);
        if (newCurve || relayout) {
            layout();
        }
        show1();
    }

    /** New settings for the paths: their play pauses. */
    private void apply2(DescentSettings next) {
        pathPlayer.pause();
        lesson.apply(next);
        show2();
    }

    private void typedAlpha() {
        String refused = lesson.typeAlpha(alphaText.getValue());
        Notices.set("alpha", refused);
        if (refused != null) {
            alphaText.setValue(lesson.alphaText());
            return;
        }
        curvePlayer.pause();
        show1();
    }

    /** Sizes both canvases to their boxes and fits the pictures to them. */
    private void layout() {
        double w1 = LessonPages.widthOf(Dom.byId("curve-box"));
        double h1 = LessonPages.heightFor(w1, 0.6, 260, 560, 0.6);
        curveSurface.resize(w1, h1);
        curveStyle = LessonPages.style(w1);
        curveView.layout(w1, h1, curveStyle, settings().curve());
        double w2 = LessonPages.widthOf(Dom.byId("contour-box"));
        double h2 = LessonPages.heightFor(w2, 0.92, 320, 680, 0.72);
        contourSurface.resize(w2, h2);
        contourStyle = LessonPages.style(w2);
        contourView.layout(w2, h2, contourStyle);
    }

    /** The curve's picture and numbers. */
    private void show1() {
        curveSelect.setValue(settings().curve().id());
        alphaSlider.setValue(Integer.toString(lesson.alphaPosition()));
        if (!LessonPages.hasFocus(alphaText)) { // do not overwrite what the student is typing
            alphaText.setValue(lesson.alphaText());
        }
        Dom.text("formula", lesson.formula());
        curveView.draw(curveSurface, curveStyle, lesson.run(), lesson.t());
        HTMLElement name = Dom.byId("regime");
        name.setTextContent(lesson.regime().label());
        name.setAttribute("data-regime", lesson.regime().id());
        Dom.text("regime-meaning", lesson.regimeMeaning());
        Dom.text("regime-context", lesson.regimeContext());
        Dom.text("t-value", Integer.toString(lesson.t()));
        Dom.text("w-value", lesson.w());
        Dom.text("loss-value", lesson.loss());
        Dom.text("slope-value", lesson.slope());
        Dom.text("step-value", lesson.step());
        Dom.text("thresholds", lesson.thresholds());
        HTMLElement body = Dom.byId("iterates");
        Dom.clear(body);
        for (DescentLesson.Iterate it : lesson.iterates()) {
            HTMLElement row = Dom.el("tr", it.current() ? "current" : null, null);
            row.appendChild(Dom.el("td", null, it.t()));
            row.appendChild(Dom.el("td", null, it.w()));
            row.appendChild(Dom.el("td", null, it.loss()));
            row.appendChild(Dom.el("td", null, it.slope()));
            body.appendChild(row);
        }
        stepButton.setDisabled(!lesson.curve().hasNext());
        LessonPages.setHash(settings().toHash());
    }

    /** The contours' picture and numbers. */
    private void show2() {
        int t = settings().t2();
        alpha2Select.setValue(lesson.rateValue());
        t2Slider.setValue(Integer.toString(t));
        Dom.text("t2-value", Integer.toString(t));
        contourView.draw(contourSurface, contourStyle, lesson.runs(), methodNames, t);
        Dom.text("minimum", lesson.minimum());
        Dom.text("start", lesson.start());
        HTMLElement body = Dom.byId("paths");
        Dom.clear(body);
        int k = 0;
        for (DescentLesson.PathRow p : lesson.pathRows()) {
            HTMLElement row = Dom.el("tr", "method-" + p.method(), null);
            HTMLElement th = Dom.el("th", null, null);
            th.setAttribute("scope", "row");
            th.appendChild(Dom.el("span", "swatch swatch-" + k++, null));
            th.appendChild(Dom.el("span", null, p.name()));
            row.appendChild(th);
            row.appendChild(Dom.el("td", null, p.w1()));
            row.appendChild(Dom.el("td", null, p.w2()));
            row.appendChild(Dom.el("td", "loss", p.loss()));
            body.appendChild(row);
        }
        LessonPages.setHash(settings().toHash());
    }
}
