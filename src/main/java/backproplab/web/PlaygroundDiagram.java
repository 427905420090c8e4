package backproplab.web;

import backproplab.data.Feature;
import backproplab.nn.Network;
import backproplab.playground.Grid;
import backproplab.playground.Playground;
import backproplab.playground.PointTrace;
import backproplab.render.NetworkDiagram;
import backproplab.render.NetworkDiagram.Kind;
import backproplab.render.NetworkDiagram.Target;
import backproplab.render.Thumbnail;
import backproplab.render.TraceOverlay;
import backproplab.state.Control;
import backproplab.state.Limits;
import backproplab.state.PlaygroundState;
import backproplab.text.Fmt;
import backproplab.text.Texts;
import backproplab.text.TypedNumber;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.TextRectangle;

/**
 * The features and the network: the diagram canvas, the per-layer unit buttons above it, the
 * formula tooltips, and editing a weight or bias in place. Keyboard: Tab to the diagram, the
 * arrow keys move from feature to unit to bias to weight, Enter switches a feature or edits.
 */
final class PlaygroundDiagram {
    private final PlaygroundPage page;
    private final HTMLCanvasElement canvas = Dom.byId("network");
    private final CanvasSurface surface = new CanvasSurface(canvas);
    private final HTMLElement editor = Dom.byId("weightEditor");
    private final HTMLInputElement input = Dom.byId("weightInput");
    private NetworkDiagram layout;
    /** Cells per side of a node's picture: every other cell of the page's grid. */
    private static final int THUMBNAIL = PlaygroundPage.GRID / 2;

    private Thumbnail[] features = new Thumbnail[0];
    private Thumbnail[][] units = new Thumbnail[0][];
    private List<Target> order = List.of();
    /** The keyboard's current target (drawn with a ring), or the one being edited; null for none. */
    private Target focus;
    private Target editing;

    PlaygroundDiagram(PlaygroundPage page) {
        this.page = page;
        Dom.<MouseEvent>on(canvas, "mousemove", this::hover);
        Dom.<MouseEvent>on(canvas, "mouseleave", e -> PlaygroundTooltip.hide());
        Dom.<MouseEvent>on(canvas, "click", this::click);
        Dom.<KeyboardEvent>on(canvas, "keydown", this::key);
        Dom.on(canvas, "blur", (Event e) -> {
            if (editing == null) {
                focus = null;
                PlaygroundTooltip.hide();
                page.redraw();
            }
        });
        Dom.on(editor, "submit", (Event e) -> {
            e.preventDefault();
            commit();
        });
        Dom.<KeyboardEvent>on(input, "keydown", e -> {
            if (e.getKey().equals("Escape")) {
                e.preventDefault();
                closeEditor(true);
            }
        });
        Dom.on(input, "blur", (Event e) -> closeEditor(false));
        Dom.on(Dom.byId("addLayer"), "click", e -> page.change(s -> s.withNetworkShape(withLayer(s.networkShape()))));
        Dom.on(Dom.byId("removeLayer"), "click", e -> page.change(s -> s.withNetworkShape(
                s.networkShape().isEmpty() ? s.networkShape() : s.networkShape().subList(0, s.networkShape().size() - 1))));
    }

    private static List<Integer> withLayer(List<Integer> shape) {
        List<Integer> next = new ArrayList<>(shape);
        if (next.size() < Limits.MAX_LAYERS) {
            next.add(next.isEmpty() ? 4 : next.get(next.size() - 1));
        }
        return next;
    }

    /** A new layout for the current width, features and shape; the unit buttons follow it. */
    void layout() {
        PlaygroundState s = page.state();
        Network net = page.model().network();
        List<Feature> shownList = new ArrayList<>();
        for (Feature f : Feature.values()) {
            if (!s.hiddenFeatures().contains(f)) {
                shownList.add(f);
            }
        }
        Feature[] shown = shownList.toArray(new Feature[0]);
        boolean[] on = new boolean[shown.length];
        for (int r = 0; r < shown.length; r++) {
            on[r] = s.features().contains(shown[r]);
        }
        double width = Math.max(260, Dom.byId("networkWrap").getClientWidth());
        layout = new NetworkDiagram(width, shown, on, net.n, page.style().fontPx());
        surface.resize(width, layout.height);
        features = new Thumbnail[shown.length];
        for (int r = 0; r < shown.length; r++) {
            features[r] = new Thumbnail(THUMBNAIL);
            features[r].fill(Thumbnail.featureValues(shown[r], THUMBNAIL, Grid.DOMAIN), page.style().palette(), false);
        }
        units = new Thumbnail[net.L + 1][];
        for (int l = 1; l <= net.L; l++) {
            units[l] = new Thumbnail[net.n[l]];
            for (int j = 0; j < net.n[l]; j++) {
                units[l][j] = new Thumbnail(THUMBNAIL);
            }
        }
        order = layout.targets();
        focus = null;
        PlaygroundTooltip.hide(); // it may describe a target of the old layout (e.g. a feature just switched by keyboard)
        buildStrip(s, net);
    }

    /** Above each hidden layer: + and − for its units; above the first and last column, their names. */
    private void buildStrip(PlaygroundState s, Network net) {
        HTMLElement strip = Dom.byId("layerStrip");
        while (strip.getFirstChild() != null) {
            strip.removeChild(strip.getFirstChild());
        }
        Dom.text("layerCount", Integer.toString(s.networkShape().size()));
        ((org.teavm.jso.dom.html.HTMLButtonElement) Dom.byId("addLayer")).setDisabled(s.networkShape().size() >= Limits.MAX_LAYERS);
        Dom.text("layerNoun", Texts.noun(s.networkShape().size(), "hidden layer"));
        ((org.teavm.jso.dom.html.HTMLButtonElement) Dom.byId("removeLayer")).setDisabled(s.networkShape().isEmpty());
        place(strip, Dom.el("span", "strip-name", "Inputs"), layout.columnX(0));
        for (int l = 1; l < net.L; l++) {
            int layer = l - 1;
            HTMLElement box = Dom.el("div", "unit-buttons", null);
            HTMLElement plus = smallButton("+", "Add a unit to layer " + l, net.n[l] < Limits.MAX_UNITS);
            HTMLElement minus = smallButton("−", "Remove a unit from layer " + l, net.n[l] > Limits.MIN_UNITS);
            Dom.on(plus, "click", e -> page.change(st -> st.withNetworkShape(resized(st.networkShape(), layer, +1))));
            Dom.on(minus, "click", e -> page.change(st -> st.withNetworkShape(resized(st.networkShape(), layer, -1))));
            box.appendChild(plus);
            box.appendChild(Dom.el("span", "strip-count", Integer.toString(net.n[l])));
            box.appendChild(minus);
            place(strip, box, layout.columnX(l));
        }
        place(strip, Dom.el("span", "strip-name", "Output"), layout.columnX(net.L));
        Dom.setClass(strip, "locked", s.hidden().contains(Control.NUM_HIDDEN_LAYERS));
    }

    private static HTMLElement smallButton(String text, String label, boolean enabled) {
        HTMLElement b = Dom.el("button", "small-button", text);
        b.setAttribute("type", "button");
        b.setAttribute("aria-label", label);
        b.setAttribute("title", label);
        ((org.teavm.jso.dom.html.HTMLButtonElement) b).setDisabled(!enabled);
        return b;
    }

    private static void place(HTMLElement strip, HTMLElement item, double x) {
        item.getStyle().setProperty("left", Dom.px(x));
        strip.appendChild(item);
    }

    private static List<Integer> resized(List<Integer> shape, int layer, int delta) {
        List<Integer> next = new ArrayList<>(shape);
        if (layer < next.size()) {
            next.set(layer, Math.max(Limits.MIN_UNITS, Math.min(Limits.MAX_UNITS, next.get(layer) + delta)));
        }
        return next;
    }

    /** Refreshes every unit's picture from the grid and draws the diagram. */
    void draw() {
        Playground model = page.model();
        Network net = model.network();
        if (units.length != net.L + 1 || (net.L >= 1 && units[1].length != net.n[1])) {
            layout();
        }
        boolean discretize = page.state().discretize();
        double[] output = model.outputPicture();
        Grid grid = model.grid();
        for (int l = 1; l <= net.L; l++) {
            for (int j = 0; j < net.n[l]; j++) {
                units[l][j].fill(l == net.L ? output : grid.unit(l, j), page.style().palette(), discretize && l == net.L);
            }
        }
        surface.clearRect(0, 0, layout.width, layout.height);
        layout.draw(surface, page.style(), net, features, units, editing != null ? editing : focus);
        PointTrace traced = page.trace().current();
        if (traced != null) {
            new TraceOverlay(layout, net.n).draw(surface, page.style(), traced, page.trace().step());
        }
    }

    private double[] local(MouseEvent e) {
        TextRectangle r = canvas.getBoundingClientRect();
        return new double[] {e.getClientX() - r.getLeft(), e.getClientY() - r.getTop()};
    }

    private void hover(MouseEvent e) {
        double[] p = local(e);
        Target t = layout.hit(p[0], p[1], page.model().network());
        canvas.getStyle().setProperty("cursor", t == null || t.kind() == Kind.UNIT ? "default" : "pointer");
        if (t == null) {
            PlaygroundTooltip.hide();
        } else {
            PlaygroundTooltip.show(describe(t, p[0], p[1]), e.getClientX(), e.getClientY());
        }
    }

    private void click(MouseEvent e) {
        double[] p = local(e);
        Target t = layout.hit(p[0], p[1], page.model().network());
        if (t == null) {
            return;
        }
        if (t.kind() == Kind.UNIT) {
            // on a touch screen there is no hover: a tap shows the formula
            PlaygroundTooltip.show(describe(t, p[0], p[1]), e.getClientX(), e.getClientY());
        } else {
            activate(t);
        }
    }

    private void key(KeyboardEvent e) {
        String k = e.getKey();
        int at = focus == null ? -1 : order.indexOf(focus);
        if (k.equals("ArrowDown") || k.equals("ArrowRight")) {
            moveFocus(at + 1);
        } else if (k.equals("ArrowUp") || k.equals("ArrowLeft")) {
            moveFocus(at <= 0 ? order.size() - 1 : at - 1);
        } else if ((k.equals("Enter") || k.equals(" ")) && focus != null) {
            activate(focus);
        } else if (k.equals("Escape")) {
            focus = null;
            PlaygroundTooltip.hide();
            page.redraw();
            return;
        } else {
            return;
        }
        e.preventDefault();
    }

    private void moveFocus(int index) {
        if (order.isEmpty()) {
            return;
        }
        focus = order.get(((index % order.size()) + order.size()) % order.size());
        double[] c = layout.anchor(focus);
        TextRectangle r = canvas.getBoundingClientRect();
        PlaygroundTooltip.show(describe(focus, Double.NaN, Double.NaN), r.getLeft() + c[0], r.getTop() + c[1]);
        page.redraw();
    }

    /** Click or Enter: switch a feature, or open the editor on a weight or bias. */
    private void activate(Target t) {
        if (t.kind() == Kind.FEATURE) {
            Feature f = layout.feature(t.j());
            page.change(s -> s.withFeature(f, !s.features().contains(f)));
            canvas.focus();
        } else if (t.kind() == Kind.LINK || t.kind() == Kind.BIAS) {
            openEditor(t);
        }
    }

    private double valueOf(Target t) {
        Network net = page.model().network();
        return t.kind() == Kind.BIAS ? net.bias(t.l(), t.j()) : net.weight(t.l(), t.j(), t.i());
    }

    private void openEditor(Target t) {
        editing = t;
        PlaygroundTooltip.hide();
        double[] c = layout.anchor(t);
        Dom.text("weightLabel", t.kind() == Kind.BIAS ? "b =" : "w =");
        input.setValue(Fmt.num(valueOf(t), 4));
        editor.getStyle().setProperty("left", Dom.px(Math.max(0, Math.min(layout.width - 150, c[0] - 40))));
        editor.getStyle().setProperty("top", Dom.px(c[1] + 10));
        editor.setHidden(false);
        input.focus();
        input.select();
        page.redraw();
    }

    /** Enter: a number replaces the value and every picture follows; anything else is refused with a notice. */
    private void commit() {
        Target t = editing;
        if (t == null) {
            return;
        }
        String text = input.getValue().trim().replace('−', '-').replace(',', '.');
        TypedNumber typed = TypedNumber.read(text);
        if (!typed.ok()) {
            Notices.set("edit", (t.kind() == Kind.BIAS ? "The bias" : "The weight") + " stays " + Fmt.minus(Fmt.num(valueOf(t), 4))
                    + ": " + typed.problem() + ".");
            closeEditor(true);
            return;
        }
        Notices.set("edit", List.of());
        double v = typed.value();
        Network net = page.model().network();
        if (t.kind() == Kind.BIAS) {
            net.setBias(t.l(), t.j(), v);
        } else {
            net.setWeight(t.l(), t.j(), t.i(), v);
        }
        closeEditor(true);
        page.parametersEdited();
    }

    private void closeEditor(boolean refocus) {
        if (editing == null) {
            return;
        }
        focus = editing;
        editing = null;
        editor.setHidden(true);
        if (refocus) {
            canvas.focus();
        }
        page.redraw();
    }

    /**
     * The tooltip text: the unit's formula in the lecture's notation with its numbers, or a weight,
     * bias or feature. (px, py) is the pointer on the canvas, NaN for the keyboard's focus, which
     * edits with Enter where the pointer clicks.
     */
    private String describe(Target t, double px, double py) {
        Network net = page.model().network();
        String how = Double.isNaN(px) ? "Enter" : "click";
        switch (t.kind()) {
            case FEATURE: {
                Feature f = layout.feature(t.j());
                boolean on = page.state().features().contains(f);
                return "Feature " + f.label() + (on ? " (on)" : " (off)") + "\n" + how + " to switch it " + (on ? "off" : "on");
            }
            case BIAS:
                return "b = " + Fmt.minus(Fmt.num(net.bias(t.l(), t.j()), 4)) + "  (bias of " + unitName(t.l(), t.j(), net) + ")\n" + how + " to edit";
            case LINK:
                return "w = " + Fmt.minus(Fmt.num(net.weight(t.l(), t.j(), t.i()), 4)) + "\nfrom " + input(t.l(), t.i()) + " to "
                        + unitName(t.l(), t.j(), net) + traced(t) + "\n" + how + " to edit";
            default:
                return formula(t.l(), t.j(), px, py);
        }
    }

    /** While a point is traced: this weight's ∂ℓ/∂w for the point and its value after the step. */
    private String traced(Target t) {
        PointTrace trace = page.trace().current();
        if (trace == null) {
            return "";
        }
        return "\n∂ℓ/∂w = " + Fmt.minus(Fmt.num(trace.weightGradient(t.l(), t.j(), t.i()), 3)) + " for the traced point"
                + "\nafter the step: w = " + Fmt.minus(Fmt.num(trace.after.weight(t.l(), t.j(), t.i()), 4));
    }

    private String unitName(int l, int j, Network net) {
        return l == net.L ? "the output ŷ" : "unit " + (j + 1) + " of layer " + l;
    }

    /** What input i of layer l is called: a feature's name for the first layer, z with its index after. */
    private String input(int l, int i) {
        return l == 1 ? layout.feature(layout.inputRow(i)).label() : "z" + Texts.subscript(i + 1) + " (layer " + (l - 1) + ")";
    }

    private String formula(int l, int j, double px, double py) {
        Network net = page.model().network();
        StringBuilder out = new StringBuilder(unitName(l, j, net));
        out.append("\na = Σ w·z + b\n  = ");
        for (int i = 0; i < net.n[l - 1]; i++) {
            double w = net.weight(l, j, i);
            if (i > 0) {
                out.append(i % 4 == 0 ? "\n    " : " ").append(w < 0 ? "− " : "+ ");
            } else if (w < 0) {
                out.append("−");
            }
            out.append(Fmt.num(Math.abs(w), 3)).append("·").append(l == 1 ? layout.feature(layout.inputRow(i)).label() : "z" + Texts.subscript(i + 1));
        }
        double b = net.bias(l, j);
        out.append(net.n[l - 1] == 0 ? "" : b < 0 ? " − " : " + ").append(Fmt.minus(Fmt.num(net.n[l - 1] == 0 ? b : Math.abs(b), 3)));
        out.append("\nz = ").append(net.activation(l).kind().label()).append("(a)");
        // the point of the plane under the pointer: this unit's thumbnail is the plane
        double half = layout.node / 2;
        double cx = layout.columnX(l);
        double cy = layout.nodeY(l, j);
        if (px - px == 0) {
            double x1 = (px - cx) / half * Grid.DOMAIN;
            double x2 = -(py - cy) / half * Grid.DOMAIN;
            page.model().predict(x1, x2);
            out.append("\nat x = (").append(Fmt.minus(Fmt.num(x1, 2))).append(", ").append(Fmt.minus(Fmt.num(x2, 2))).append("): a = ")
                    .append(Fmt.minus(Fmt.num(net.a[l][j], 3))).append(", z = ").append(Fmt.minus(Fmt.num(net.z[l][j], 3)));
        }
        return out.toString();
    }
}
