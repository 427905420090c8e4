package backproplab.web;

import backproplab.lessons.BiasNotation;
import backproplab.lessons.ClassifierData;
import backproplab.lessons.ClassifierModel;
import backproplab.lessons.PerceptronSettings;
import backproplab.page.Line;
import backproplab.page.PerceptronLesson;
import backproplab.render.ClassifierView;
import backproplab.render.Palette;
import backproplab.render.Style;
import backproplab.text.Fmt;
import backproplab.text.JsNumber;
import java.util.function.DoubleBinaryOperator;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLAnchorElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * perceptron.html: binds {@link PerceptronLesson}, which holds the run and every sentence and
 * number, to the page's controls, canvases and link (docs/architecture.md).
 */
public final class PerceptronPage {
    /** Touch and pointer reach for picking a point, CSS pixels. */
    private static final double REACH = 22;
    /** From this window width the plane sits beside the controls (as the CSS's media query). */
    private static final int WIDE = 900;
    /** A panel's padding on both sides, CSS pixels (0.8em each side at 16px, rounded up). */
    private static final double PANEL_PADDING = 28;
    private static final double MIN_SIDE = 240;

    private PerceptronLesson lesson;
    private final DoubleBinaryOperator a = (x1, x2) -> lesson.a(x1, x2);
    private Player player;

    private final HTMLCanvasElement planeCanvas = Dom.byId("pc-plane");
    private final HTMLCanvasElement outputCanvas = Dom.byId("pc-output");
    private final CanvasSurface plane = new CanvasSurface(planeCanvas);
    private final CanvasSurface output = new CanvasSurface(outputCanvas);
    private final HTMLSelectElement speed = Dom.byId("pc-speed");
    private ClassifierView view;
    private Style style;
    private String written = "";

    private PerceptronPage() {
    }

    public static void start() {
        new PerceptronPage().init();
    }

    private void init() {
        readLink();
        player = new Player(lesson, this::shown, Dom.byId("pc-run"));
        player.setPlayLabel(lesson.runLabel());
        lesson.setSpeed(Integer.parseInt(speed.getValue()));
        Dom.on(speed, "change", e -> lesson.setSpeed(Integer.parseInt(speed.getValue())));
        Dom.on(Dom.byId("pc-data"), "change", e -> apply(settings().withData(ClassifierData.byId(select("pc-data").getValue()))));
        Dom.on(Dom.byId("pc-model-perceptron"), "click", e -> apply(settings().withModel(ClassifierModel.PERCEPTRON)));
        Dom.on(Dom.byId("pc-model-logistic"), "click", e -> apply(settings().withModel(ClassifierModel.LOGISTIC)));
        Dom.on(Dom.byId("pc-eta"), "change", e -> apply(settings().withEta(JsNumber.parse(select("pc-eta").getValue()))));
        Dom.on(Dom.byId("pc-bias"), "click", e -> {
            lesson.setBias(settings().bias() == BiasNotation.SEPARATE ? BiasNotation.ABSORBED : BiasNotation.SEPARATE);
            writeLink();
            refresh();
        });
        Dom.on(Dom.byId("pc-x1x2"), "click", e -> apply(settings().withX1x2(!settings().x1x2())));
        Dom.on(Dom.byId("pc-xor-lift"), "click", e -> apply(settings().withX1x2(true)));
        Dom.on(Dom.byId("pc-step"), "click", e -> byHand(lesson::step));
        Dom.on(Dom.byId("pc-epoch"), "click", e -> byHand(lesson::epoch));
        Dom.on(Dom.byId("pc-reset"), "click", e -> apply(settings().withT(0)));
        Dom.<MouseEvent>on(planeCanvas, "pointermove", e -> hover(e.getOffsetX(), e.getOffsetY()));
        Dom.<MouseEvent>on(planeCanvas, "pointerdown", e -> hover(e.getOffsetX(), e.getOffsetY()));
        Dom.on(planeCanvas, "pointerleave", e -> {
            if (lesson.hover(-1)) {
                refresh();
            }
        });
        ((HTMLAnchorElement) Dom.byId("pc-playground")).setHref(PerceptronSettings.playgroundLink());
        Window.current().addEventListener("resize", Notices.guard(e -> layout()));
        Window.current().addEventListener("hashchange", Notices.guard(e -> {
            if (!Address.hashText().equals(written)) {
                readLink();
                player.pause(); // after reading: pausing writes the page's link
                layout();
            }
        }));
        SiteChrome.onContrastChange(this::layout);
        layout();
    }

    private PerceptronSettings settings() {
        return lesson.settings();
    }

    private static HTMLSelectElement select(String id) {
        return Dom.byId(id);
    }

    private void readLink() {
        PerceptronSettings.Parsed parsed = PerceptronSettings.parse(Address.hashText());
        Notices.set("link", parsed.notices());
        if (lesson == null) {
            lesson = new PerceptronLesson(parsed.settings());
        } else {
            lesson.apply(parsed.settings());
        }
        syncControls();
    }

    /** A new configuration: a fresh run replayed to its t, the link and every view updated. */
    private void apply(PerceptronSettings next) {
        lesson.apply(next);
        player.pause();
        syncControls();
        writeLink();
        layout();
    }

    /** A step or an epoch by hand: the run pauses first. */
    private void byHand(Runnable step) {
        player.pause();
        step.run();
        writeLink();
        refresh();
    }

    /** After every step of Run and every change of playing: the link only once the run stops. */
    private void shown() {
        if (!player.playing()) {
            writeLink();
        }
        refresh();
    }

    private void writeLink() {
        String h = settings().toHash();
        written = SiteChrome.keepEmbed(h); // the hash this page wrote itself: its hashchange is not a new link
        LessonPages.setHash(h);
    }

    private void hover(double px, double py) {
        PerceptronLesson l = lesson;
        if (l.hover(view.pointAt(px, py, l.inputs().x1, l.inputs().x2, l.inputs().count, REACH))) {
            refresh();
        }
    }

    /** Sizes the canvases to their panels (and the style to projector mode), then redraws. */
    private void layout() {
        boolean projector = SiteChrome.isHighContrast();
        style = Style.of(projector ? Palette.HIGH_CONTRAST : Palette.STANDARD, projector ? 1.45 : 1.25);
        Window window = Window.current();
        double mainWidth = Dom.byId("pc-layout").getClientWidth();
        double side;
        if (window.getInnerWidth() >= WIDE) {
            // beside the controls: as tall as the window allows, at most 60 % of the width
            side = Math.min(0.6 * mainWidth - PANEL_PADDING, Math.max(MIN_SIDE, window.getInnerHeight() - 250));
        } else {
            side = mainWidth - PANEL_PADDING;
        }
        side = Math.max(MIN_SIDE, Math.floor(side));
        plane.resize(side, side);
        // the panel hugs the canvas beside the controls (the legend would otherwise widen it)
        HTMLElement planePanel = (HTMLElement) planeCanvas.getParentNode();
        if (window.getInnerWidth() >= WIDE) {
            planePanel.getStyle().setProperty("width", Fmt.num(side + PANEL_PADDING, 6) + "px");
        } else {
            planePanel.getStyle().removeProperty("width");
        }
        ClassifierData d = settings().data();
        view = new ClassifierView(side, side, style, d.min(), d.max(), d.truthTable() ? 1 : 2, d.truthTable() ? 3.5 : 1.5);
        HTMLElement sidePanel = (HTMLElement) outputCanvas.getParentNode();
        double ow = Math.max(200, Math.min(520, sidePanel.getClientWidth() - PANEL_PADDING));
        output.resize(ow, Math.round(ow * 0.5));
        refresh();
    }

    /** The controls that change only with the configuration. */
    private void syncControls() {
        boolean isPerceptron = settings().model() == ClassifierModel.PERCEPTRON;
        select("pc-data").setValue(settings().data().id());
        Dom.byId("pc-model-perceptron").setAttribute("aria-pressed", Boolean.toString(isPerceptron));
        Dom.byId("pc-model-logistic").setAttribute("aria-pressed", Boolean.toString(!isPerceptron));
        LessonPages.options(select("pc-eta"), lesson.rateChoices());
        select("pc-eta").setValue(lesson.rateValue());
        Dom.text("pc-eta-name", lesson.rateName());
        Dom.text("pc-step", lesson.stepLabel());
        if (player != null) {
            player.setPlayLabel(lesson.runLabel());
        }
        Dom.show(Dom.byId("pc-epoch"), lesson.epochOffered());
        Dom.show(Dom.byId("pc-x1x2"), lesson.x1x2Offered());
        Dom.byId("pc-x1x2").setAttribute("aria-pressed", Boolean.toString(settings().x1x2()));
        Dom.text("pc-lede", lesson.lede());
        Dom.text("pc-notation", lesson.notation());
        Dom.text("pc-key-pos", lesson.positiveKey());
        Dom.text("pc-key-neg", lesson.negativeKey());
        Dom.text("pc-key-line", lesson.boundaryKey());
    }

    /** Every text and picture from the current state. */
    private void refresh() {
        Dom.byId("pc-bias").setAttribute("aria-pressed", Boolean.toString(settings().bias() == BiasNotation.ABSORBED));
        Dom.text("pc-model-formula", lesson.modelFormula());
        Dom.text("pc-vectors", lesson.vectors());
        Dom.text("pc-rule", lesson.rule());
        String loss = lesson.lossFormula();
        Dom.text("pc-loss-formula", loss == null ? "" : loss);
        Dom.show(Dom.byId("pc-loss-formula"), loss != null);
        Dom.text("pc-boundary", lesson.boundary());
        Dom.text("pc-params", lesson.parameters());
        Dom.text("pc-count", lesson.count());
        Line status = lesson.status();
        Dom.text("pc-status", status.text());
        Dom.byId("pc-status").setAttribute("data-role", status.role().name().toLowerCase());

        PerceptronLesson.PointView point = lesson.point();
        Dom.byId("pc-point-title").setTextContent(point.title());
        Dom.text("pc-point-x", point.input());
        Dom.text("pc-point-a", point.activation());
        Dom.text("pc-point-more", point.more());
        ClassifierView.drawOutput(output, style, lesson.soft(), point.a(), point.y());

        boolean xor = lesson.xorShown();
        Dom.show(Dom.byId("pc-xor"), xor);
        if (xor) {
            Dom.text("pc-xor-why", lesson.xorWhy());
            Dom.text("pc-xor-cycle", lesson.xorCycle());
        }
        view.draw(plane, a, lesson.soft(), lesson.inputs().x1, lesson.inputs().x2, lesson.labels(), lesson.inputs().count,
                lesson.corrected(), lesson.hovered(), lesson.normal(0), lesson.normal(1), lesson.x1Axis(), lesson.x2Axis());
    }
}
