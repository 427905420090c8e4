package backproplab.web;

import backproplab.lessons.BiasNotation;
import backproplab.lessons.ClassifierData;
import backproplab.lessons.ClassifierModel;
import backproplab.lessons.LinearInputs;
import backproplab.lessons.LogisticRun;
import backproplab.lessons.PerceptronRun;
import backproplab.lessons.PerceptronSettings;
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
 * perceptron.html: the perceptron rule animated one mistake at a time on "Will I pass this
 * class?" and the truth tables, and logistic regression trained by gradient descent on the
 * same data (docs/notation.md §1–2, §4). The numbers come from lessons.PerceptronRun and LogisticRun;
 * this class only wires the controls, the animation and the link.
 */
public final class PerceptronPage {
    /** Updates per second of the perceptron at slow / normal / fast. */
    private static final double[] UPDATE_RATES = {3, 20, 200};
    /** Gradient steps per second of logistic regression at slow / normal / fast. */
    private static final double[] STEP_RATES = {10, 100, 1000};
    /** Epochs without convergence after which the page explains XOR. */
    private static final int XOR_PATIENCE = 3;
    /** "Run to convergence" on XOR gives up after this many epochs. */
    private static final int XOR_GIVE_UP = 30;
    /** Touch and pointer reach for picking a point, CSS pixels. */
    private static final double REACH = 22;
    /** From this window width the plane sits beside the controls (as the CSS's media query). */
    private static final int WIDE = 900;
    /** A panel's padding on both sides, CSS pixels (0.8em each side at 16px, rounded up). */
    private static final double PANEL_PADDING = 28;
    private static final double MIN_SIDE = 240;

    private PerceptronSettings settings;
    private LinearInputs inputs;
    private PerceptronRun perceptron;
    private LogisticRun logistic;
    private final DoubleBinaryOperator a = (x1, x2) -> perceptron != null ? perceptron.a(x1, x2) : logistic.a(x1, x2);

    private final HTMLCanvasElement planeCanvas = Dom.byId("pc-plane");
    private final HTMLCanvasElement outputCanvas = Dom.byId("pc-output");
    private final CanvasSurface plane = new CanvasSurface(planeCanvas);
    private final CanvasSurface output = new CanvasSurface(outputCanvas);
    private ClassifierView view;
    private Style style;

    private int hovered = -1;
    /** w and b just before the last update, to show the update's arithmetic. */
    private double[] before;
    private double beforeB;
    private boolean running;
    private double lastFrame = -1;
    private double due;
    private String written = "";
    private int gaveUpAt = -1;

    private PerceptronPage() {
    }

    public static void start() {
        new PerceptronPage().init();
    }

    private void init() {
        readLink();
        Dom.on(Dom.byId("pc-data"), "change", e -> apply(settings.withData(ClassifierData.byId(select("pc-data").getValue()))));
        Dom.on(Dom.byId("pc-model-perceptron"), "click", e -> apply(settings.withModel(ClassifierModel.PERCEPTRON)));
        Dom.on(Dom.byId("pc-model-logistic"), "click", e -> apply(settings.withModel(ClassifierModel.LOGISTIC)));
        Dom.on(Dom.byId("pc-eta"), "change", e -> apply(settings.withEta(JsNumber.parse(select("pc-eta").getValue()))));
        Dom.on(Dom.byId("pc-bias"), "click", e -> {
            settings = settings.withBias(settings.bias() == BiasNotation.SEPARATE ? BiasNotation.ABSORBED : BiasNotation.SEPARATE);
            writeLink();
            refresh();
        });
        Dom.on(Dom.byId("pc-x1x2"), "click", e -> apply(settings.withX1x2(!settings.x1x2())));
        Dom.on(Dom.byId("pc-xor-lift"), "click", e -> apply(settings.withX1x2(true)));
        Dom.on(Dom.byId("pc-step"), "click", e -> {
            stop();
            step();
            writeLink();
            refresh();
        });
        Dom.on(Dom.byId("pc-epoch"), "click", e -> {
            stop();
            if (perceptron != null) {
                perceptron.epoch();
                before = null; // several updates at once: no single one to show
            }
            writeLink();
            refresh();
        });
        Dom.on(Dom.byId("pc-run"), "click", e -> {
            if (running) {
                stop();
                writeLink();
                refresh();
            } else {
                gaveUpAt = -1;
                running = true;
                lastFrame = -1;
                due = 0;
                refresh();
                Window.requestAnimationFrame(this::frame);
            }
        });
        Dom.on(Dom.byId("pc-reset"), "click", e -> apply(settings.withT(0)));
        Dom.<MouseEvent>on(planeCanvas, "pointermove", e -> hover(e.getOffsetX(), e.getOffsetY()));
        Dom.<MouseEvent>on(planeCanvas, "pointerdown", e -> hover(e.getOffsetX(), e.getOffsetY()));
        Dom.on(planeCanvas, "pointerleave", e -> {
            hovered = -1;
            refresh();
        });
        ((HTMLAnchorElement) Dom.byId("pc-playground")).setHref(PerceptronSettings.playgroundLink());
        Window.current().addEventListener("resize", Notices.guard(e -> layout()));
        Window.current().addEventListener("hashchange", Notices.guard(e -> {
            if (!Address.hashText().equals(written)) {
                stop();
                readLink();
                layout();
            }
        }));
        SiteChrome.onContrastChange(this::layout);
        layout();
    }

    private static HTMLSelectElement select(String id) {
        return Dom.byId(id);
    }

    private void readLink() {
        PerceptronSettings.Parsed parsed = PerceptronSettings.parse(Address.hashText());
        Notices.set("link", parsed.notices());
        rebuild(parsed.settings());
    }

    /** A new configuration: a fresh run replayed to its t, the link and every view updated. */
    private void apply(PerceptronSettings next) {
        stop();
        gaveUpAt = -1;
        rebuild(next);
        writeLink();
        layout();
    }

    private void rebuild(PerceptronSettings next) {
        settings = next;
        inputs = settings.inputs();
        before = null;
        hovered = -1;
        if (settings.model() == ClassifierModel.PERCEPTRON) {
            logistic = null;
            perceptron = new PerceptronRun(inputs, settings.eta());
            for (int k = 0; k < settings.t() && !perceptron.converged(); k++) {
                perceptron.update();
            }
        } else {
            perceptron = null;
            logistic = new LogisticRun(inputs, settings.eta());
            for (int k = 0; k < settings.t() && logistic.finite(); k++) {
                logistic.step();
            }
        }
        syncControls();
    }

    private void writeLink() {
        settings = settings.withT(perceptron != null ? perceptron.updates() : logistic.steps());
        String h = settings.toHash();
        written = SiteChrome.keepEmbed(h); // the hash this page wrote itself: its hashchange is not a new link
        LessonPages.setHash(h);
    }

    private void rememberBefore() {
        before = new double[inputs.d];
        for (int k = 0; k < inputs.d; k++) {
            before[k] = perceptron.w(k);
        }
        beforeB = perceptron.b();
    }

    /** One update of the perceptron (the next mistake) or one gradient step. */
    private void step() {
        if (perceptron != null) {
            if (!perceptron.converged()) {
                rememberBefore();
                if (perceptron.update() < 0) {
                    before = null;
                }
            }
        } else if (logistic.steps() < PerceptronSettings.MAX_STEPS && logistic.finite()) {
            logistic.step();
        }
    }

    private void stop() {
        running = false;
    }

    private void frame(double time) {
        if (!running) {
            return;
        }
        try {
            double rate = (perceptron != null ? UPDATE_RATES : STEP_RATES)[Integer.parseInt(select("pc-speed").getValue())];
            if (lastFrame >= 0) {
                due += Math.min(0.1, (time - lastFrame) / 1000) * rate;
            } else {
                due = 1; // the first frame moves at once
            }
            lastFrame = time;
            while (due >= 1 && running) {
                due -= 1;
                step();
                if (finished()) {
                    running = false;
                }
            }
            if (!running) {
                writeLink();
            }
            refresh();
        } catch (RuntimeException e) {
            running = false;
            Notices.set("error", "Something went wrong: " + e.getMessage() + ". The page keeps working; please report this.");
        }
        if (running) {
            Window.requestAnimationFrame(this::frame);
        }
    }

    /** Whether a run should stop by itself: converged, given up on XOR, or out of steps. */
    private boolean finished() {
        if (perceptron != null) {
            if (perceptron.converged() || perceptron.updates() >= PerceptronSettings.MAX_UPDATES) {
                return true;
            }
            if (!inputs.lifted() && inputs.data == ClassifierData.XOR && perceptron.epochsDone() >= XOR_GIVE_UP) {
                gaveUpAt = perceptron.epochsDone();
                return true;
            }
            return false;
        }
        return logistic.steps() >= PerceptronSettings.MAX_STEPS || !logistic.finite();
    }

    private void hover(double px, double py) {
        int i = view.pointAt(px, py, inputs.x1, inputs.x2, inputs.count, REACH);
        if (i != hovered) {
            hovered = i;
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
        ClassifierData d = settings.data();
        view = new ClassifierView(side, side, style, d.min(), d.max(), d.truthTable() ? 1 : 2, d.truthTable() ? 3.5 : 1.5);
        HTMLElement sidePanel = (HTMLElement) outputCanvas.getParentNode();
        double ow = Math.max(200, Math.min(520, sidePanel.getClientWidth() - PANEL_PADDING));
        output.resize(ow, Math.round(ow * 0.5));
        refresh();
    }

    private void syncControls() {
        boolean isPerceptron = settings.model() == ClassifierModel.PERCEPTRON;
        select("pc-data").setValue(settings.data().id());
        Dom.byId("pc-model-perceptron").setAttribute("aria-pressed", Boolean.toString(isPerceptron));
        Dom.byId("pc-model-logistic").setAttribute("aria-pressed", Boolean.toString(!isPerceptron));
        HTMLSelectElement eta = select("pc-eta");
        while (eta.getFirstChild() != null) {
            eta.removeChild(eta.getFirstChild());
        }
        double[] offered = isPerceptron ? PerceptronSettings.ETAS : PerceptronSettings.ALPHAS;
        boolean found = false;
        for (double v : offered) {
            found |= v == settings.eta();
        }
        for (int k = 0; k <= offered.length; k++) {
            double v = k < offered.length ? offered[k] : settings.eta();
            if (k == offered.length && found) {
                break;
            }
            HTMLElement option = Dom.el("option", null, Fmt.num(v, 6));
            option.setAttribute("value", Fmt.num(v, 17));
            eta.appendChild(option);
        }
        eta.setValue(Fmt.num(settings.eta(), 17));
        Dom.text("pc-eta-name", isPerceptron ? "η (learning rate)" : "α (learning rate)");
        Dom.text("pc-step", isPerceptron ? "One update" : "One gradient step");
        Dom.show(Dom.byId("pc-epoch"), isPerceptron);
        Dom.show(Dom.byId("pc-x1x2"), settings.data().truthTable());
        Dom.byId("pc-x1x2").setAttribute("aria-pressed", Boolean.toString(settings.x1x2()));
        Dom.text("pc-lede", settings.data().truthTable()
                ? settings.data().label().substring(0, settings.data().label().indexOf(' ')) + " as four points: the two input bits x₁, x₂ ∈ {0, 1}, blue where the output is 1. Can one line put the blue points on one side and the orange on the other?"
                : "Will I pass this class? Each dot is a student: hours studied across, hours on the project up. A linear classifier draws one line, and says “pass” on one side of it.");
        Dom.text("pc-key-pos", settings.data().truthTable() ? "output 1 (y = 1)" : "pass (y = 1)");
        Dom.text("pc-key-neg", settings.data().truthTable() ? "output 0 (y = 0)" : "fail (y = 0)");
        Dom.text("pc-key-line", isPerceptron ? "boundary a = 0" : "boundary σ(a) = 0.5");
    }

    /** Every text and picture from the current state. */
    private void refresh() {
        boolean isPerceptron = perceptron != null;
        BiasNotation n = settings.bias();
        int d = inputs.d;
        double[] w = new double[d];
        for (int k = 0; k < d; k++) {
            w[k] = isPerceptron ? perceptron.w(k) : logistic.w(k);
        }
        double b = isPerceptron ? perceptron.b() : logistic.b();
        ClassifierModel model = settings.model();

        Dom.byId("pc-bias").setAttribute("aria-pressed", Boolean.toString(n == BiasNotation.ABSORBED));
        Dom.text("pc-model-formula", n.model(model));
        Dom.text("pc-vectors", n.vectors(d));
        Dom.text("pc-rule", n.rule(model));
        Dom.text("pc-loss-formula", isPerceptron ? "" : n.loss() + ",   ℓ(y, ŷ) = −[y log ŷ + (1−y) log(1−ŷ)]");
        Dom.show(Dom.byId("pc-loss-formula"), !isPerceptron);
        Dom.text("pc-boundary", "Boundary: " + n.boundary(d) + (isPerceptron ? "" : "   (σ(a) = 0.5)"));
        Dom.text("pc-params", n.parameters(w, b) + (isPerceptron ? ",   η = " : ",   α = ") + BiasNotation.show(settings.eta()));
        Dom.text("pc-run", running ? (isPerceptron ? "Pause" : "Pause") : isPerceptron ? "Run to convergence" : "Play");
        Dom.byId("pc-run").setAttribute("aria-pressed", Boolean.toString(running));

        if (isPerceptron) {
            int last = perceptron.mistakesLastEpoch();
            Dom.text("pc-count", "Updates: " + perceptron.updates() + "   ·   epoch " + (perceptron.epochsDone() + 1)
                    + ", mistakes in it so far: " + perceptron.mistakesThisEpoch()
                    + (last >= 0 ? "   ·   in the last epoch: " + last : "")
                    + "   ·   on the wrong side now: " + perceptron.misclassified());
            Dom.text("pc-status", perceptronStatus());
        } else {
            Dom.text("pc-count", "Steps: " + logistic.steps() + "   ·   L = Σᵢ ℓᵢ = " + BiasNotation.show(logistic.loss())
                    + " over " + inputs.count + " points   ·   on the wrong side: " + logistic.misclassified());
            Dom.text("pc-status", logistic.finite() ? logisticStatus()
                    : "The weights overflowed: α is far too large for this data. Reset and pick a smaller α.");
        }
        pointDetails(w, b, n);
        xorPanel();

        int current = isPerceptron && before != null ? perceptron.current() : -1;
        view.draw(plane, a, !isPerceptron, inputs.x1, inputs.x2, yLabels(), inputs.count, current, hovered,
                d == 2 ? w[0] : Double.NaN, d == 2 ? w[1] : Double.NaN,
                axisName(settings.data().x1Name(), "x₁"), axisName(settings.data().x2Name(), "x₂"));
    }

    private static String axisName(String name, String symbol) {
        return name.equals(symbol) ? symbol : name + " (" + symbol + ")";
    }

    private int[] labels;

    private int[] yLabels() {
        if (labels == null || labels.length != inputs.count) {
            labels = new int[inputs.count];
        }
        for (int i = 0; i < inputs.count; i++) {
            labels[i] = inputs.y(i);
        }
        return labels;
    }

    private String perceptronStatus() {
        if (perceptron.converged()) {
            return "Converged after " + perceptron.updates() + " updates (" + (perceptron.epochsDone() + (perceptron.next() == 0 ? 0 : 1))
                    + " epochs): every point is on its side, so the rule will never move the line again.";
        }
        if (gaveUpAt >= 0) {
            return "Stopped after " + gaveUpAt + " epochs without convergence: every epoch still has a mistake.";
        }
        if (perceptron.updates() >= PerceptronSettings.MAX_UPDATES) {
            return "Stopped at " + PerceptronSettings.MAX_UPDATES + " updates without convergence.";
        }
        if (perceptron.updates() == 0) {
            return "w = 0 and b = 0: a = 0 everywhere, so every point is predicted ŷ = 0. Press “One update” to find the first mistake.";
        }
        return "Not converged yet: some point is still on the wrong side.";
    }

    private String logisticStatus() {
        if (logistic.steps() == 0) {
            return "w = 0 and b = 0: σ(0) = 0.5 everywhere, so every point costs ℓ = log 2 ≈ 0.693. Press “One gradient step” or “Play”.";
        }
        if (logistic.misclassified() == 0) {
            return "Every point is on its side of σ(a) = 0.5. On separable data L keeps falling as w grows, and the surface gets steeper.";
        }
        return "Gradient descent moves w against ∇L; points on the wrong side cost the most.";
    }

    /** The hovered point, or else the point just corrected, with its arithmetic. */
    private void pointDetails(double[] w, double b, BiasNotation n) {
        int i = hovered >= 0 ? hovered : perceptron != null && before != null ? perceptron.current() : -1;
        boolean update = hovered < 0 && i >= 0;
        HTMLElement title = Dom.byId("pc-point-title");
        if (i < 0) {
            title.setTextContent("A point");
            Dom.text("pc-point-x", "Point at a dot (or tap it) to see " + n.sum() + " for it.");
            Dom.text("pc-point-a", "");
            Dom.text("pc-point-more", "");
            ClassifierView.drawOutput(output, style, perceptron == null, Double.NaN, 0);
            return;
        }
        int y = inputs.y(i);
        double[] x = new double[inputs.d];
        for (int k = 0; k < inputs.d; k++) {
            x[k] = inputs.x(i, k);
        }
        String what = inputs.data.truthTable()
                ? "bits (" + (int) inputs.x1[i] + ", " + (int) inputs.x2[i] + "), y = " + y
                : Fmt.fixed(inputs.x1[i], 1) + " h studied, " + Fmt.fixed(inputs.x2[i], 1) + " h on the project, y = " + y + (y == 1 ? " (pass)" : " (fail)");
        title.setTextContent(update ? "The update just made (point " + (i + 1) + ")" : "Point " + (i + 1));
        Dom.text("pc-point-x", what + ":   " + n.input(x));
        double aHere;
        if (perceptron != null) {
            double[] wa = update ? before : w;
            double ba = update ? beforeB : b;
            aHere = ba;
            for (int k = 0; k < x.length; k++) {
                aHere += wa[k] * x[k];
            }
            int yHat = aHere > 0 ? 1 : 0;
            Dom.text("pc-point-a", n.activation(wa, ba, x) + "  →  ŷ = " + yHat + (yHat == y ? "  (right)" : "  (wrong: y = " + y + ")"));
            Dom.text("pc-point-more", update
                    ? "So w ← w + η(y − ŷ)x with η(y − ŷ) = " + BiasNotation.show(settings.eta() * (y - yHat)) + ":   " + n.parameters(w, b)
                    : yHat == y ? "The rule leaves w alone for this point." : "When the rule reaches it, it will move w by η(y − ŷ)x = " + (y - yHat > 0 ? "+" : "−") + "ηx.");
        } else {
            aHere = logistic.a(i);
            Dom.text("pc-point-a", n.activation(w, b, x) + "  →  ŷ = σ(a) = " + BiasNotation.show(logistic.yHat(i)));
            Dom.text("pc-point-more", logistic.lossWorking(i));
        }
        ClassifierView.drawOutput(output, style, perceptron == null, aHere, y);
    }

    private void xorPanel() {
        boolean plainXor = inputs.data == ClassifierData.XOR && !inputs.lifted();
        boolean stuck = perceptron != null ? perceptron.epochsDone() >= XOR_PATIENCE : logistic.steps() > 0;
        Dom.show(Dom.byId("pc-xor"), plainXor && stuck);
        if (!(plainXor && stuck)) {
            return;
        }
        Dom.text("pc-xor-why", "No line separates XOR's points. The ones, (0, 1) and (1, 0), would have to lie on one side and the zeros, (0, 0) and (1, 1), on the other. "
                + "But the segment joining the ones and the segment joining the zeros cross at (½, ½): a side of a line that holds both ends of a segment holds all of it, so (½, ½) would be on both sides. "
                + (perceptron != null ? "So every epoch has a mistake, and the perceptron keeps cycling." : "Logistic regression cannot do better than ŷ = 0.5 for all four: here the gradient at w = 0 is exactly 0, and L stays at 4 log 2 ≈ 2.77."));
        int cycle = perceptron != null ? perceptron.cycleFrom() : -1;
        Dom.text("pc-xor-cycle", cycle >= 0
                ? "Indeed: the weights at the start of epoch " + (perceptron.cycleTo() + 1) + " had already been reached at the start of epoch " + (cycle + 1) + " — the rule is in a loop and will repeat it forever."
                : "");
    }
}
