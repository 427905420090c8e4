package backproplab.web;

import backproplab.lessons.ActivationSettings;
import backproplab.nn.Activation;
import backproplab.page.ActivationsLesson;
import backproplab.page.Choice;
import backproplab.render.ActivationView;
import backproplab.render.Style;
import backproplab.text.Fmt;
import backproplab.text.JsNumber;
import java.util.List;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * activations.html: binds {@link ActivationsLesson}, which holds every formula and readout, to the
 * large plot, the thumbnails of all eight and the link (docs/architecture.md).
 */
public final class ActivationsPage {
    private final Activation[] all = Activation.all();
    private final ActivationView view = new ActivationView();
    private final HTMLCanvasElement canvas = Dom.byId("act-canvas");
    private final CanvasSurface surface = new CanvasSurface(canvas);
    private final HTMLSelectElement fnSelect = Dom.byId("fn");
    private final HTMLInputElement derivativeBox = Dom.byId("derivative");
    private final HTMLInputElement slopeSlider = Dom.byId("slope");
    private final HTMLElement[] thumbButtons = new HTMLElement[all.length];
    private final CanvasSurface[] thumbSurfaces = new CanvasSurface[all.length];
    private final ActivationView[] thumbViews = new ActivationView[all.length];

    private final ActivationsLesson lesson = new ActivationsLesson(ActivationSettings.defaults(), ActivationView.X_MIN, ActivationView.X_MAX);
    private Style style;

    private ActivationsPage() {
    }

    public static void start() {
        new ActivationsPage().install();
    }

    private void install() {
        List<Choice> choices = ActivationsLesson.choices();
        HTMLElement thumbs = Dom.byId("thumbs");
        for (int i = 0; i < all.length; i++) {
            Choice c = choices.get(i);
            HTMLElement button = Dom.el("button", "thumb", null);
            button.setAttribute("type", "button");
            button.setAttribute("aria-pressed", "false");
            button.setAttribute("aria-label", "Show " + c.label());
            button.setAttribute("data-fn", c.value());
            HTMLCanvasElement thumb = (HTMLCanvasElement) Dom.el("canvas", null, null);
            button.appendChild(thumb);
            thumbs.appendChild(button);
            thumbButtons[i] = button;
            thumbSurfaces[i] = new CanvasSurface(thumb);
            thumbViews[i] = new ActivationView();
            Activation.Kind kind = all[i].kind();
            Dom.on(button, "click", e -> apply(settings().withKind(kind)));
        }
        LessonPages.options(fnSelect, choices);
        slopeSlider.setAttribute("min", Fmt.num(ActivationSettings.SLOPE_MIN, 3));
        slopeSlider.setAttribute("max", Fmt.num(ActivationSettings.SLOPE_MAX, 3));

        readLink();

        Dom.on(fnSelect, "change", e -> apply(settings().withKind(Activation.Kind.byId(fnSelect.getValue()))));
        Dom.on(derivativeBox, "change", e -> apply(settings().withDerivative(derivativeBox.isChecked())));
        Dom.on(slopeSlider, "input", e -> apply(settings().withSlope(JsNumber.parse(slopeSlider.getValue()))));
        Dom.on(canvas, "pointermove", e -> {
            lesson.moveReadout(view.view().wx(((MouseEvent) e).getOffsetX()));
            showReadout();
        });
        Dom.on(canvas, "keydown", e -> {
            KeyboardEvent k = (KeyboardEvent) e;
            if (lesson.key(k.getKey(), k.isShiftKey())) {
                e.preventDefault();
                showReadout();
            }
        });
        Window.current().addEventListener("hashchange", Notices.guard(e -> readLink()));
        LessonPages.onLayoutChange(() -> {
            layout();
            show();
        });
    }

    private ActivationSettings settings() {
        return lesson.settings();
    }

    private void readLink() {
        ActivationSettings.Parsed parsed = ActivationSettings.parse(Address.hashText());
        Notices.set("link", parsed.notices());
        lesson.apply(parsed.settings());
        layout();
        show();
    }

    private void apply(ActivationSettings next) {
        lesson.apply(next);
        show();
    }

    private void layout() {
        double w = LessonPages.widthOf(Dom.byId("act-box"));
        double h = LessonPages.heightFor(w, 0.62, 240, 600, 0.68);
        surface.resize(w, h);
        style = LessonPages.style(w);
        view.layout(w, h, style);
        Style small = LessonPages.style(200);
        for (int i = 0; i < all.length; i++) {
            double tw = Math.max(120, thumbButtons[i].getClientWidth() - 8);
            double th = Math.round(tw * 0.62);
            thumbSurfaces[i].resize(tw, th);
            thumbViews[i].layoutThumbnail(tw, th, small);
        }
    }

    private void show() {
        fnSelect.setValue(lesson.activation().id());
        derivativeBox.setChecked(lesson.derivativeShown());
        slopeSlider.setValue(lesson.slopeText());
        Dom.text("slope-value", lesson.slopeText());
        Dom.byId("slope-field").setAttribute("data-active", Boolean.toString(lesson.slopeActive()));
        Dom.text("formula", lesson.formula());
        String identity = lesson.identity();
        Dom.text("identity", identity == null ? "" : identity);
        Dom.show(Dom.byId("identity"), identity != null);
        Dom.text("derivative-formula", lesson.derivativeFormula());
        Dom.show(Dom.byId("derivative-formula"), lesson.derivativeShown());
        Dom.text("note", lesson.note());
        showReadout();
        Style small = LessonPages.style(200);
        for (int i = 0; i < all.length; i++) {
            Activation.Kind kind = all[i].kind();
            thumbViews[i].draw(thumbSurfaces[i], small, lesson.activation(kind), kind.label(), lesson.derivativeShown(), Double.NaN);
            thumbButtons[i].setAttribute("aria-pressed", Boolean.toString(lesson.chosen(kind)));
        }
        LessonPages.setHash(settings().toHash());
    }

    /** The large plot with the readout's mark, and the readout's numbers. */
    private void showReadout() {
        view.draw(surface, style, lesson.activation(), lesson.name(), lesson.derivativeShown(), lesson.readoutX());
        Dom.text("readout-x", lesson.readoutXText());
        Dom.text("readout-name", lesson.readoutName());
        Dom.text("readout-value", lesson.readoutValue());
        Dom.text("readout-dname", lesson.readoutDerivativeName());
        Dom.text("readout-derivative", lesson.readoutDerivative());
        Dom.show((HTMLElement) Dom.byId("readout-derivative").getParentNode(), lesson.derivativeShown());
    }
}
