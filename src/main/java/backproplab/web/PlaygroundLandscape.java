package backproplab.web;

import backproplab.landscape.Slice;
import backproplab.playground.Link;
import backproplab.playground.LossLandscape;
import backproplab.playground.Playground;
import backproplab.render.LandscapeView;
import backproplab.text.Fmt;
import backproplab.text.JsNumber;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The "Loss landscape" panel: computes the model's slice a few milliseconds a frame (so training
 * and the pictures keep their frames), then draws its contours and its surface; with "Follow
 * training" a new slice begins about once a second while the weights move.
 */
final class PlaygroundLandscape {
    /** Milliseconds of slice per animation frame. */
    private static final double SLICE_MS = 4;
    private static final double FOLLOW_MS = 1000;

    private final PlaygroundPage page;
    private final HTMLElement panel = Dom.byId("landscapePanel");
    private final HTMLCanvasElement contours = Dom.byId("lsContours");
    private final HTMLCanvasElement surface = Dom.byId("lsSurface");
    private final CanvasSurface contourSurface = new CanvasSurface(contours);
    private final CanvasSurface surfaceSurface = new CanvasSurface(surface);
    private final HTMLInputElement follow = Dom.byId("lsFollow");
    private LandscapeView view;
    private double yaw = -0.6;
    private double pitch = 0.55;
    private boolean ticking;
    private double computeMs;
    private double begunAt = Double.NEGATIVE_INFINITY;
    private int begunEpoch = -1;
    /** Slices completed: a test waits for the next one. */
    private int completed;

    PlaygroundLandscape(PlaygroundPage page) {
        this.page = page;
        Dom.on(Dom.byId("lsCompute"), "click", e -> begin());
        Dom.on(panel, "toggle", (Event e) -> {
            if (isOpen() && page.model().landscape().slice() == null) {
                begin();
            }
            page.linkChanged();
        });
        for (String id : new String[] {"lsPlane", "lsSize", "lsRange", "lsLoss"}) {
            Dom.on(Dom.byId(id), "change", e -> page.linkChanged());
        }
        Dom.on(follow, "change", e -> tick());
        Window.current().addEventListener("resize", Notices.guard((Event e) -> {
            view = null; // a new size: the contours' layout follows
            draw();
        }));
        Turning.attach(surface, -0.1, this::turn);
    }

    /** Opens the landscape a link asks for (null: none), with its settings. */
    void openAt(Link.Landscape asked) {
        if (asked == null) {
            return;
        }
        ((HTMLSelectElement) Dom.byId("lsPlane")).setValue(asked.plane().id);
        ((HTMLSelectElement) Dom.byId("lsSize")).setValue(Integer.toString(asked.grid()));
        ((HTMLSelectElement) Dom.byId("lsRange")).setValue(JsNumber.format(asked.range()));
        ((HTMLSelectElement) Dom.byId("lsLoss")).setValue(asked.testLoss() ? "test" : "train");
        panel.setAttribute("open", "");
    }

    /** The landscape's part of the link while its panel is open; else "". */
    String linkPart() {
        if (!isOpen()) {
            return "";
        }
        return chosen().entry();
    }

    /** The slice the panel's menus ask for. */
    private static Link.Landscape chosen() {
        LossLandscape.Plane plane = "path".equals(((HTMLSelectElement) Dom.byId("lsPlane")).getValue())
                ? LossLandscape.Plane.PATH : LossLandscape.Plane.RANDOM;
        return new Link.Landscape(plane, Integer.parseInt(((HTMLSelectElement) Dom.byId("lsSize")).getValue()),
                JsNumber.parse(((HTMLSelectElement) Dom.byId("lsRange")).getValue()),
                "test".equals(((HTMLSelectElement) Dom.byId("lsLoss")).getValue()));
    }

    private boolean isOpen() {
        return panel.hasAttribute("open");
    }

    /** A new slice through the current weights, with the panel's settings. */
    private void begin() {
        Playground model = page.model();
        LossLandscape l = model.landscape();
        Link.Landscape c = chosen();
        l.configure(c.plane(), c.grid(), c.range(), c.testLoss());
        model.beginLandscape();
        computeMs = 0;
        begunAt = Performance.now();
        begunEpoch = model.epochs();
        view = null;
        show();
        tick();
    }

    private void tick() {
        if (!ticking) {
            ticking = true;
            Window.requestAnimationFrame(t -> {
                ticking = false;
                frame();
            });
        }
    }

    private void frame() {
        LossLandscape l = page.model().landscape();
        Slice slice = l.slice();
        if (slice == null || !isOpen()) {
            return;
        }
        if (!slice.complete()) {
            double start = Performance.now();
            while (!slice.advance(8) && Performance.now() - start < SLICE_MS) {
                // a few cells at a time until the frame's share is used
            }
            computeMs += Performance.now() - start;
            if (slice.complete()) {
                completed++;
                HTMLElement root = Window.current().getDocument().getDocumentElement();
                root.setAttribute("data-landscape-ms", Fmt.fixed(computeMs, 1));
                root.setAttribute("data-landscape-slices", Integer.toString(completed));
                draw();
                show();
            }
            tick();
        } else if (follow.isChecked()) {
            if (Performance.now() - begunAt >= FOLLOW_MS && page.model().epochs() != begunEpoch) {
                begin();
            } else {
                tick();
            }
        }
    }

    /** The surface alone, as a turn leaves the contours as they are. */
    private void drawSurface() {
        if (view != null) {
            view.drawSurface(surfaceSurface, page.style(), yaw, pitch);
        }
    }

    private void draw() {
        Slice slice = page.model().landscape().slice();
        if (slice == null || !slice.complete()) {
            return;
        }
        double width = Math.max(200, Math.min(640, Dom.byId("outputWrap").getClientWidth()));
        if (view == null) {
            view = new LandscapeView(width, width, page.style(), slice);
        }
        contourSurface.resize(width, width);
        view.drawContours(contourSurface, page.style(), page.model().landscape().pathPlane());
        surfaceSurface.resize(width, width * 0.8);
        drawSurface();
        contours.setAttribute("aria-label", "Contours of the " + (page.model().landscape().testLoss() ? "test" : "training")
                + " loss over the slice, from " + Fmt.num(view.low(), 3)
                + " (pale) to " + Fmt.num(view.high(), 3) + " (dark blue); the current weights at the centre (×)"
                + (page.model().landscape().pathPlane() != null ? "; the training path drawn in black, a dot per recorded epoch" : ""));
    }

    private void show() {
        HTMLElement box = Dom.byId("lsText");
        Dom.clear(box);
        for (String line : page.model().landscape().describe()) {
            box.appendChild(Dom.el("p", null, line));
        }
        Slice slice = page.model().landscape().slice();
        if (slice != null && slice.complete()) {
            box.appendChild(Dom.el("p", "muted", slice.size + " × " + slice.size + " losses over the training points in "
                    + Fmt.fixed(computeMs, 0) + " ms of compute."));
        }
    }

    private void turn(double dYaw, double dPitch) {
        yaw += dYaw;
        pitch = Math.max(0.05, Math.min(1.5, pitch + dPitch));
        drawSurface();
    }
}
