package backproplab.web;

import backproplab.math.DetMath;
import backproplab.lessons.ActivationFacts;
import backproplab.lessons.ActivationSettings;
import backproplab.nn.Activation;
import backproplab.render.ActivationView;
import backproplab.render.Style;
import backproplab.text.Fmt;
import backproplab.text.JsNumber;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The activations page (activations.html): one large plot of the chosen activation with its
 * formula, derivative and a readout under the pointer, and all eight as clickable thumbnails.
 * Every value shown is computed by the engine's {@link Activation}.
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
    private final HTMLCanvasElement[] thumbCanvases = new HTMLCanvasElement[all.length];
    private final CanvasSurface[] thumbSurfaces = new CanvasSurface[all.length];
    private final ActivationView[] thumbViews = new ActivationView[all.length];

    private ActivationSettings settings;
    private double readoutX = 1;
    private Style style;

    private ActivationsPage() {
    }

    public static void start() {
        new ActivationsPage().install();
    }

    private void install() {
        String[] ids = new String[all.length];
        String[] labels = new String[all.length];
        HTMLElement thumbs = Dom.byId("thumbs");
        for (int i = 0; i < all.length; i++) {
            ids[i] = all[i].id();
            labels[i] = all[i].kind().label();
            HTMLElement button = Dom.el("button", "thumb", null);
            button.setAttribute("type", "button");
            button.setAttribute("aria-pressed", "false");
            button.setAttribute("aria-label", "Show " + labels[i]);
            button.setAttribute("data-fn", ids[i]);
            HTMLCanvasElement c = (HTMLCanvasElement) Dom.el("canvas", null, null);
            button.appendChild(c);
            thumbs.appendChild(button);
            thumbButtons[i] = button;
            thumbCanvases[i] = c;
            thumbSurfaces[i] = new CanvasSurface(c);
            thumbViews[i] = new ActivationView();
            Activation.Kind kind = all[i].kind();
            Dom.on(button, "click", e -> apply(settings.withKind(kind)));
        }
        LessonPages.options(fnSelect, ids, labels);
        slopeSlider.setAttribute("min", Fmt.num(ActivationSettings.SLOPE_MIN, 3));
        slopeSlider.setAttribute("max", Fmt.num(ActivationSettings.SLOPE_MAX, 3));

        readLink();

        Dom.on(fnSelect, "change", e -> apply(settings.withKind(Activation.Kind.byId(fnSelect.getValue()))));
        Dom.on(derivativeBox, "change", e -> apply(settings.withDerivative(derivativeBox.isChecked())));
        Dom.on(slopeSlider, "input", e -> apply(settings.withSlope(JsNumber.parse(slopeSlider.getValue()))));
        Dom.on(canvas, "pointermove", e -> {
            MouseEvent m = (MouseEvent) e;
            moveReadout(view.view().wx(m.getOffsetX()));
        });
        Dom.on(canvas, "keydown", e -> {
            KeyboardEvent k = (KeyboardEvent) e;
            double by = k.isShiftKey() ? 1 : 0.1;
            if ("ArrowLeft".equals(k.getKey())) {
                moveReadout(readoutX - by);
                e.preventDefault();
            } else if ("ArrowRight".equals(k.getKey())) {
                moveReadout(readoutX + by);
                e.preventDefault();
            }
        });
        Window.current().addEventListener("hashchange", Notices.guard(e -> readLink()));
        LessonPages.onLayoutChange(() -> {
            layout();
            show();
        });
    }

    private void readLink() {
        ActivationSettings.Parsed parsed = ActivationSettings.parse(Address.hashText());
        Notices.set("link", parsed.notices());
        settings = parsed.settings();
        layout();
        show();
    }

    private void apply(ActivationSettings next) {
        settings = next;
        show();
    }

    /** Puts the readout at x, snapped to the readout's step and kept within the plot. */
    private void moveReadout(double x) {
        double clamped = Math.max(ActivationView.X_MIN, Math.min(ActivationView.X_MAX, x));
        readoutX = DetMath.hundredths(clamped); // in hundredths, so the x printed is the x evaluated
        drawMain();
        showReadout();
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
        Activation a = settings.activation();
        fnSelect.setValue(a.id());
        derivativeBox.setChecked(settings.derivative());
        slopeSlider.setValue(Fmt.num(settings.slope(), 3));
        Dom.text("slope-value", Fmt.num(settings.slope(), 3));
        Dom.byId("slope-field").setAttribute("data-active", Boolean.toString(a.kind() == Activation.Kind.LEAKY_RELU));
        Dom.text("formula", ActivationFacts.formula(a));
        String identity = ActivationFacts.identity(a);
        Dom.text("identity", identity == null ? "" : "Identity: " + identity);
        Dom.show(Dom.byId("identity"), identity != null);
        Dom.text("derivative-formula", ActivationFacts.derivativeFormula(a));
        Dom.show(Dom.byId("derivative-formula"), settings.derivative());
        Dom.text("note", ActivationFacts.note(a));
        drawMain();
        showReadout();
        Style small = LessonPages.style(200);
        for (int i = 0; i < all.length; i++) {
            Activation t = settings.activation(all[i].kind());
            thumbViews[i].draw(thumbSurfaces[i], small, t, all[i].kind().label(), settings.derivative(), Double.NaN);
            thumbButtons[i].setAttribute("aria-pressed", Boolean.toString(all[i].kind() == a.kind()));
        }
        LessonPages.setHash(settings.toHash());
    }

    private void drawMain() {
        Activation a = settings.activation();
        view.draw(surface, style, a, ActivationFacts.name(a), settings.derivative(), readoutX);
    }

    private void showReadout() {
        Activation a = settings.activation();
        String name = ActivationFacts.name(a);
        Dom.text("readout-x", Fmt.minus(Fmt.fixed(readoutX, 2)));
        Dom.text("readout-name", name + "(x)");
        Dom.text("readout-value", Fmt.minus(Fmt.fixed(a.value(readoutX), 4)));
        Dom.text("readout-dname", name + "′(x)");
        Dom.text("readout-derivative", Fmt.minus(Fmt.fixed(a.derivative(readoutX), 4)));
        Dom.show((HTMLElement) Dom.byId("readout-derivative").getParentNode(), settings.derivative());
    }
}
