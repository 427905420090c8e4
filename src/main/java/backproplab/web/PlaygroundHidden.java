package backproplab.web;

import backproplab.nn.Network;
import backproplab.playground.HiddenSpace;
import backproplab.render.HiddenSpaceView;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * The "Hidden space" panel: the training points at a hidden layer's outputs, redrawn each frame
 * the weights have moved while it is open, so a student watches the layer pull the classes apart.
 */
final class PlaygroundHidden {
    private final PlaygroundPage page;
    private final HTMLElement panel = Dom.byId("hiddenPanel");
    private final HTMLSelectElement layerSelect = Dom.byId("hiddenLayer");
    private final HTMLCanvasElement canvas = Dom.byId("hiddenCanvas");
    private final CanvasSurface surface = new CanvasSurface(canvas);
    /** The parameters' version of the last picture; −1 when it must be drawn anew. */
    private int drawn = -1;
    private int drawnLayer;
    private double yaw = 0.7;
    private double pitch = 0.5;
    private boolean ticking;

    PlaygroundHidden(PlaygroundPage page) {
        this.page = page;
        Dom.on(panel, "toggle", (Event e) -> tick());
        Dom.on(layerSelect, "change", e -> redraw());
        Window.current().addEventListener("resize", Notices.guard((Event e) -> redraw()));
        Turning.attach(canvas, 0.1, this::turn);
    }

    private boolean isOpen() {
        return panel.hasAttribute("open");
    }

    private void tick() {
        if (!ticking && isOpen()) {
            ticking = true;
            Window.requestAnimationFrame(t -> {
                ticking = false;
                frame();
            });
        }
    }

    /** Redraws when the network, the layer or a weight changed since the last picture. */
    private void frame() {
        if (!isOpen()) {
            return;
        }
        int now = page.model().parametersVersion();
        if (now != drawn || drawnLayer != layer()) {
            drawn = now;
            draw();
        }
        tick();
    }

    private void redraw() {
        drawn = -1;
        tick();
    }

    private int layer() {
        String v = layerSelect.getValue();
        return v == null || v.isEmpty() ? 1 : Integer.parseInt(v);
    }

    private void draw() {
        Network net = page.model().network();
        HTMLElement text = Dom.byId("hiddenText");
        Dom.clear(text);
        fillLayers(net);
        if (net.L < 2 || !page.model().hasTrainingPoints()) {
            text.appendChild(Dom.el("p", null, net.L < 2 ? "This network has no hidden layer: add one to see the data as it sees it."
                    : "There are no training points yet."));
            surface.resize(Math.max(200, panel.getClientWidth()), 1);
            return;
        }
        drawnLayer = layer();
        HiddenSpace h = page.model().hiddenSpace(drawnLayer);
        double width = Math.max(200, Math.min(520, panel.getClientWidth()));
        surface.resize(width, width);
        new HiddenSpaceView(width, width).draw(surface, page.style(), h, h.nextIsOutput ? h::outputPicture : null, yaw, pitch);
        StringBuilder label = new StringBuilder();
        for (String line : h.describe()) {
            text.appendChild(Dom.el("p", null, line));
            label.append(line).append(' ');
        }
        canvas.setAttribute("aria-label", label.toString().trim());
    }

    /** The layer menu: one entry per hidden layer, the choice kept while it exists. */
    private void fillLayers(Network net) {
        int hidden = net.L - 1;
        if (layerSelect.getOptions().getLength() == hidden) {
            return;
        }
        int keep = Math.min(Math.max(1, layer()), Math.max(1, hidden));
        Dom.clear(layerSelect);
        for (int l = 1; l <= hidden; l++) {
            HTMLElement option = Dom.el("option", null, "layer " + l + " (" + net.n[l] + " units)");
            option.setAttribute("value", Integer.toString(l));
            if (l == keep) {
                option.setAttribute("selected", "");
            }
            layerSelect.appendChild(option);
        }
    }

    private void turn(double dYaw, double dPitch) {
        yaw += dYaw;
        pitch = Math.max(0, Math.min(Math.PI / 2, pitch + dPitch));
        redraw();
    }
}
