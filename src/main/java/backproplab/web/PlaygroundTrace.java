package backproplab.web;

import backproplab.data.Feature;
import backproplab.playground.Link;
import backproplab.playground.Playground;
import backproplab.playground.PointTrace;
import backproplab.playground.TraceText;
import java.util.List;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The "Trace one point" panel: binds a {@link PointTrace} and its {@link TraceText} to the panel,
 * and tells the diagram and the output plot what to draw over their pictures. Opening the panel
 * pauses training; playing closes it. A trace follows the parameters: after a step or an edit it
 * is traced again at the same point and step.
 */
final class PlaygroundTrace {
    private final PlaygroundPage page;
    private final HTMLElement panel = Dom.byId("tracePanel");
    private PointTrace trace;
    private TraceText text;
    private int point;
    private int step;
    /** The parameters' version the trace was made from, to notice training or an edit. */
    private int source = -1;

    PlaygroundTrace(PlaygroundPage page) {
        this.page = page;
        Dom.on(panel, "toggle", (Event e) -> {
            if (isOpen()) {
                page.setPlaying(false);
                show();
            }
            page.linkChanged();
            page.redraw();
        });
        Dom.on(Dom.byId("tracePrevPoint"), "click", e -> pick(point - 1));
        Dom.on(Dom.byId("traceNextPoint"), "click", e -> pick(point + 1));
        Dom.on(Dom.byId("traceBack"), "click", e -> go(step - 1));
        Dom.on(Dom.byId("traceStep"), "click", e -> go(step + 1));
        Dom.<KeyboardEvent>on(panel, "keydown", this::key);
    }

    /** Opens the trace a link asks for (null: none), at its point and step, or says why it cannot. */
    void openAt(Link.Trace asked) {
        if (asked == null) {
            return;
        }
        Playground model = page.model();
        String problem = TraceText.linkProblem(asked, model.data().train().count, model.hasTrainingPoints()
                ? model.trace(0).steps().size() : 0);
        Notices.set("trace", problem == null ? List.of() : List.of(problem));
        if (problem == null) {
            point = asked.point();
            step = asked.step();
            trace = null;
            panel.setAttribute("open", "");
        }
    }

    /** The trace's part of the link, {@code &trace=P.S}, while one is open; else "". */
    String linkPart() {
        return isOpen() && trace != null ? new Link.Trace(point, step).entry() : "";
    }

    boolean isOpen() {
        return panel.hasAttribute("open");
    }

    /** Playing moves the weights every frame: the trace closes. */
    void close() {
        if (isOpen()) {
            panel.removeAttribute("open");
        }
    }

    /** The trace of the network as it is now, or null when the panel is closed or there is nothing to trace. */
    PointTrace current() {
        if (!isOpen()) {
            return null;
        }
        Playground model = page.model();
        if (!model.hasTrainingPoints()) {
            trace = null;
            return null;
        }
        if (trace == null || model.parametersVersion() != source) {
            point = Math.floorMod(point, model.data().train().count);
            trace = model.trace(point);
            text = new TraceText(trace, inputNames(model.inputs()));
            step = Math.max(0, Math.min(step, trace.steps().size() - 1));
            source = model.parametersVersion();
            show();
        }
        return trace;
    }

    int step() {
        return step;
    }

    /** A click on the output plot while tracing: the training point there, if any. */
    boolean pickAt(double x1, double x2, double reach) {
        if (!isOpen()) {
            return false;
        }
        int k = page.model().trainingPointNear(x1, x2, reach);
        if (k >= 0) {
            pick(k);
        }
        return true;
    }

    private void pick(int k) {
        int count = page.model().data().train().count;
        if (count == 0) {
            return;
        }
        point = Math.floorMod(k, count);
        step = 0;
        trace = null;
        if (current() != null) {
            announce();
        }
        page.linkChanged();
        page.redraw();
    }

    private void go(int index) {
        if (current() == null) {
            return;
        }
        step = Math.max(0, Math.min(index, trace.steps().size() - 1));
        show();
        announce();
        page.linkChanged();
        page.redraw();
    }

    private void key(KeyboardEvent e) {
        String k = e.getKey();
        if (PlaygroundBrowser.targetTag(e).equals("SUMMARY") && (k.equals(" ") || k.equals("Enter"))) {
            return; // the summary opens and closes the panel
        }
        switch (k) {
            case "ArrowRight": go(step + 1); break;
            case "ArrowLeft": go(step - 1); break;
            case "Home": go(0); break;
            case "End": go(Integer.MAX_VALUE); break;
            case "ArrowDown": pick(point + 1); break;
            case "ArrowUp": pick(point - 1); break;
            default: return;
        }
        e.preventDefault();
    }

    /** Copies the step's text into the panel. */
    private void show() {
        if (current() == null) {
            Dom.text("tracePoint", "There are no training points to trace yet.");
            return;
        }
        Dom.text("tracePoint", text.pointLine());
        String graph = text.graphLink();
        HTMLElement link = Dom.byId("traceGraph");
        link.setHidden(graph == null);
        if (graph != null) {
            link.setAttribute("href", graph);
        }
        Dom.text("traceGraphNote", graph == null ? text.graphNote() : "");
        Dom.text("traceCount", "step " + (step + 1) + " of " + trace.steps().size());
        // aria-disabled, not disabled: a disabled button would drop the keyboard's focus out of the panel
        Dom.byId("traceBack").setAttribute("aria-disabled", Boolean.toString(step == 0));
        Dom.byId("traceStep").setAttribute("aria-disabled", Boolean.toString(step == trace.steps().size() - 1));
        HTMLElement algorithm = Dom.byId("traceAlgorithm");
        Dom.clear(algorithm);
        List<Integer> active = TraceText.activeLines(trace.step(step));
        for (int i = 0; i < TraceText.ALGORITHM.size(); i++) {
            HTMLElement li = Dom.el("li", null, TraceText.ALGORITHM.get(i));
            if (active.contains(i)) {
                li.setAttribute("aria-current", "step");
            }
            algorithm.appendChild(li);
        }
        TraceText.View v = text.view(step);
        Dom.text("traceTitle", v.title());
        fill(Dom.byId("traceFormulas"), v.formulas());
        fill(Dom.byId("traceNotes"), v.notes());
    }

    private void announce() {
        Dom.text("traceLive", text.announcement(step));
    }

    private static void fill(HTMLElement box, List<String> lines) {
        Dom.clear(box);
        for (String line : lines) {
            box.appendChild(Dom.el("p", null, line));
        }
    }

    private static String[] inputNames(Feature[] inputs) {
        String[] names = new String[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            names[i] = inputs[i].label();
        }
        return names;
    }
}
