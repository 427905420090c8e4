package backproplab.web;

import backproplab.autodiff.Contribution;
import backproplab.autodiff.Edge;
import backproplab.autodiff.ExpressionError;
import backproplab.autodiff.Graph;
import backproplab.autodiff.GradientCheck;
import backproplab.autodiff.Layout;
import backproplab.autodiff.NetworkGraph;
import backproplab.autodiff.Node;
import backproplab.autodiff.Notation;
import backproplab.autodiff.Program;
import backproplab.autodiff.Step;
import backproplab.autodiff.Trace;
import backproplab.math.Rng;
import backproplab.nn.Activation;
import backproplab.nn.Init;
import backproplab.nn.Network;
import backproplab.render.GraphView;
import backproplab.text.JsNumber;
import backproplab.text.TypedNumber;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLSelectElement;
import org.teavm.jso.dom.html.TextRectangle;

/**
 * The backpropagation page (docs/notation.md §6): a program becomes a computation graph, and the
 * forward and backward passes play one step at a time, each step explained beside the graph.
 * All numbers come from {@link Trace}; this class only shows them and keeps the URL hash in
 * step ({@link BackpropHash}).
 */
public final class BackpropPage {
    /** How long one step's animation lasts at normal speed, and how long play waits per step. */
    private static final double ANIMATION_MS = 650;
    private static final double FORWARD_PAUSE_MS = 1300;
    private static final double BACKWARD_PAUSE_MS = 2200;
    /** The network view: x = (x₁, x₂) = (1, 0.5) with label y = 1, weights drawn by the engine from seed 1. */
    private static final double[] MLP_EXAMPLE = {1, 0.5, 1};
    private static final String[] MLP_NAMES = {"x1", "x2", "y"};
    private static final int MLP_SEED = 1;
    /** The issue's second example: b feeds two children, like u in the lecture's. */
    private static final String SUM_EXAMPLE = "z = (a + b) * (b + 1); a = 2; b = 1";

    private final HTMLCanvasElement canvas = Dom.byId("bp-canvas");
    private final HTMLElement canvasWrap = Dom.byId("bp-canvas-wrap");
    private final CanvasSurface surface = new CanvasSurface(canvas);
    private final HTMLInputElement programBox = Dom.byId("bp-program");
    private final HTMLSelectElement speedBox = Dom.byId("bp-speed");
    private final HTMLSelectElement nodePick = Dom.byId("bp-node-pick");
    private final HTMLButtonElement playButton = Dom.byId("bp-play");

    private String program;
    private Map<String, Double> inputs = new LinkedHashMap<>();
    /** The network view's graph, or null in the expression view. */
    private NetworkGraph mlp;
    private final double[] mlpExample = MLP_EXAMPLE.clone(); // x₁, x₂, y
    private Trace trace;
    private Layout layout;
    private int step;
    private int selected = -1;
    private GraphView view;

    private boolean playing;
    private int playTimer = -1;
    private double animationStart = -1;
    private double progress = 1;
    private boolean frameRequested;

    private BackpropPage() {
    }

    public static void start() {
        new BackpropPage().init();
    }

    private void init() {
        wire();
        SiteChrome.onContrastChange(this::redraw);
        readHash(Address.hash(), true);
    }

    // ---- state changes ----------------------------------------------------------------------

    /** Applies a hash: the program (or the worked example), its inputs, the step; problems as notices. */
    private void readHash(String hash, boolean first) {
        BackpropHash.Parsed parsed = BackpropHash.parse(hash);
        List<String> notices = new ArrayList<>(parsed.notices());
        BackpropHash h = parsed.state();
        String text = h.program() != null ? h.program() : Program.WORKED_EXAMPLE;
        boolean network = h.view().equals(BackpropHash.MLP);
        if (network) {
            for (int k = 0; k < MLP_NAMES.length; k++) {
                Double v = h.inputs().get(MLP_NAMES[k]);
                boolean label = k == 2;
                if (v != null && label && (v < 0 || v > 1)) {
                    notices.add("The label y in the link (" + JsNumber.format(v) + ") is not between 0 and 1: using 1.");
                    v = null;
                }
                mlpExample[k] = v != null ? v : MLP_EXAMPLE[k];
            }
        }
        ExpressionError error = network ? null : build(text, h.inputs(), false);
        if (network) {
            program = h.program();
            buildMlp();
            fillInputs();
        } else if (error != null) {
            notices.add("The expression in the link could not be read (" + error.getMessage()
                    + "): the lecture's worked example is shown instead.");
            build(Program.WORKED_EXAMPLE, Map.of(), false);
            programBox.setValue(text);
            showError(text, error, "The graph below is the lecture's worked example, shown in its place.");
        }
        int wanted = h.step() < 0 ? 0 : h.step();
        if (wanted > trace.size()) {
            notices.add("The link asks for step " + wanted + ", but this graph has " + trace.size()
                    + " steps: showing the last.");
            wanted = trace.size();
        }
        Notices.set("link", notices);
        goTo(wanted, false);
        if (first && !notices.isEmpty()) {
            writeHash(); // the repaired state replaces the broken link
        }
    }

    /**
     * Compiles {@code text}; on success the graph, trace and layout are replaced and the step
     * goes back to 0. On a mistake the error is shown under the box, the old graph stays, and
     * the error is returned.
     */
    private ExpressionError build(String text, Map<String, Double> values, boolean fromUser) {
        Graph g;
        try {
            g = Program.compile(text, values);
        } catch (ExpressionError e) {
            showError(text, e, "The graph below is still the previous one.");
            return e;
        }
        hideError();
        mlp = null;
        showView();
        program = text;
        inputs = new LinkedHashMap<>();
        for (Node n : g.inputs()) { // keep only the overrides that name an input
            if (values.containsKey(n.label())) {
                inputs.put(n.label(), values.get(n.label()));
            }
        }
        trace = Trace.of(g);
        layout = Layout.of(g);
        selected = -1;
        programBox.setValue(text);
        fillInputs();
        fillNodePick();
        if (fromUser) {
            stop();
            goTo(0, false);
        }
        return null;
    }

    /**
     * The network view: one training example through a 2 → 2 → 1 sigmoid network with log
     * loss, its weights drawn by the playground's engine ({@link Network}, Xavier, seed 1).
     */
    private void buildMlp() {
        Network net = new Network(new int[] {2, 2, 1}, Activation.SIGMOID, Activation.SIGMOID);
        net.init(Init.XAVIER, new Rng(MLP_SEED));
        mlp = NetworkGraph.of(net, new double[] {mlpExample[0], mlpExample[1]}, mlpExample[2]);
        trace = mlp.trace();
        layout = Layout.of(mlp.graph());
        if (selected >= trace.graph().size()) {
            selected = -1;
        }
        hideError();
        showView();
        fillNodePick();
    }

    /** The same graph with new input values: every number updates, the step stays. */
    private void setInput(String name, double value) {
        if (mlp != null) {
            for (int k = 0; k < MLP_NAMES.length; k++) {
                if (MLP_NAMES[k].equals(name)) {
                    mlpExample[k] = value;
                }
            }
            int keep = step;
            int keepSelected = selected;
            buildMlp();
            selected = keepSelected;
            nodePick.setValue(Integer.toString(selected));
            step = keep;
        } else {
            inputs.put(name, value);
            trace = trace.withInputs(inputs);
        }
        showAll();
    }

    /** Shows the parts of the page that belong to the current view. */
    private void showView() {
        boolean network = mlp != null;
        Dom.byId("bp-view-expr").setAttribute("aria-pressed", Boolean.toString(!network));
        Dom.byId("bp-view-mlp").setAttribute("aria-pressed", Boolean.toString(network));
        Dom.show(Dom.byId("bp-form"), !network);
        Dom.show(Dom.byId("bp-mlp-about"), network);
        Dom.show(Dom.byId("bp-algo-panel"), network);
        if (network) {
            Dom.show(Dom.byId("bp-error"), false);
            Dom.text("bp-mlp-about", "One training example x = (x₁, x₂) with label y through a 2 → 2 → 1 network: "
                    + "sigmoid units, log loss ℓ = −[y log z[2] + (1 − y) log(1 − z[2])]. The weights and every number "
                    + "come from the playground's network engine. ∂ℓ/∂a[l] is δ[l]; ∂ℓ/∂W[l] and ∂ℓ/∂b[l] are dW and db.");
            HTMLElement list = Dom.byId("bp-algo");
            clear(list);
            for (int k = 0; k < NetworkGraph.ALGORITHM.size(); k++) {
                list.appendChild(Dom.el("li", null, null));
            }
        }
    }

    private void goTo(int k, boolean animate) {
        step = Math.max(0, Math.min(trace.size(), k));
        animationStart = -1;
        progress = animate && !Dom.reducedMotion() ? 0 : 1;
        showAll();
        followStep();
        if (progress < 1) {
            requestFrame();
        }
    }

    /** Where the graph is wider than its box (on a phone), scrolls the box to bring the step's node into sight. */
    private void followStep() {
        Step last = trace.stateAt(step).last();
        GraphView.Box b = last == null || view == null ? null : view.box(last.node());
        if (b == null) {
            return;
        }
        int left = canvasWrap.getScrollLeft();
        int shown = canvasWrap.getClientWidth();
        if (b.cx() - b.w() / 2 < left || b.cx() + b.w() / 2 > left + shown) {
            canvasWrap.setScrollLeft((int) Math.round(b.cx() - shown / 2.0));
        }
    }

    private void play() {
        if (step >= trace.size()) {
            goTo(0, false);
        }
        playing = true;
        playButton.setTextContent("Pause");
        playButton.setAttribute("aria-pressed", "true");
        schedule(200);
    }

    private void stop() {
        playing = false;
        if (playTimer >= 0) {
            Window.clearTimeout(playTimer);
            playTimer = -1;
        }
        playButton.setTextContent("Play");
        playButton.setAttribute("aria-pressed", "false");
    }

    private void schedule(double ms) {
        playTimer = Window.setTimeout(guarded(() -> {
            playTimer = -1;
            if (!playing) {
                return;
            }
            if (step >= trace.size()) {
                stop();
                return;
            }
            goTo(step + 1, true);
            if (step >= trace.size()) {
                stop();
            } else {
                schedule((trace.step(step - 1) instanceof Step.Backward ? BACKWARD_PAUSE_MS : FORWARD_PAUSE_MS)
                        / speed());
            }
        }), ms);
    }

    /** A timer callback whose failure is shown on the page instead of stopping it silently. */
    private static org.teavm.jso.browser.TimerHandler guarded(Runnable r) {
        return () -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                Notices.set("error", "Something went wrong: " + e.getMessage() + ". The page keeps working.");
            }
        };
    }

    private double speed() {
        Double s = BackpropHash.number(speedBox.getValue());
        return s == null || s <= 0 ? 1 : s;
    }

    // ---- events ------------------------------------------------------------------------------

    private void wire() {
        Dom.on(Dom.byId("bp-form"), "submit", e -> {
            e.preventDefault();
            if (build(programBox.getValue(), Map.of(), true) == null) {
                writeHash();
            } else {
                programBox.focus();
            }
        });
        HTMLSelectElement examples = Dom.byId("bp-example");
        Dom.on(examples, "change", e -> {
            String which = examples.getValue();
            if (!which.isEmpty()) {
                String text = which.equals("sum") ? SUM_EXAMPLE
                        : which.equals("neuron") ? Program.LOG_LOSS_EXAMPLE : Program.WORKED_EXAMPLE;
                build(text, Map.of(), true);
                writeHash();
                examples.setValue("");
            }
        });
        Dom.on(Dom.byId("bp-reset"), "click", e -> {
            stop();
            goTo(0, false);
        });
        Dom.on(Dom.byId("bp-back"), "click", e -> {
            stop();
            goTo(step - 1, false);
        });
        Dom.on(Dom.byId("bp-step"), "click", e -> {
            stop();
            goTo(step + 1, true);
        });
        Dom.on(playButton, "click", e -> {
            if (playing) {
                stop();
            } else {
                play();
            }
        });
        Dom.on(Dom.byId("bp-end-forward"), "click", e -> {
            stop();
            goTo(trace.forwardSteps(), false);
        });
        Dom.on(Dom.byId("bp-end-backward"), "click", e -> {
            stop();
            goTo(trace.size(), false);
        });
        Dom.on(canvas, "click", e -> {
            MouseEvent m = (MouseEvent) e;
            TextRectangle r = canvas.getBoundingClientRect();
            int hit = view == null ? -1 : view.nodeAt(m.getClientX() - r.getLeft(), m.getClientY() - r.getTop());
            select(hit == selected ? -1 : hit);
        });
        Dom.on(nodePick, "change", e -> {
            Double id = BackpropHash.number(nodePick.getValue());
            select(id == null ? -1 : id.intValue());
        });
        Dom.on(Dom.byId("bp-view-mlp"), "click", e -> {
            if (mlp == null) {
                stop();
                buildMlp();
                fillInputs();
                goTo(0, false);
            }
        });
        Dom.on(Dom.byId("bp-view-expr"), "click", e -> {
            if (mlp != null) {
                build(program != null ? program : Program.WORKED_EXAMPLE, inputs, true);
                writeHash();
            }
        });
        Dom.on(Dom.document().getBody(), "keydown", e -> onKey((KeyboardEvent) e));
        Window.current().addEventListener("resize", Notices.guard(e -> redraw()));
        // replaceState (our own writes) fires no hashchange: this is a link followed or a hash typed
        Window.current().addEventListener("hashchange", Notices.guard(e -> {
            stop();
            readHash(Address.hash(), false);
        }));
    }

    private void onKey(KeyboardEvent e) {
        if (e.isCtrlKey() || e.isAltKey() || e.isMetaKey()) {
            return;
        }
        String tag = ((HTMLElement) e.getTarget()).getTagName();
        if (tag.equals("INPUT") || tag.equals("TEXTAREA") || tag.equals("SELECT")) {
            return; // typing, not stepping
        }
        switch (e.getKey()) {
            case "ArrowRight":
                stop();
                goTo(step + 1, true);
                break;
            case "ArrowLeft":
                stop();
                goTo(step - 1, false);
                break;
            case " ":
                if (tag.equals("BUTTON")) {
                    return; // space presses the focused button
                }
                if (playing) {
                    stop();
                } else {
                    play();
                }
                break;
            default:
                return;
        }
        e.preventDefault();
    }

    private void select(int id) {
        selected = id;
        nodePick.setValue(Integer.toString(id));
        showDetails();
        redraw();
    }

    // ---- showing -----------------------------------------------------------------------------

    private void showAll() {
        Trace.State state = trace.stateAt(step);
        String problem = trace.problem();
        Dom.text("bp-problem", problem == null ? "" : problem + ". Change an input to get numbers again.");
        Dom.show(Dom.byId("bp-problem"), problem != null);
        Dom.text("bp-progress", "Step " + step + " of " + trace.size());
        Dom.text("bp-phase", phase(state));
        ((HTMLButtonElement) Dom.byId("bp-back")).setDisabled(step == 0);
        ((HTMLButtonElement) Dom.byId("bp-reset")).setDisabled(step == 0);
        ((HTMLButtonElement) Dom.byId("bp-step")).setDisabled(step == trace.size());
        showStep(state);
        Step last = state.last();
        Dom.text("bp-caption", last == null ? "Press Step ▶ to compute the first node." : last.text());
        showChainRule(state);
        showAlgorithm(state);
        showDetails();
        showCheck(state);
        redraw();
        writeHash();
    }

    private String phase(Trace.State state) {
        if (step == 0) {
            return "· nothing computed yet";
        }
        if (state.atEnd()) {
            return "· backward pass finished";
        }
        return step <= trace.forwardSteps() ? "· forward pass" : "· backward pass";
    }

    private void showStep(Trace.State state) {
        HTMLElement box = Dom.byId("bp-now");
        clear(box);
        Step last = state.last();
        Graph g = trace.graph();
        String out = g.output().label();
        if (last == null) {
            Dom.text("bp-kind", "Ready");
            line(box, "bp-line", "Nothing is computed yet. Press Step ▶ (or →) to compute the first node.");
            line(box, "bp-muted", "The forward pass computes each node's value, inputs first; then the backward pass "
                    + "sends ∂" + out + "/∂(node) back along every edge.");
            return;
        }
        if (last instanceof Step.Forward f) {
            Dom.text("bp-kind", "Forward pass: compute " + f.label());
            Node n = g.node(f.node());
            if (mlp != null) {
                line(box, "bp-muted", "Line " + (mlp.line(f) + 1) + " of the algorithm, l = " + mlp.stepLayer(f) + ":");
            }
            if (!n.isOperation()) {
                line(box, "bp-big", f.label() + " = " + Notation.number(f.value()));
                line(box, "bp-muted", f.label() + " is an input: its value is given.");
            } else {
                line(box, "bp-big", f.label() + " = " + f.formula());
                line(box, "bp-line", "= " + f.substituted() + "   (the operands' values)");
                line(box, "bp-big bp-result", "= " + Notation.number(f.value()));
            }
            if (trace.problem(f.node()) != null) {
                line(box, "bp-warning", trace.problem(f.node()));
            }
            if (state.index() == trace.forwardSteps()) {
                line(box, "bp-muted", "The forward pass is complete: " + out + " = "
                        + Notation.number(trace.value(g.output().id())) + ". Next: the backward pass.");
            }
            return;
        }
        if (last instanceof Step.Seed s) {
            Dom.text("bp-kind", "Backward pass starts at the output");
            line(box, "bp-big", s.text());
            line(box, "bp-muted", out + " changes one-for-one with itself. From here every gradient ∂" + out
                    + "/∂(node) is built from its children's, in reverse order.");
            return;
        }
        Step.Backward b = (Step.Backward) last;
        String child = g.node(b.edge().child()).label();
        String parent = g.node(b.edge().parent()).label();
        Dom.text("bp-kind", "Backward pass: edge " + child + " → " + parent);
        term(box, "local derivative", b.localText());
        term(box, "upstream gradient", b.upstreamText());
        term(box, "product", b.productText());
        term(box, "add into ∂" + out + "/∂" + parent, b.sumText());
        if (b.contributions().size() > 1 && b.completes()) {
            line(box, "bp-muted", parent + " has " + b.contributions().size() + " children: its gradient is the sum "
                    + "of one term from each.");
        } else if (!b.completes()) {
            line(box, "bp-muted", parent + " has more children: their terms are added next.");
        }
        if (state.atEnd()) {
            line(box, "bp-done", "Backward pass finished: every node's ∂" + out + "/∂(node) is known.");
        }
    }

    /** In the network view, the algorithm line the last step executed, highlighted, with its layer. */
    private void showAlgorithm(Trace.State state) {
        if (mlp == null) {
            return;
        }
        Step last = state.last();
        int now = last == null ? -1 : mlp.line(last);
        HTMLElement list = Dom.byId("bp-algo");
        for (int k = 0; k < list.getChildNodes().getLength(); k++) {
            HTMLElement li = (HTMLElement) list.getChildNodes().get(k);
            String text = NetworkGraph.ALGORITHM.get(k);
            boolean current = k == now;
            // the loop's body is indented by the style sheet, so that a wrapped line hangs under its start
            boolean body = text.startsWith("    ");
            li.setClassName((body ? "bp-algo-body" : "") + (current ? " bp-now-line" : ""));
            li.setTextContent(text.strip() + (current && body ? "   (l\u00a0=\u00a0" + mlp.stepLayer(last) + ")" : ""));
            if (current) {
                li.setAttribute("aria-current", "step");
            } else {
                li.removeAttribute("aria-current");
            }
        }
    }

    private static void term(HTMLElement box, String what, String text) {
        HTMLElement p = Dom.el("p", "bp-term", null);
        p.appendChild(Dom.el("span", "bp-term-what", what));
        p.appendChild(Dom.el("span", "bp-term-text", text));
        box.appendChild(p);
    }

    private static void line(HTMLElement box, String className, String text) {
        box.appendChild(Dom.el("p", className, text));
    }

    /** The general rule, and written out for the node receiving a gradient, with the current term marked. */
    private void showChainRule(Trace.State state) {
        Dom.text("bp-rule-general", trace.chainRule());
        HTMLElement box = Dom.byId("bp-rule-node");
        clear(box);
        Graph g = trace.graph();
        String out = g.output().label();
        Step last = state.last();
        if (!(last instanceof Step.Backward b)) {
            Dom.text("bp-rule-note", last instanceof Step.Seed
                    ? "Each backward step adds one term of this sum into a parent's gradient."
                    : "For every child vᵢ of u: the backward pass uses this once the forward pass is done.");
            return;
        }
        int parent = b.edge().parent();
        String u = g.node(parent).label();
        box.appendChild(Dom.el("span", null, Notation.partial(out, u) + " = "));
        List<Edge> edges = g.children(parent);
        List<Contribution> done = state.contributions(parent);
        int previous = -1;
        for (int k : Notation.termsShown(edges.size(), edges.indexOf(b.edge()))) {
            Edge e = edges.get(k);
            String v = g.node(e.child()).label();
            if (k > 0) {
                box.appendChild(Dom.el("span", null, k > previous + 1 ? " + ⋯ + " : " + "));
            }
            String cls = e.equals(b.edge()) ? "bp-now-term" : k < done.size() ? "bp-done-term" : "bp-todo-term";
            box.appendChild(Dom.el("span", cls, Notation.partial(v, u) + " · " + Notation.partial(out, v)));
            previous = k;
        }
        int children = edges.size();
        // written out, the output's term reads ∂z/∂w · ∂z/∂z: say why it is just the local derivative
        String seed = b.fromSeed() ? "This term's child is the output: its gradient is the seed "
                + Notation.partial(out, out) + " = 1, so the term is just the local derivative " + b.localSymbol() + ". " : "";
        Dom.text("bp-rule-note", seed + u + " has " + children + (children == 1 ? " child" : " children")
                + ": the highlighted term is this step's" + (children > 1 ? "; the sum is complete after the last." : "."));
    }

    private void showDetails() {
        HTMLElement dl = Dom.byId("bp-details");
        clear(dl);
        if (selected < 0 || selected >= trace.graph().size()) {
            dl.appendChild(Dom.el("dd", "bp-muted", "Click a node in the graph, or pick one above, to see all its numbers."));
            return;
        }
        Trace.State state = trace.stateAt(step);
        Graph g = trace.graph();
        Node n = g.node(selected);
        String out = g.output().label();
        String kind = n.isInput() ? "input" : selected == g.output().id() ? "output (operation)" : "operation";
        pair(dl, "Node", n.label() + " — " + kind);
        if (n.isOperation()) {
            pair(dl, "Formula", n.label() + " = " + g.formula(selected));
        }
        if (state.hasValue(selected)) {
            String value = Notation.number(state.value(selected));
            pair(dl, "Value", n.isOperation() ? g.substituted(selected, g.values()) + " = " + value : value);
        } else {
            pair(dl, "Value", "not computed yet");
        }
        if (trace.problem(selected) != null) {
            pair(dl, "Problem", trace.problem(selected));
        }
        pair(dl, "Operands", names(g, parents(n)));
        List<Integer> users = new ArrayList<>();
        for (Edge e : g.children(selected)) {
            users.add(e.child());
        }
        pair(dl, "Used by", names(g, users));
        String symbol = Notation.partial(out, n.label());
        pair(dl, symbol, state.hasGradient(selected) ? state.gradientText(selected) : "not yet known");
        for (Edge e : g.children(selected)) {
            String v = g.node(e.child()).label();
            String text = "not yet";
            for (Contribution c : state.contributions(selected)) {
                if (c.edge().equals(e)) {
                    text = Notation.term(Notation.partial(v, n.label()), Notation.partial(out, v), c.local(),
                            c.upstream(), c.product(), e.child() == g.output().id());
                }
            }
            pair(dl, "via " + v, text + "   (local: " + Notation.partial(v, n.label()) + " = "
                    + g.derivativeFormula(e) + ")");
        }
    }

    private static List<Integer> parents(Node n) {
        List<Integer> list = new ArrayList<>();
        for (int s = 0; s < n.parentCount(); s++) {
            list.add(n.parent(s));
        }
        return list;
    }

    private static String names(Graph g, List<Integer> ids) {
        if (ids.isEmpty()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        for (int id : ids) {
            s.append(s.length() == 0 ? "" : ", ").append(g.node(id).label());
        }
        return s.toString();
    }

    private static void pair(HTMLElement dl, String term, String value) {
        dl.appendChild(Dom.el("dt", null, term));
        dl.appendChild(Dom.el("dd", "mono", value));
    }

    /** Backprop against the central difference, for each input; backprop's number appears once its sum is complete. */
    private void showCheck(Trace.State state) {
        Dom.text("bp-check-about", "Each input's gradient from the backward pass against the definition of the "
                + "derivative, (f(x + h) − f(x − h)) / 2h with a small h. They agree when the relative error is below "
                + Notation.number(GradientCheck.TOLERANCE) + ", or when they differ by less than the central "
                + "difference's own error (rounding, and a term in h²) and that error is small beside the gradient.");
        HTMLElement body = Dom.byId("bp-check-rows");
        clear(body);
        List<String> why = new ArrayList<>();
        boolean warn = false; // a note other than one explaining a ✓
        for (GradientCheck.Entry e : GradientCheck.of(trace)) {
            boolean known = state.gradientComplete(e.input().id());
            HTMLElement tr = Dom.el("tr", null, null);
            tr.appendChild(Dom.el("th", "mono", e.symbol()));
            tr.appendChild(Dom.el("td", "figure", known ? Notation.number(e.backprop()) : "… (backward pass)"));
            tr.appendChild(Dom.el("td", "figure", Notation.number(e.numeric())));
            tr.appendChild(Dom.el("td", "figure", known ? e.errorText() : "…"));
            tr.appendChild(Dom.el("td", known && e.comparable() ? (e.agrees() ? "bp-yes" : "bp-no") : "bp-muted",
                    known ? e.verdict().mark() : "…"));
            body.appendChild(tr);
            // a kink's note names backprop's number: like the row, it waits for the backward pass
            String note = e.symbol() + ": " + e.note();
            if (e.note() != null && (known || e.verdict() == GradientCheck.Verdict.UNDEFINED) && !why.contains(note)) {
                why.add(note);
                warn |= !e.agrees();
            }
        }
        Dom.text("bp-check-why", String.join("\n", why));
        Dom.setClass(Dom.byId("bp-check-why"), "bp-warning", warn);
        Dom.show(Dom.byId("bp-check-why"), !why.isEmpty());
    }

    private void fillInputs() {
        HTMLElement box = Dom.byId("bp-inputs");
        clear(box);
        Graph g = trace.graph();
        int count = mlp != null ? MLP_NAMES.length : g.inputs().size();
        for (int k = 0; k < count; k++) {
            String name = mlp != null ? MLP_NAMES[k] : g.inputs().get(k).label();
            String shown = mlp != null ? new String[] {"x₁", "x₂", "y"}[k] : name;
            HTMLElement label = Dom.el("label", "bp-input", null);
            label.appendChild(Dom.el("span", "mono", shown + " ="));
            // text, not type=number: a number box empties itself on "abc" and hides what was typed
            HTMLInputElement field = (HTMLInputElement) Dom.el("input", "bp-input-field mono", null);
            field.setAttribute("type", "text");
            field.setAttribute("inputmode", "decimal");
            field.setAttribute("autocomplete", "off");
            field.setAttribute("spellcheck", "false");
            field.setAttribute("data-input", name);
            field.setAttribute("aria-describedby", "bp-input-note-" + k);
            field.setValue(BackpropHash.numberText(mlp != null ? mlpExample[k] : g.inputValue(k)));
            HTMLElement note = Dom.el("span", "bp-input-note", null);
            note.setAttribute("id", "bp-input-note-" + k);
            note.setAttribute("role", "status");
            // every keystroke is checked; the graph takes the number once it is complete (Enter or leaving the box)
            Dom.on(field, "input", e -> checkInput(field, note, shown, name, false));
            Dom.on(field, "change", e -> checkInput(field, note, shown, name, true));
            label.appendChild(field);
            box.appendChild(label);
            box.appendChild(note);
        }
        Dom.show(Dom.byId("bp-inputs-box"), count > 0);
    }

    /**
     * Reads an input box: a problem is said next to it (the graph keeps its number and says
     * which); a number, when {@code commit}, goes into the graph.
     */
    private void checkInput(HTMLInputElement field, HTMLElement note, String shown, String name, boolean commit) {
        TypedNumber typed = TypedNumber.read(field.getValue());
        String problem = typed.problem();
        if (typed.ok() && mlp != null && name.equals("y") && (typed.value() < 0 || typed.value() > 1)) {
            problem = "the label y is a probability, from 0 to 1";
        }
        field.setAttribute("aria-invalid", Boolean.toString(problem != null));
        if (problem != null) {
            note.setTextContent(problem + ": the graph still uses " + shown + " = " + Notation.number(inputValue(name)) + ".");
        } else {
            note.setTextContent("");
            if (commit && typed.value() != inputValue(name)) {
                setInput(name, typed.value());
            }
        }
    }

    /** The value the graph uses for the input (or, in the network view, the example's x₁, x₂ or y) {@code name}. */
    private double inputValue(String name) {
        if (mlp != null) {
            for (int k = 0; k < MLP_NAMES.length; k++) {
                if (MLP_NAMES[k].equals(name)) {
                    return mlpExample[k];
                }
            }
        }
        return trace.value(trace.graph().find(name).id());
    }

    private void fillNodePick() {
        clear(nodePick);
        HTMLElement none = Dom.el("option", null, "—");
        none.setAttribute("value", "-1");
        nodePick.appendChild(none);
        Graph g = trace.graph();
        for (Node n : g.nodes()) {
            if (!n.isConstant()) {
                String text = n.isOperation() ? n.label() + " = " + g.formula(n.id()) : n.label() + " (input)";
                HTMLElement o = Dom.el("option", null, text);
                o.setAttribute("value", Integer.toString(n.id()));
                nodePick.appendChild(o);
            }
        }
        nodePick.setValue("-1");
    }

    /** The mistake under the box, with a caret under its place if it has one, and {@code shown}: what the graph is now. */
    private void showError(String text, ExpressionError e, String shown) {
        Dom.text("bp-error-message", e.getMessage() + ". " + shown);
        Dom.show(Dom.byId("bp-error"), true);
        programBox.setAttribute("aria-invalid", "true");
        Dom.show(Dom.byId("bp-error-where"), e.placed());
        if (!e.placed()) {
            return;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(0, Math.min(text.length(), e.offset()) - 1)) + 1;
        int lineEnd = text.indexOf('\n', lineStart);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        StringBuilder caret = new StringBuilder();
        for (int i = 1; i < e.column(); i++) {
            caret.append(i - 1 < line.length() && line.charAt(i - 1) == '\t' ? '\t' : ' ');
        }
        Dom.text("bp-error-where", line + "\n" + caret + "^");
        showCaret(Dom.byId("bp-error-where"));
        selectInput(programBox, e.offset());
    }

    /**
     * Where the expression is wider than its box, scrolls it sideways so that the caret (the
     * text's last character) stands in sight, two thirds of the way across: what was read before
     * the mistake matters more than what follows it.
     */
    @JSBody(params = "pre", script = "try { var t = pre.firstChild, r = document.createRange();"
            + " pre.scrollLeft = 0; r.setStart(t, t.length - 1); r.setEnd(t, t.length);"
            + " var c = r.getBoundingClientRect(), left = pre.getBoundingClientRect().left + pre.clientLeft;"
            + " if (c.right > left + pre.clientWidth) { pre.scrollLeft = c.left - left - 2 * pre.clientWidth / 3; }"
            + " } catch (e) {}")
    private static native void showCaret(HTMLElement pre);

    private void hideError() {
        Dom.show(Dom.byId("bp-error"), false);
        programBox.setAttribute("aria-invalid", "false");
    }

    @JSBody(params = {"input", "at"}, script = "try { input.setSelectionRange(at, at); } catch (e) {}")
    private static native void selectInput(HTMLInputElement input, int at);

    // ---- drawing -----------------------------------------------------------------------------

    private void redraw() {
        if (trace == null) {
            return;
        }
        boolean projector = SiteChrome.isHighContrast();
        double width = Math.max(200, canvasWrap.getClientWidth());
        view = GraphView.forWidth(width, projector);
        // wider than the box when the graph would not be legible in it: the box then scrolls sideways
        double[] size = view.preferredSize(surface, trace, layout, width);
        if (surface.width() != size[0] || surface.height() != size[1]) {
            surface.resize(size[0], size[1]);
        }
        view.draw(surface, trace, trace.stateAt(step), layout, selected, progress);
        canvas.setAttribute("aria-label", canvasLabel());
    }

    /** What the picture shows, for screen readers: every node with what is known about it. */
    private String canvasLabel() {
        Trace.State state = trace.stateAt(step);
        Graph g = trace.graph();
        StringBuilder s = new StringBuilder("Computation graph. ");
        for (Node n : g.nodes()) {
            if (n.isConstant()) {
                continue;
            }
            s.append(n.isOperation() ? n.label() + " = " + g.formula(n.id()) : n.label());
            s.append(state.hasValue(n.id()) ? " = " + Notation.number(state.value(n.id())) : " (not computed)");
            if (state.hasGradient(n.id())) {
                s.append("; ").append(state.gradientText(n.id()));
            }
            s.append(". ");
        }
        return s.toString();
    }

    private void requestFrame() {
        if (frameRequested) {
            return;
        }
        frameRequested = true;
        Window.requestAnimationFrame(time -> {
            frameRequested = false;
            try {
                if (animationStart < 0) {
                    animationStart = time;
                }
                progress = Math.min(1, (time - animationStart) / (ANIMATION_MS / speed()));
                redraw();
                if (progress < 1) {
                    requestFrame();
                }
            } catch (RuntimeException e) {
                Notices.set("error", "Something went wrong: " + e.getMessage() + ". The page keeps working.");
            }
        });
    }

    // ---- the hash ----------------------------------------------------------------------------

    private void writeHash() {
        BackpropHash state;
        if (mlp != null) {
            Map<String, Double> example = new LinkedHashMap<>();
            for (int k = 0; k < MLP_NAMES.length; k++) {
                if (mlpExample[k] != MLP_EXAMPLE[k]) {
                    example.put(MLP_NAMES[k], mlpExample[k]);
                }
            }
            state = new BackpropHash(program, example, step, BackpropHash.MLP);
        } else {
            state = new BackpropHash(program, inputs, step, BackpropHash.EXPRESSION);
        }
        String hash = state.toHash(Program.WORKED_EXAMPLE);
        String kept = SiteChrome.keepEmbed(hash.startsWith("#") ? hash.substring(1) : hash);
        Address.replace(kept.isEmpty() ? "" : "#" + kept);
    }

    private static void clear(HTMLElement e) {
        while (e.getFirstChild() != null) {
            e.removeChild(e.getFirstChild());
        }
    }
}
